package nl.leamonitor.analytics.compute;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.delivery.DeliveryFolder;

/**
 * Opens an indicator engine by name. DuckDB is built in; Spark registers itself (through
 * {@code META-INF/services}) only when its module is on the classpath, so the default stays light.
 */
public interface EngineFactory {
  /** Returns the engine's name as given to {@code --engine}. */
  String name();

  /** Opens the engine over a run's lake. */
  IndicatorEngine open(Path lake, LocalDate rapportagedatum, Path tempDir, String memoryLimit) throws Exception;

  /**
   * Ingests a delivery folder into a run folder: validated, pseudonymised, in the lake, with
   * {@code afgekeurd/} and {@code datakwaliteit.csv}. DuckDB's ingest runs on this machine's
   * cores; an engine may run it elsewhere, with the same validators.
   */
  default IngestResult ingest(IngestSettings settings, IngestJob.Progress progress, DeliveryFolder folder, Path runDir)
      throws Exception {
    return new IngestJob(settings, progress).run(folder, runDir);
  }

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
