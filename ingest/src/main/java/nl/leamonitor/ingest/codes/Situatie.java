package nl.leamonitor.ingest.codes;

import java.util.Locale;

/** The situaties of a young person in the RMC register ({@code rmc}, contract section 1). */
public enum Situatie {
  WERK,
  ZORG,
  TRAJECT,
  GEEN,
  ONBEKEND;

  /** Returns the value for a code in any case, or null when it is not one. */
  public static Situatie parse(String raw) {
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
