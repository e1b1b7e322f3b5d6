package nl.leamonitor.ingest;

import java.util.Optional;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;

/**
 * How ingest runs.
 *
 * @param key the pseudonymisation key; required only when a file has a {@code bsn} column
 * @param maxRejectShare the largest share of a file's rows that may be rejected (contract default
 *     0.05)
 * @param memoryLimit DuckDB's memory limit while building the lake, e.g. {@code 2GB}
 */
public record IngestSettings(
    Optional<PseudonymKey> key, double maxRejectShare, MemoryLimit memoryLimit) {
  /** The contract's default reject-share limit: 5 % of a file's rows. */
  public static final double DEFAULT_MAX_REJECT_SHARE = 0.05;

  public IngestSettings {
    if (!(maxRejectShare >= 0.0 && maxRejectShare <= 1.0)) {
      throw new ConfigurationException(
          "De grens voor afgekeurde regels moet tussen 0 en 1 liggen (bijvoorbeeld 0.05), niet "
              + maxRejectShare
              + ".");
    }
  }
}
