package nl.leamonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lea sample}: writes a synthetic delivery folder. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Schrijft een synthetische aanlevermap (een Zoetermeer-achtige gemeente) in het formaat van het contract.")
final class SampleCommand implements Callable<Integer> {
  /** The sizes the generator knows. */
  enum Scale { zoetermeer }

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "De map die geschreven wordt (moet leeg zijn of niet bestaan).")
  Path out;

  @Option(names = "--seed", defaultValue = "20211001", description = "Startwaarde van de toevalsgenerator (standaard ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--personen", paramLabel = "N", description = "Aantal personen (standaard 35000).")
  Integer persons;

  @Option(names = "--scale", paramLabel = "SCHAAL", defaultValue = "zoetermeer", description = "Schaal: ${COMPLETION-CANDIDATES} (standaard ${DEFAULT-VALUE}).")
  Scale scale;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new ConfigurationException("De map " + out + " is niet leeg; kies een nieuwe map voor --out.");
        }
      }
    }
    int n = persons != null ? persons : 35_000;
    if (n < 1) {
      throw new ConfigurationException("--personen moet minstens 1 zijn, niet " + n + ".");
    }
    SampleGenerator.Summary summary = new SampleGenerator(seed, n).write(out);
    System.out.println("Synthetische aanlevermap geschreven in " + out + " (" + summary.persons() + " personen, seed " + seed + "):");
    summary.rowsPerFile().forEach((file, rows) -> System.out.printf(java.util.Locale.forLanguageTag("nl-NL"), "  %-40s %,d regels%n", file, rows));
    return Lea.OK;
  }
}
