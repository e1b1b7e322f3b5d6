package nl.leamonitor.analytics.compute;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.delivery.DeliveryStore;
import nl.leamonitor.ingest.delivery.LocalDeliveryStore;

/**
 * Opens an indicator engine by name. DuckDB is built in; Spark registers itself (through {@code
 * META-INF/services}) only when its module is on the classpath, so the default stays light.
 */
public interface EngineFactory {
  /**
   * A location with a URI scheme of two or more letters ({@code hdfs://}, {@code s3a://}, {@code
   * file:/}); {@code C:\} is a path.
   */
  Pattern URI_SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):/.*");

  /** Returns the engine's name as given to {@code --engine}. */
  String name();

  /** Opens the engine over a run's lake. */
  IndicatorEngine open(URI lake, LocalDate rapportagedatum, Path tempDir, MemoryLimit memoryLimit)
      throws Exception;

  /**
   * Returns the delivery folder at a location given on the command line. This machine's engine
   * reads paths and {@code file:} URIs; an engine that runs on a cluster may read its file systems'
   * URIs ({@code hdfs:}, {@code s3a:}).
   */
  default DeliveryStore store(String location) {
    return new LocalDeliveryStore(localPath(location, "--input"));
  }

  /**
   * Ingests a delivery folder into a run's folders: validated, pseudonymised, with {@code
   * datakwaliteit.csv} in the publication and {@code afgekeurd/} and the lake in the internal
   * folder ({@code lake/}), or the lake at {@code lake} when given. DuckDB's ingest runs on this
   * machine's cores and keeps the lake in the internal folder; an engine may run it elsewhere, with
   * the same validators, and write the lake to its own file systems.
   */
  default IngestResult ingest(
      IngestSettings settings,
      IngestJob.Progress progress,
      DeliveryFolder folder,
      OutputFolders out,
      Optional<URI> lake)
      throws Exception {
    if (lake.isPresent()) {
      // The command line refuses --lake for such an engine, with the message for the user.
      throw new IllegalArgumentException(name() + " keeps the lake in the run's internal folder");
    }
    return new IngestJob(settings, progress).run(folder, out);
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

  /**
   * Returns a path or {@code file:} URI as a path; another file system's URI is a usage error on
   * this engine.
   */
  static Path localPath(String location, String option) {
    var scheme = URI_SCHEME.matcher(location);
    if (!scheme.matches()) {
      return Path.of(location);
    }
    if (scheme.group(1).toLowerCase(Locale.ROOT).equals("file")) {
      return Path.of(URI.create(location));
    }
    throw new ConfigurationException(
        option
            + " "
            + location
            + ": een "
            + scheme.group(1)
            + ":-adres kan alleen met --engine spark (Hadoop-bestandssystemen); geef anders een map"
            + " op deze machine.");
  }

  /** The built-in DuckDB engine. */
  final class DuckDb implements EngineFactory {
    @Override
    public String name() {
      return "duckdb";
    }

    @Override
    public IndicatorEngine open(
        URI lake, LocalDate rapportagedatum, Path tempDir, MemoryLimit memoryLimit)
        throws Exception {
      return new DuckDbIndicators(Path.of(lake), rapportagedatum, tempDir, memoryLimit);
    }
  }
}
