package nl.leamonitor.ingest.values;

import java.time.LocalDate;

/**
 * A schooljaar {@code YYYY-YYYY+1}, identified by its first calendar year: the one type for a
 * schooljaar in cells, indicator rows, targets and reports. Only where text leaves or enters the
 * program (CSV, Parquet, SQL results, {@code lea.yaml}) is it a label.
 */
public record Schooljaar(int startYear) implements Comparable<Schooljaar> {
  /** The first year of {@link #LABELS}. */
  private static final int FIRST_LABELLED = 1900;

  /**
   * The labels of 1900-1901 to 2199-2200, made once: every accepted row's schooljaar leaves as its
   * label.
   */
  private static final String[] LABELS = new String[300];

  static {
    for (int i = 0; i < LABELS.length; i++) {
      LABELS[i] = spelled(FIRST_LABELLED + i);
    }
  }

  /**
   * Parses {@code 2023-2024} or {@code 2023/2024}: four ASCII digits, a hyphen or a slash, four
   * ASCII digits; returns null when the form or the years are off (the second year not the next,
   * the first before 1900).
   */
  public static Schooljaar parse(String raw) {
    if (raw.length() != 9 || raw.charAt(4) != '-' && raw.charAt(4) != '/') {
      return null;
    }
    int first = fourDigits(raw, 0);
    int second = fourDigits(raw, 5);
    if (first < 0 || second < 0 || second != first + 1 || first < 1900) {
      return null;
    }
    return new Schooljaar(first);
  }

  /** Returns the number of the four ASCII digits at {@code from}, or -1 when one is not a digit. */
  private static int fourDigits(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the schooljaar of a canonical label ({@code 2023-2024}), as the lake and the SQL models
   * write it; another form is a programming error there, not a partner's mistake. A parsed year is
   * at least 1900, so its label is four digits, a hyphen and four digits: the label is canonical
   * exactly when its separator is the hyphen.
   */
  public static Schooljaar of(String label) {
    Schooljaar year = parse(label);
    if (year == null || label.charAt(4) != '-') {
      throw new IllegalArgumentException("not a schooljaar label: " + label);
    }
    return year;
  }

  /**
   * Returns the schooljaar whose peildatum period {@code [P(t), P(t+1) - 1 day]} holds the date.
   */
  public static Schooljaar containing(LocalDate date) {
    return new Schooljaar(date.getMonthValue() >= 10 ? date.getYear() : date.getYear() - 1);
  }

  /** Returns the peildatum P(t): 1 October of the first year. */
  public LocalDate peildatum() {
    return LocalDate.of(startYear, 10, 1);
  }

  /** Returns the schooljaar's last day, P(t+1) - 1 day: 30 September of the second year. */
  public LocalDate lastDay() {
    return successor().peildatum().minusDays(1);
  }

  /** Returns the next schooljaar, {@code 2024-2025} after {@code 2023-2024}. */
  public Schooljaar successor() {
    return new Schooljaar(startYear + 1);
  }

  /** Returns the canonical label, {@code 2023-2024}. */
  public String label() {
    int i = startYear - FIRST_LABELLED;
    return i >= 0 && i < LABELS.length ? LABELS[i] : spelled(startYear);
  }

  private static String spelled(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public int compareTo(Schooljaar other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
