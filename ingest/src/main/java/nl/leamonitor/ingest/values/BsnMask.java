package nl.leamonitor.ingest.values;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks BSNs and onderwijsnummers in everything the tool writes that repeats partner text: rejects,
 * file problems and log lines (contract section 1, "Row validation"). A masked number keeps only
 * its last 3 digits ({@link Bsn#mask}: {@code ******782}).
 *
 * <p>A number is a run of digits, possibly in groups joined by one space (also a Unicode space or a
 * zero-width character), dot or hyphen: {@code 123456782}, {@code 123-456-782}, {@code
 * 1234.56.782}, {@code 12 34 56 782}. Any consecutive groups of such a run that hold 8 or 9 digits
 * and pass the elfproef as a BSN or onderwijsnummer are masked, wherever they stand in the text. A
 * group is never split, so a longer number (an IBAN, a phone number of 10 digits) is left alone.
 * Groups that read as a date ({@code 2024-10-01}, {@code 01-10-2024}, {@code 1.10.2024}) or a year
 * range ({@code 2024-2025}) are left alone and end a run: their digits may pass the elfproef
 * ({@code 2015-03-01} does), but nobody writes a BSN that way.
 */
public final class BsnMask {
  private BsnMask() {}

  /** Returns the text with every BSN and onderwijsnummer in it masked; null stays null. */
  public static String inText(String text) {
    if (text == null || !hasEightDigits(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    List<int[]> groups = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      i = readRun(text, i, groups);
      copied = maskRun(text, groups, out, copied);
    }
    if (copied == 0) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Returns a reject field masked: a field that is nothing but a number of 8 or 9 digits is masked
   * whatever its check digit (a mistyped BSN is still nearly a BSN); any other field as {@link
   * #inText}.
   */
  public static String field(String value) {
    if (value == null) {
      return null;
    }
    String stripped = strip(value);
    if (!stripped.isEmpty() && isDigit(stripped.charAt(0))) {
      List<int[]> groups = new ArrayList<>();
      int end = readRun(stripped, 0, groups);
      int digits = digitCount(groups, 0, groups.size());
      if (end == stripped.length()
          && (digits == 8 || digits == 9)
          && dateGroups(stripped, groups, 0) != groups.size()) {
        return Bsn.mask(digitsOf(stripped, groups, 0, groups.size() - 1));
      }
    }
    return inText(value);
  }

  /**
   * Returns the value of a {@code bsn} column masked whatever it holds (its last 3 characters
   * shown).
   */
  public static String always(String value) {
    String stripped = strip(value);
    return stripped.isEmpty() ? stripped : Bsn.mask(stripped);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A dot, a hyphen, any Unicode space or a zero-width character ({@link DeliveredText}). */
  private static boolean isSeparator(char c) {
    return c == '.' || c == '-' || DeliveredText.isSpace(c) || DeliveredText.isZeroWidth(c);
  }

  private static String strip(String value) {
    return DeliveredText.clean(value);
  }

  private static boolean hasEightDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length() && digits < 8; i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits >= 8;
  }

  /**
   * Reads the run of digit groups that starts at {@code start} (a digit) into {@code groups} (start
   * and end of each) and returns where the run ends.
   */
  private static int readRun(String text, int start, List<int[]> groups) {
    groups.clear();
    int from = start;
    while (true) {
      int end = from;
      while (end < text.length() && isDigit(text.charAt(end))) {
        end++;
      }
      groups.add(new int[] {from, end});
      if (end + 1 < text.length()
          && isSeparator(text.charAt(end))
          && isDigit(text.charAt(end + 1))) {
        from = end + 1;
      } else {
        return end;
      }
    }
  }

  /**
   * Masks the personal numbers of one run, between the dates in it; returns how far the text is
   * copied.
   */
  private static int maskRun(String text, List<int[]> groups, StringBuilder out, int copied) {
    int pieceStart = 0;
    int k = 0;
    while (k < groups.size()) {
      int date = dateGroups(text, groups, k);
      if (date > 0) {
        copied = maskPiece(text, groups, pieceStart, k, out, copied);
        k += date;
        pieceStart = k;
      } else {
        k++;
      }
    }
    return maskPiece(text, groups, pieceStart, groups.size(), out, copied);
  }

  /**
   * Masks, left to right, the longest span of groups from each start that is a BSN or
   * onderwijsnummer.
   */
  private static int maskPiece(
      String text, List<int[]> groups, int from, int to, StringBuilder out, int copied) {
    int s = from;
    while (s < to) {
      int best = -1;
      int digits = 0;
      for (int e = s; e < to; e++) {
        digits += groups.get(e)[1] - groups.get(e)[0];
        if (digits > 9) {
          break;
        }
        if (digits >= 8 && Bsn.isPersonalNumber(digitsOf(text, groups, s, e))) {
          best = e;
        }
      }
      if (best < 0) {
        s++;
        continue;
      }
      out.append(text, copied, groups.get(s)[0]).append(Bsn.mask(digitsOf(text, groups, s, best)));
      copied = groups.get(best)[1];
      s = best + 1;
    }
    return copied;
  }

  private static String digitsOf(String text, List<int[]> groups, int first, int last) {
    StringBuilder digits = new StringBuilder(9);
    for (int g = first; g <= last; g++) {
      digits.append(text, groups.get(g)[0], groups.get(g)[1]);
    }
    return digits.toString();
  }

  private static int digitCount(List<int[]> groups, int from, int to) {
    int digits = 0;
    for (int g = from; g < to; g++) {
      digits += groups.get(g)[1] - groups.get(g)[0];
    }
    return digits;
  }

  /**
   * Returns how many groups from {@code k} on read as a date (3: year-month-day or day-month-year,
   * one separator twice) or a year range (2: two years), or 0.
   */
  private static int dateGroups(String text, List<int[]> groups, int k) {
    if (k + 2 < groups.size()
        && text.charAt(groups.get(k)[1]) == text.charAt(groups.get(k + 1)[1])) {
      int a = value(text, groups.get(k));
      int b = value(text, groups.get(k + 1));
      int c = value(text, groups.get(k + 2));
      int la = length(groups.get(k));
      int lb = length(groups.get(k + 1));
      int lc = length(groups.get(k + 2));
      boolean yearMonthDay = la == 4 && isYear(a) && lb <= 2 && isMonth(b) && lc <= 2 && isDay(c);
      boolean dayMonthYear = la <= 2 && isDay(a) && lb <= 2 && isMonth(b) && lc == 4 && isYear(c);
      if (yearMonthDay || dayMonthYear) {
        return 3;
      }
    }
    if (k + 1 < groups.size()
        && length(groups.get(k)) == 4
        && length(groups.get(k + 1)) == 4
        && isYear(value(text, groups.get(k)))
        && isYear(value(text, groups.get(k + 1)))) {
      return 2;
    }
    return 0;
  }

  private static int length(int[] group) {
    return group[1] - group[0];
  }

  /** Returns a group's value, or -1 when it has more than 4 digits (no date part does). */
  private static int value(String text, int[] group) {
    if (length(group) > 4) {
      return -1;
    }
    return Integer.parseInt(text, group[0], group[1], 10);
  }

  private static boolean isYear(int v) {
    return v >= 1900 && v <= 2099;
  }

  private static boolean isMonth(int v) {
    return v >= 1 && v <= 12;
  }

  private static boolean isDay(int v) {
    return v >= 1 && v <= 31;
  }
}
