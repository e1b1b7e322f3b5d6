package nl.leamonitor.cli.option;

import nl.leamonitor.reports.Periode;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --periode}, a half year such as {@code 2025-najaar}, as {@code lea.yaml} does. */
public final class PeriodeOption implements ITypeConverter<Periode> {
  @Override
  public Periode convert(String value) {
    return Periode.parse(value.strip())
        .orElseThrow(
            () -> new OptionValueException("Geef een halfjaar als 2025-voorjaar of 2025-najaar."));
  }
}
