package nl.leamonitor.cli.option;

import picocli.CommandLine.ITypeConverter;

/** Reads a whole number, such as {@code --seed}. */
public final class WholeNumberOption implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new OptionValueException("Geef een heel getal, zonder punt of komma, zoals 20211001.");
    }
  }
}
