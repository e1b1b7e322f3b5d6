package nl.leamonitor.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.ingest.MemoryLimit;

/**
 * Stands in for the Spark engine in a folder laid out as the build installs it ({@code
 * lea-engine-spark.jar} naming it as a service, {@code spark-lib/}); it is never opened.
 */
public final class FakeSparkEngine implements EngineFactory {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public IndicatorEngine open(
      URI lake, LocalDate rapportagedatum, Path tempDir, MemoryLimit memoryLimit) {
    throw new UnsupportedOperationException("only --version looks for this engine");
  }
}
