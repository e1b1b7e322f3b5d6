package nl.leamonitor.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.cli.Engine;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.reports.Periode;
import nl.leamonitor.reports.Target;

/**
 * The settings of {@code lea.yaml}; every field is empty when the file does not set it, so
 * command-line options can override it and defaults fill the rest.
 *
 * @param gemeente the gemeente's name, as shown in logs and reports
 * @param keyFile the pseudonymisation key file, resolved against the configuration's folder
 * @param maxRejectShare the largest share of rejected rows per file
 * @param engine the engine
 * @param memoryLimit DuckDB's memory limit
 * @param minCel the minimum cell size k for small-number protection
 * @param targets the stuurgroep's SMART targets ({@code doelen})
 * @param period the report's period
 * @param lake where the Spark engine writes each run's lake: a Hadoop address, or a folder resolved
 *     against the configuration's folder
 */
public record LeaConfig(
    Optional<String> gemeente,
    Optional<Path> keyFile,
    Optional<Double> maxRejectShare,
    Optional<Engine> engine,
    Optional<MemoryLimit> memoryLimit,
    Optional<Integer> minCel,
    List<Target> targets,
    Optional<Periode> period,
    Optional<String> lake) {

  /** Returns the configuration of a run without a configuration file. */
  public static LeaConfig empty() {
    return new LeaConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}
