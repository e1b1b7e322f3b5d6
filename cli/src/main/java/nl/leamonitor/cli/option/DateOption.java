package nl.leamonitor.cli.option;

import java.time.LocalDate;
import nl.leamonitor.ingest.values.DateValue;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a date on the command line in the forms the delivery files use (contract section 1): {@code
 * 2023-10-01}, {@code 01-10-2023} or {@code 1-10-2023}.
 */
public final class DateOption implements ITypeConverter<LocalDate> {
  /** What a date option accepts. */
  static final String ACCEPTED =
      "Geef een bestaande datum als 2023-10-01, 01-10-2023 of 1-10-2023.";

  @Override
  public LocalDate convert(String value) {
    LocalDate date = DateValue.parse(value.strip());
    if (date == null) {
      throw new OptionValueException(ACCEPTED);
    }
    return date;
  }
}
