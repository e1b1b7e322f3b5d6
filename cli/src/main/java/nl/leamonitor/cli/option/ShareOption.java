package nl.leamonitor.cli.option;

import java.util.OptionalDouble;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a share between 0 and 1 with a decimal point or a decimal comma ({@code 0.05} or {@code
 * 0,05}), on the command line as in {@code lea.yaml}.
 */
public final class ShareOption implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    return parse(value)
        .orElseThrow(
            () ->
                new OptionValueException(
                    "Geef een aandeel tussen 0 en 1, met een punt of een komma: 0.05 of 0,05 is 5"
                        + " %."));
  }

  /** Returns the share, or empty when the text is no number between 0 and 1. */
  public static OptionalDouble parse(String text) {
    String number = text.strip().replace(',', '.');
    if (!number.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.")) {
      return OptionalDouble.empty();
    }
    double share = Double.parseDouble(number);
    return share <= 1 ? OptionalDouble.of(share) : OptionalDouble.empty();
  }
}
