package nl.leamonitor.ingest.values;

import java.math.BigDecimal;

/**
 * Parses numbers with a decimal comma or point, and whole numbers. Digits are the ASCII digits 0-9.
 */
public final class NumberValue {
  private NumberValue() {}

  /** Returns the decimal ({@code -1,5}, {@code 2.25}, {@code 3}), or null when it is not one. */
  public static BigDecimal parseDecimal(String raw) {
    if (!isPlainNumber(raw)) {
      return null;
    }
    return new BigDecimal(raw.replace(',', '.'));
  }

  /** Returns the non-negative whole number, or null when the text is not one. */
  public static Integer parseWhole(String raw) {
    int n = raw.length();
    if (n < 1 || n > 9 || digitsFrom(raw, 0) != n) {
      return null;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      value = value * 10 + (raw.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Returns whether the text is a plain number (so a leading sign is not a spreadsheet formula): an
   * optional {@code +} or {@code -}, digits, and optionally a point or comma followed by digits.
   */
  public static boolean isPlainNumber(String raw) {
    int n = raw.length();
    int i = n > 0 && (raw.charAt(0) == '+' || raw.charAt(0) == '-') ? 1 : 0;
    int whole = digitsFrom(raw, i);
    if (whole == 0) {
      return false;
    }
    i += whole;
    if (i == n) {
      return true;
    }
    if (raw.charAt(i) != '.' && raw.charAt(i) != ',') {
      return false;
    }
    int fraction = digitsFrom(raw, i + 1);
    return fraction > 0 && i + 1 + fraction == n;
  }

  /** Returns how many ASCII digits follow one another from {@code from}. */
  private static int digitsFrom(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
