package nl.leamonitor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.cli.config.ConfigFile;
import nl.leamonitor.cli.config.LeaConfig;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.reports.Periode;
import nl.leamonitor.reports.Target;

/**
 * The settings of one {@code lea run}, resolved once from the command line, {@code lea.yaml} and
 * the defaults (in that order of precedence) into typed values; nothing below the command line
 * reads an option or the configuration file again.
 *
 * @param input the delivery folder as given: a folder, or with Spark a Hadoop address
 * @param out the output folder
 * @param configFile the configuration file, when given
 * @param engine the engine
 * @param k the minimum cell size, at least 1
 * @param rapportagedatum the rapportagedatum
 * @param periode the half year the reports cover
 * @param ingest how ingest runs: the key, the reject limit and DuckDB's memory limit
 * @param lakeRoot with Spark, the folder under which each run writes its lake (ending in a slash)
 * @param gemeente the gemeente's name from {@code lea.yaml}; otherwise {@code wijken.csv} names it
 * @param targets the stuurgroep's SMART targets
 */
public record RunSettings(
    String input,
    Path out,
    Optional<Path> configFile,
    Engine engine,
    int k,
    LocalDate rapportagedatum,
    Periode periode,
    IngestSettings ingest,
    Optional<URI> lakeRoot,
    Optional<String> gemeente,
    List<Target> targets) {
  /** The minimum cell size when neither the command line nor {@code lea.yaml} gives one. */
  public static final int DEFAULT_K = 5;

  /** The options of {@code lea run} as picocli parsed them; null where not given. */
  record Options(
      String input,
      Path out,
      String lake,
      Path config,
      Engine engine,
      Integer minCel,
      LocalDate rapportagedatum,
      Periode periode,
      Path keyFile,
      Double maxRejectShare) {}

  /**
   * Resolves the options, the configuration file they name and the defaults; a bad value is a
   * configuration error.
   */
  static RunSettings resolve(Options options, Map<String, String> environment) {
    LeaConfig file =
        options.config() == null ? LeaConfig.empty() : ConfigFile.read(options.config());
    Engine engine =
        options.engine() != null ? options.engine() : file.engine().orElse(Engine.duckdb);
    int k = options.minCel() != null ? options.minCel() : file.minCel().orElse(DEFAULT_K);
    if (k < 1) {
      throw new ConfigurationException("--min-cel moet minstens 1 zijn, niet " + k + ".");
    }
    LocalDate rapportagedatum =
        options.rapportagedatum() != null ? options.rapportagedatum() : LocalDate.now();
    Optional<PseudonymKey> key =
        PseudonymKey.load(Optional.ofNullable(options.keyFile()).or(file::keyFile), environment);
    IngestSettings ingest =
        new IngestSettings(
            key,
            options.maxRejectShare() != null
                ? options.maxRejectShare()
                : file.maxRejectShare().orElse(IngestSettings.DEFAULT_MAX_REJECT_SHARE),
            file.memoryLimit().orElse(MemoryLimit.DEFAULT));
    Optional<String> lake = Optional.ofNullable(options.lake()).or(file::lake);
    if (lake.isPresent() && engine != Engine.spark) {
      throw new ConfigurationException(
          "--lake (of lake: in lea.yaml) kan alleen met --engine spark; met "
              + engine
              + " staat de lake in de interne map van de run (MAP/intern/latest/lake).");
    }
    Periode periode =
        options.periode() != null
            ? options.periode()
            : file.period().orElseGet(() -> Periode.of(rapportagedatum));
    return new RunSettings(
        options.input(),
        options.out(),
        Optional.ofNullable(options.config()),
        engine,
        k,
        rapportagedatum,
        periode,
        ingest,
        lake.map(RunSettings::lakeRoot),
        file.gemeente(),
        file.targets());
  }

  /**
   * Returns the folder under which each run writes its lake, as a URI ending in a slash; a plain
   * path is a local folder.
   */
  static URI lakeRoot(String location) {
    try {
      URI root =
          EngineFactory.URI_SCHEME.matcher(location).matches()
              ? new URI(location)
              : Path.of(location).toAbsolutePath().toUri();
      return root.getPath() != null && root.getPath().endsWith("/") ? root : new URI(root + "/");
    } catch (URISyntaxException | InvalidPathException e) {
      throw new ConfigurationException(
          "--lake "
              + location
              + " is geen geldig adres: "
              + e.getMessage()
              + ". Geef een map of een adres als hdfs://namenode/lea/lake.");
    }
  }
}
