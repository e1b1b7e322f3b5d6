package nl.leamonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.pseudonym.FilePseudonymiser;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lea pseudonimiseer}: replaces {@code bsn} by {@code leerling_id} for partners. */
@Command(
    name = "pseudonimiseer",
    versionProvider = VersionInfo.class,
    description = "Vervangt de kolom bsn door leerling_id (HMAC-SHA256 met de gedeelde sleutel).",
    exitCodeList = {
      "0:geschreven",
      Lea.EXIT_FAILURE,
      Lea.EXIT_USAGE,
      "3:het bestand is geweigerd (bijvoorbeeld een ongeldig BSN); er is niets geschreven"
    },
    footer = {
      "  lea pseudonimiseer --in inschrijvingen.csv --out inschrijvingen-pseudoniem.csv",
      "  lea pseudonimiseer --in vsv.csv --out vsv-id.csv --sleutelbestand sleutel.txt"
    })
final class PseudonymiseCommand implements Callable<Integer> {
  @Mixin HelpOptions helpOptions;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "BESTAND",
      description = "CSV-bestand met een kolom bsn.")
  Path in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "BESTAND",
      description = "Waar het gepseudonimiseerde bestand komt.")
  Path out;

  @Option(
      names = "--sleutelbestand",
      paramLabel = "BESTAND",
      description = "Bestand met de sleutel (anders " + PseudonymKey.ENVIRONMENT_VARIABLE + ").")
  Path keyFile;

  @Override
  public Integer call() throws Exception {
    PseudonymKey key =
        PseudonymKey.load(Optional.ofNullable(keyFile), System.getenv())
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "Er is geen pseudonimiseringssleutel: zet "
                            + PseudonymKey.ENVIRONMENT_VARIABLE
                            + " of geef --sleutelbestand."));
    if (!Files.isRegularFile(in)) {
      throw new ConfigurationException(
          "Het bestand "
              + in
              + " bestaat niet of is geen bestand. Geef met --in het CSV-bestand met een kolom"
              + " bsn.");
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ConfigurationException(
          "--in en --out zijn hetzelfde bestand; kies een ander uitvoerbestand.");
    }
    if (Files.isDirectory(out)) {
      throw new ConfigurationException(
          "--out "
              + out
              + " is een map, geen bestand. Geef met --out de naam van het bestand dat geschreven"
              + " wordt, bijvoorbeeld "
              + out.resolve("inschrijvingen-pseudoniem.csv")
              + ".");
    }
    // The file's folder the user named: one that cannot be made or written is a configuration
    // error (exit 2), as for the --out folder of the other commands, before anything is read.
    OutputFolder.prepare(
        out.getParent() != null ? out.getParent() : out.toAbsolutePath().getParent(), "--out");
    long rows = FilePseudonymiser.run(in, out, key);
    System.out.println(
        rows
            + " regels gepseudonimiseerd naar "
            + out
            + " (sleutel-vingerafdruk "
            + key.fingerprint()
            + ")");
    return Lea.OK;
  }
}
