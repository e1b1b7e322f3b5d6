package nl.leamonitor.ingest.values;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses the date forms the contract allows: {@code 2023-10-01}, {@code 01-10-2023}, {@code
 * 1-10-2023}.
 */
public final class DateValue {
  private DateValue() {}

  /**
   * Returns the date, or null when the form is not allowed or the day does not exist. The forms are
   * four digits, hyphen, two digits, hyphen, two digits (year, month, day), and one or two digits,
   * hyphen, one or two digits, hyphen, four digits (day, month, year); digits are ASCII.
   */
  public static LocalDate parse(String raw) {
    int n = raw.length();
    if (n == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
      return date(digits(raw, 0, 4), digits(raw, 5, 7), digits(raw, 8, 10));
    }
    int first = raw.indexOf('-');
    int second = first < 0 ? -1 : raw.indexOf('-', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || n - second != 5) {
      return null;
    }
    return date(digits(raw, second + 1, n), digits(raw, first + 1, second), digits(raw, 0, first));
  }

  /**
   * Returns the date of a year, month and day, or null when one is -1 or the day does not exist.
   */
  private static LocalDate date(int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns the number of the ASCII digits from {@code from} to {@code to}, or -1 for another. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
