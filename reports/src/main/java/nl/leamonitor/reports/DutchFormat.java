package nl.leamonitor.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.Scale;
import nl.leamonitor.analytics.publish.IndicatorRow;

/**
 * Dutch number and date forms for reports: {@code 12,5 %}, {@code 1.234}, {@code 30 juni 2025},
 * {@code x}.
 */
public final class DutchFormat {
  private static final Locale NL = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

  private DutchFormat() {}

  private static DecimalFormat pattern(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(NL));
  }

  /** Returns a whole number with a thousands point: {@code 1.234}. */
  public static String number(long value) {
    return pattern("#,##0").format(value);
  }

  /**
   * Returns a whole number as running text gives an expected figure, rounded to tens (half up):
   * {@code ongeveer 1.240}; below 5 it is {@code minder dan 10}, rather than a misleading 0.
   */
  public static String about(long value) {
    long abs = Math.abs(value);
    if (abs < 5) {
      return "minder dan 10";
    }
    long tens = (abs + 5) / 10 * 10;
    return "ongeveer " + (value < 0 ? "-" : "") + number(tens);
  }

  /** Returns a number with one decimal and a decimal comma: {@code 12,5}. */
  public static String decimal(double value) {
    return pattern("#,##0.0").format(value);
  }

  /**
   * Returns an indicator's value in its unit: {@code 12,5 %}, {@code 3,4 per 1000}, {@code 1.234}.
   */
  public static String value(Indicator indicator, double value) {
    return switch (indicator.scale()) {
      case COUNT -> number(Math.round(value));
      case PERCENT -> decimal(value) + " %";
      case PER_THOUSAND -> decimal(value) + " per 1000";
    };
  }

  /**
   * Returns an indicator's value as a number without its unit, for a chart label or a table whose
   * header names the unit: {@code 12,5}, {@code 1.234}.
   */
  public static String number(Indicator indicator, double value) {
    return indicator.isCount() ? number(Math.round(value)) : decimal(value);
  }

  /** Returns a 95 % interval in the indicator's unit: {@code 10,2 - 14,8 %}. */
  public static String interval(Indicator indicator, Double lower, Double upper) {
    return interval(indicator.scale(), lower, upper);
  }

  /**
   * Returns a 95 % interval with the unit of a scale: {@code 10,2 - 14,8 %}; without a unit for
   * {@link Scale#COUNT} and {@link Scale#PER_THOUSAND}: {@code 10,2 - 14,8}.
   */
  public static String interval(Scale scale, Double lower, Double upper) {
    if (lower == null || upper == null) {
      return "";
    }
    return decimal(lower) + " - " + decimal(upper) + (scale == Scale.PERCENT ? " %" : "");
  }

  /**
   * Returns a change in the indicator's unit with its sign: {@code +1,2 %-punt}, {@code -0,4 per
   * 1000}, {@code +123}.
   */
  public static String change(Indicator indicator, double difference) {
    double abs = Math.abs(difference);
    // The sign of what is shown: a change of -0,04 is shown as 0,0, not -0,0.
    boolean zero = indicator.isCount() ? Math.round(abs) == 0 : decimal(abs).equals(decimal(0));
    String sign = zero ? "" : difference > 0 ? "+" : "-";
    return switch (indicator.scale()) {
      case COUNT -> sign + number(Math.round(abs));
      case PERCENT -> sign + decimal(abs) + " %-punt";
      case PER_THOUSAND -> sign + decimal(abs) + " per 1000";
    };
  }

  /**
   * Returns a number with one decimal and its sign, as the limits of a change read: {@code +2,9},
   * {@code -0,5}, {@code 0,0}.
   */
  public static String signed(double value) {
    String abs = decimal(Math.abs(value));
    return (abs.equals(decimal(0)) ? "" : value > 0 ? "+" : "-") + abs;
  }

  /**
   * How a suppressed figure is shown in every table and workbook cell: {@code x}. Never {@code <5},
   * which reads as a value (and is wrong for a large or a derivable figure, or a percentage).
   */
  public static final String SUPPRESSED = "x";

  /** What {@link #SUPPRESSED} means, written on every page and sheet that shows one. */
  public static final String SUPPRESSED_MEANING =
      "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers";

  /** Returns a row's value as a table cell shows it: in its unit, or {@link #SUPPRESSED}. */
  public static String valueCell(Indicator indicator, IndicatorRow row) {
    return row.onderdrukt() ? SUPPRESSED : value(indicator, row.waarde());
  }

  /**
   * Returns a row's interval as a table cell shows it: {@link #SUPPRESSED}, or empty where it has
   * none (a count).
   */
  public static String intervalCell(Indicator indicator, IndicatorRow row) {
    if (row.onderdrukt()) {
      return indicator.isCount() ? "" : SUPPRESSED;
    }
    return interval(indicator, row.ciLaag(), row.ciHoog());
  }

  private static final String[] WORDS = {
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig"
  };

  /** Returns a whole number in words up to twenty ({@code vijftien}), in digits above. */
  public static String words(long value) {
    return value >= 0 && value < WORDS.length ? WORDS[(int) value] : number(value);
  }

  /** Returns a list in words: {@code a}, {@code a en b}, {@code a, b en c}. */
  public static String and(java.util.List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " en "
        + parts.get(parts.size() - 1);
  }

  /**
   * Returns a label as it reads inside a sentence: {@code vertraging van 3 maanden of meer} for
   * {@code Vertraging van 3 maanden of meer}; a label that starts with an abbreviation ({@code
   * VVE-bereik}) keeps its capitals.
   */
  public static String inSentence(String label) {
    if (label.length() < 2 || !Character.isLowerCase(label.charAt(1))) {
      return label;
    }
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** Returns a date in words: {@code 30 juni 2025}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }
}
