package nl.leamonitor.ingest.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms the contract allows: {@code 2023-10-01}, {@code 01-10-2023}, {@code
 * 1-10-2023}.
 */
public final class DateValue {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

  private DateValue() {}

  /** Returns the date, or null when the form is not allowed or the day does not exist. */
  public static LocalDate parse(String raw) {
    try {
      Matcher iso = ISO.matcher(raw);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher dutch = DUTCH.matcher(raw);
      if (dutch.matches()) {
        return LocalDate.of(
            Integer.parseInt(dutch.group(3)),
            Integer.parseInt(dutch.group(2)),
            Integer.parseInt(dutch.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
