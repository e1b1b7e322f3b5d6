package nl.leamonitor.ingest.values;

import java.util.regex.Pattern;

/** Dutch postcodes: normalisation and the PC6/PC4 forms of contract section 2. */
public final class Postcode {
  private static final Pattern VALID = Pattern.compile("[1-9][0-9]{3}([A-Z]{2})?");

  private Postcode() {}

  /**
   * Returns the postcode with every space removed (also a non-breaking one, {@link
   * DeliveredText#withoutSpaces}) and in upper case, or null when it is not valid.
   */
  public static String normalise(String raw) {
    String compact = DeliveredText.withoutSpaces(raw).toUpperCase(java.util.Locale.ROOT);
    return VALID.matcher(compact).matches() ? compact : null;
  }

  /** Returns the PC4 part of a normalised postcode. */
  public static String pc4(String normalised) {
    return normalised.substring(0, 4);
  }
}
