package nl.leamonitor.analytics;

import java.util.List;
import java.util.stream.Collectors;
import nl.leamonitor.ingest.delivery.Dataset;

/**
 * An indicator that was not computed because datasets it needs were not delivered.
 *
 * @param indicator the indicator's id
 * @param missing the datasets not delivered, in dataset order
 */
public record Skipped(String indicator, List<Dataset> missing) {
  public Skipped {
    missing = List.copyOf(missing);
  }

  /** Returns the missing files as a partner names them, {@code vsv*.csv, referentie/wijken.csv}. */
  public String missingFiles() {
    return missing.stream().map(Dataset::fileNamePattern).collect(Collectors.joining(", "));
  }

  /**
   * Returns the sentence for a report's reader, without file names: {@code Niet berekend, want niet
   * aangeleverd: de gegevens uit het RMC-register.}
   */
  public String readerText() {
    return "Niet berekend, want niet aangeleverd: "
        + missing.stream().map(Dataset::description).collect(Collectors.joining(" en "))
        + ".";
  }

  /**
   * Returns the line for the log and the manifest, {@code I04_vsv_percentage: niet berekend, niet
   * aangeleverd: vsv*.csv}.
   */
  public String message() {
    return indicator + ": niet berekend, niet aangeleverd: " + missingFiles();
  }
}
