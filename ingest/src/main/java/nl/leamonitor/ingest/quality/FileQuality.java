package nl.leamonitor.ingest.quality;

import nl.leamonitor.ingest.delivery.Dataset;

/**
 * One row of {@code datakwaliteit.csv}: what happened to every row of one delivered file.
 *
 * @param file the file's name relative to the delivery folder
 * @param dataset its dataset
 * @param read rows read (blank lines not counted)
 * @param accepted rows accepted, not counting duplicates
 * @param duplicates rows dropped as a later duplicate of an accepted row
 * @param rejected rows rejected with a reason
 * @param outsideGemeente accepted, non-duplicate rows whose postcode maps to no wijk
 */
public record FileQuality(
    String file,
    Dataset dataset,
    long read,
    long accepted,
    long duplicates,
    long rejected,
    long outsideGemeente) {

  /**
   * Returns the rows outside the gemeente as {@code datakwaliteit.csv} publishes them: empty for a
   * dataset without a postcode, where nothing can be outside (contract section 1).
   */
  public java.util.OptionalLong outsideGemeentePublished() {
    return dataset.hasPostcode()
        ? java.util.OptionalLong.of(outsideGemeente)
        : java.util.OptionalLong.empty();
  }

  /** Returns whether every row read is accounted for: read = accepted + duplicates + rejected. */
  public boolean reconciles() {
    return read == accepted + duplicates + rejected
        && outsideGemeente <= accepted
        && Math.min(Math.min(accepted, duplicates), Math.min(rejected, outsideGemeente)) >= 0;
  }
}
