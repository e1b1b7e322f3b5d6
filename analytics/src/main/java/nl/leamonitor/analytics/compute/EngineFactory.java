package nl.leamonitor.analytics.compute;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens an indicator engine by name. DuckDB is built in; Spark registers itself (through
 * {@code META-INF/services}) only when its module is on the classpath, so the default stays light.
 */
public interface EngineFactory {
  /** Returns the engine's name as given to {@code --engine}. */
  String name();

  /** Opens the engine over a run's lake. */
  IndicatorEngine open(Path lake, LocalDate rapportagedatum, Path tempDir, String memoryLimit) throws Exception;

  /** Returns the factory for an engine name, if that engine is on the classpath. */
  static Optional<EngineFactory> find(String name) {
    for (EngineFactory factory : ServiceLoader.load(EngineFactory.class)) {
      if (factory.name().equals(name)) {
        return Optional.of(factory);
      }
    }
    return Optional.empty();
  }

  /** The built-in DuckDB engine. */
  final class DuckDb implements EngineFactory {
    @Override
    public String name() {
      return "duckdb";
    }

    @Override
    public IndicatorEngine open(Path lake, LocalDate rapportagedatum, Path tempDir, String memoryLimit) throws Exception {
      return new DuckDbIndicators(lake, rapportagedatum, tempDir, memoryLimit);
    }
  }
}
