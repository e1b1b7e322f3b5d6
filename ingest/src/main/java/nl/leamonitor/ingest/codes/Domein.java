package nl.leamonitor.ingest.codes;

import java.util.Locale;

/** The domains of {@code vertragingen}. */
public enum Domein {
  REKENEN,
  BEGRIJPEND_LEZEN,
  TECHNISCH_LEZEN,
  SPELLING;

  /** Returns the value for a code in any case, or null when it is not one. */
  public static Domein parse(String raw) {
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
