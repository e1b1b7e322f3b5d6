package nl.leamonitor.cli.option;

import picocli.CommandLine.ITypeConverter;

/** Reads a count of at least 1, such as {@code --min-cel} and {@code --personen}. */
public final class CountOption implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    String digits = value.strip();
    if (digits.matches("[0-9]{1,9}")) {
      int count = Integer.parseInt(digits);
      if (count >= 1) {
        return count;
      }
    }
    throw new OptionValueException("Geef een heel getal van minstens 1, zonder punt of komma.");
  }
}
