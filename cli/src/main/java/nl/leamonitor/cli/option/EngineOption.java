package nl.leamonitor.cli.option;

import java.util.Locale;
import nl.leamonitor.cli.Engine;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --engine} in any case, as {@code lea.yaml}'s {@code engine} is read. */
public final class EngineOption implements ITypeConverter<Engine> {
  @Override
  public Engine convert(String value) {
    String name = value.strip().toLowerCase(Locale.ROOT);
    for (Engine engine : Engine.values()) {
      if (engine.name().equals(name)) {
        return engine;
      }
    }
    throw new OptionValueException("Kies duckdb of spark.");
  }
}
