package nl.leamonitor.ingest.codes;

import java.util.Locale;

/** The categories of {@code thuiszitters} cases. */
public enum Categorie {
  ABSOLUUT_VERZUIM,
  RELATIEF_VERZUIM,
  VRIJSTELLING;

  /** Returns the value for a code in any case, or null when it is not one. */
  public static Categorie parse(String raw) {
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
