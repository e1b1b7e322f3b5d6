package nl.leamonitor.ingest.values;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schooljaar {@code YYYY-YYYY+1}, identified by its first calendar year: the one type for a
 * schooljaar in cells, indicator rows, targets and reports. Only where text leaves or enters the
 * program (CSV, Parquet, SQL results, {@code lea.yaml}) is it a label.
 */
public record Schooljaar(int startYear) implements Comparable<Schooljaar> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})[-/](\\d{4})");

  /**
   * Parses {@code 2023-2024} or {@code 2023/2024}; returns null when the form or the years are off.
   */
  public static Schooljaar parse(String raw) {
    Matcher m = FORM.matcher(raw);
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second != first + 1 || first < 1900) {
      return null;
    }
    return new Schooljaar(first);
  }

  /**
   * Returns the schooljaar of a canonical label ({@code 2023-2024}), as the lake and the SQL models
   * write it; another form is a programming error there, not a partner's mistake.
   */
  public static Schooljaar of(String label) {
    Schooljaar year = parse(label);
    if (year == null || !year.label().equals(label)) {
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
