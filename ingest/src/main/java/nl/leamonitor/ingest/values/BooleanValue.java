package nl.leamonitor.ingest.values;

import java.util.Locale;

/** Parses the boolean forms the contract allows: J/N, ja/nee, 1/0, true/false, in any case. */
public final class BooleanValue {
  private BooleanValue() {}

  /** Returns the value, or null when the text is none of the allowed forms. */
  public static Boolean parse(String raw) {
    switch (raw.toLowerCase(Locale.ROOT)) {
      case "j", "ja", "1", "true":
        return Boolean.TRUE;
      case "n", "nee", "0", "false":
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
