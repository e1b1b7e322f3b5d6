package nl.leamonitor.reports;

import java.awt.Color;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.publish.Comparison;

/**
 * A wijk's value judged against the gemeente, with the indicator's polarity: beter, gelijk,
 * slechter. The colours are colour-blind safe (Okabe-Ito blue, light grey, vermillion), and the
 * meaning is always written out as well. Hoger and lager, for an indicator without better or worse,
 * have hues that no judgement has (Okabe-Ito yellow and reddish purple, light where beter and
 * slechter are dark), and a symbol of their own ({@link #symbol}).
 */
public enum Judgement {
  BETER("beter dan de gemeente", "beter", new Color(0x00, 0x72, 0xB2)),
  GELIJK("niet significant anders", "geen duidelijk verschil", new Color(0xB8, 0xB8, 0xB8)),
  SLECHTER("slechter dan de gemeente", "slechter", new Color(0xD5, 0x5E, 0x00)),
  HOGER("hoger dan de gemeente", "hoger", new Color(0xF0, 0xE4, 0x42)),
  LAGER("lager dan de gemeente", "lager", new Color(0xCC, 0x79, 0xA7)),
  ONBEKEND("niet te vergelijken", "niet te vergelijken", new Color(0xDD, 0xDD, 0xDD));

  private final String label;
  private final String shortLabel;
  private final Color color;

  Judgement(String label, String shortLabel, Color color) {
    this.label = label;
    this.shortLabel = shortLabel;
    this.color = color;
  }

  public String label() {
    return label;
  }

  /** Returns the label for a column headed "Oordeel t.o.v. gemeente": {@code beter}. */
  public String shortLabel() {
    return shortLabel;
  }

  public Color color() {
    return color;
  }

  /**
   * Returns the colour key the reports write beside their comparisons: the three judgements with
   * their colours, and on what the judgement rests ({@link WijkDifference}).
   */
  static String colourKey() {
    return BETER.label()
        + " (blauw), "
        + GELIJK.label()
        + " (grijs) of "
        + SLECHTER.label()
        + " (oranje), op grond van het 95%-interval van de wijk (bij minder dan "
        + WijkDifference.EXACT_BELOW
        + " personen: exacte grenzen)";
  }

  /**
   * Returns the symbol a table writes beside a value so that hoger and lager do not rest on colour
   * alone: {@code ▲} for hoger, {@code ▼} for lager, none for the others.
   */
  public String symbol() {
    return switch (this) {
      case HOGER -> "\u25B2";
      case LAGER -> "\u25BC";
      default -> "";
    };
  }

  /** Returns the judgement of a comparison under a polarity. */
  public static Judgement of(Comparison comparison, Polarity polarity) {
    if (comparison == null) {
      return ONBEKEND;
    }
    if (comparison == Comparison.GELIJK) {
      return GELIJK;
    }
    boolean higher = comparison == Comparison.HOGER;
    return switch (polarity) {
      case HIGHER_IS_BETTER -> higher ? BETER : SLECHTER;
      case LOWER_IS_BETTER -> higher ? SLECHTER : BETER;
      case NEUTRAL -> higher ? HOGER : LAGER;
    };
  }
}
