package nl.leamonitor.ingest.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses numbers with a decimal comma or point, and whole numbers. */
public final class NumberValue {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

  private NumberValue() {}

  /** Returns the decimal ({@code -1,5}, {@code 2.25}, {@code 3}), or null when it is not one. */
  public static BigDecimal parseDecimal(String raw) {
    if (!DECIMAL.matcher(raw).matches()) {
      return null;
    }
    return new BigDecimal(raw.replace(',', '.'));
  }

  /** Returns the non-negative whole number, or null when the text is not one. */
  public static Integer parseWhole(String raw) {
    return WHOLE.matcher(raw).matches() ? Integer.valueOf(raw) : null;
  }

  /**
   * Returns whether the text is a plain number (so a leading sign is not a spreadsheet formula).
   */
  public static boolean isPlainNumber(String raw) {
    return DECIMAL.matcher(raw).matches();
  }
}
