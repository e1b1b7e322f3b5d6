package nl.leamonitor.ingest.values;

/** Dutch postcodes: normalisation and the PC6/PC4 forms of contract section 2. */
public final class Postcode {

  private Postcode() {}

  /**
   * Returns the postcode with every space removed (also a non-breaking one, {@link
   * DeliveredText#withoutSpaces}) and in upper case, or null when it is not valid.
   */
  public static String normalise(String raw) {
    String compact = DeliveredText.withoutSpaces(raw).toUpperCase(java.util.Locale.ROOT);
    return isValid(compact) ? compact : null;
  }

  /**
   * Returns whether a compact postcode has a valid form: four digits, the first not 0, and
   * optionally two letters A-Z.
   */
  private static boolean isValid(String compact) {
    int n = compact.length();
    if (n != 4 && n != 6 || compact.charAt(0) < '1' || compact.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (compact.charAt(i) < '0' || compact.charAt(i) > '9') {
        return false;
      }
    }
    for (int i = 4; i < n; i++) {
      if (compact.charAt(i) < 'A' || compact.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Returns the PC4 part of a normalised postcode. */
  public static String pc4(String normalised) {
    return normalised.substring(0, 4);
  }
}
