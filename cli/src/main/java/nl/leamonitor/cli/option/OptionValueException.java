package nl.leamonitor.cli.option;

import picocli.CommandLine.TypeConversionException;

/**
 * Signals that an option's value is not one the option accepts; the message says in Dutch what is
 * accepted, and {@link nl.leamonitor.cli.ParameterErrors} puts the option and the value before it.
 */
public final class OptionValueException extends TypeConversionException {
  /** Creates the exception with what the option accepts, as one Dutch sentence. */
  public OptionValueException(String accepted) {
    super(accepted);
  }
}
