package nl.leamonitor.ingest.codes;

import java.util.Locale;

/** The meetmomenten of {@code vertragingen}: M (midden) and E (eind). */
public enum Meetmoment {
  M,
  E;

  /** Returns the value for a code in any case, or null when it is not one. */
  public static Meetmoment parse(String raw) {
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
