package nl.leamonitor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.leamonitor.cli.option.ShareOption;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.RejectReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lea controleer}: checks a delivery folder the way a run reads it, without publishing
 * anything: per file the dialect, rows read and rejected, the most frequent reasons with example
 * lines, and the rejected rows in {@code afgekeurd/}, readable by the owner only as in a run. Exit
 * 3 where a run would refuse the input.
 */
@Command(
    name = "controleer",
    versionProvider = VersionInfo.class,
    description =
        "Controleert een aanlevermap zonder iets te publiceren; de afgekeurde regels komen in"
            + " MAP/afgekeurd/ (de map van --out).",
    exitCodeList = {
      "0:goed: een run zou deze aanlevering verwerken",
      Lea.EXIT_FAILURE,
      Lea.EXIT_USAGE_OUT,
      "3:een run zou deze aanlevering weigeren"
    },
    footer = {
      "  lea controleer --input aanlevering",
      "  lea controleer --input aanlevering --out controle-oktober --max-afgekeurd 0,10"
    })
final class CheckCommand implements Callable<Integer> {
  private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "MAP",
      description = "De aanlevermap met de CSV-bestanden.")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "MAP",
      defaultValue = "controle",
      description = "Waar afgekeurd/ komt (standaard ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--sleutelbestand",
      paramLabel = "BESTAND",
      description =
          "Bestand met de pseudonimiseringssleutel (anders "
              + PseudonymKey.ENVIRONMENT_VARIABLE
              + ").")
  Path keyFile;

  @Option(
      names = "--max-afgekeurd",
      paramLabel = "AANDEEL",
      defaultValue = "0.05",
      converter = ShareOption.class,
      description =
          "Grootste aandeel afgekeurde regels per bestand, tussen 0 en 1, met punt of komma"
              + " (standaard ${DEFAULT-VALUE}).")
  double maxRejectShare;

  @Override
  public Integer call() throws Exception {
    Optional<PseudonymKey> key = PseudonymKey.load(Optional.ofNullable(keyFile), System.getenv());
    DeliveryFolder folder = DeliveryFolder.scan(input);
    OutputFolder.prepareOwnerOnly(out, "--out");
    IngestJob.Check check =
        new IngestJob(new IngestSettings(key, maxRejectShare, MemoryLimit.gigabytes(1)))
            .check(folder, out);
    PrintWriter w = spec.commandLine().getOut();
    w.printf("Controle van %s%n%n", input);
    for (FileReport r : check.reports()) {
      w.printf(
          DUTCH,
          "%s (%s, %s): %,d %s, %,d afgekeurd (%.1f %%)%n",
          r.file(),
          r.dataset().lakeName(),
          r.dialect().describe(),
          r.read(),
          r.read() == 1 ? "regel" : "regels",
          r.rejected(),
          100 * r.rejectShare());
      List<Map.Entry<RejectReason, Long>> reasons =
          r.reasons().entrySet().stream()
              .sorted(Map.Entry.<RejectReason, Long>comparingByValue().reversed())
              .toList();
      reasons.stream()
          .limit(5)
          .forEach(
              e ->
                  w.printf(
                      DUTCH,
                      "    %-28s %,6d  bijvoorbeeld regel %s%n",
                      e.getKey().code(),
                      e.getValue(),
                      r.exampleLines().get(e.getKey()).stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(", "))));
      if (reasons.size() > 5) {
        // Every reason is named: a rare one (a reversed advice) matters as much as a common one.
        List<Map.Entry<RejectReason, Long>> rest = reasons.subList(5, reasons.size());
        w.printf(
            DUTCH,
            "    ... en nog %s: %s%n",
            rest.size() == 1 ? "1 reden" : rest.size() + " redenen",
            rest.stream()
                .map(e -> String.format(DUTCH, "%s %,d", e.getKey().code(), e.getValue()))
                .collect(Collectors.joining(", ")));
      }
    }
    for (String ignored : folder.ignored()) {
      w.printf("%s: genegeerd (hoort bij geen dataset)%n", ignored);
    }
    w.println();
    long withRejects = check.reports().stream().filter(r -> r.rejected() > 0).count();
    if (withRejects > 0) {
      Path rejects = out.resolve("afgekeurd");
      w.printf(
          "Afgekeurde regels staan in %s%s%n",
          rejects,
          OwnerOnly.posix(rejects.toAbsolutePath())
              ? " (alleen leesbaar voor de eigenaar: map 0700, bestanden 0600)"
              : "");
    }
    List<FileProblem> problems = check.problems();
    List<String> warnings =
        new java.util.ArrayList<>(
            check.warnings().stream()
                .map(nl.leamonitor.ingest.quality.DeliveryWarning::message)
                .toList());
    long forecastRejects =
        check.reports().stream()
            .filter(r -> r.dataset() == Dataset.BEVOLKINGSPROGNOSE)
            .mapToLong(FileReport::rejected)
            .sum();
    if (forecastRejects > 0) {
      // A rejected row is a wijk, year and age the forecast would count as 0: a run makes none.
      warnings.add(
          forecastRejects
              + (forecastRejects == 1 ? " regel" : " regels")
              + " van referentie/bevolkingsprognose.csv afgekeurd: een run maakt dan geen"
              + " leerlingenprognose (met die gaten zou die te laag uitvallen). Verbeter de"
              + " regels.");
    }
    if (!warnings.isEmpty()) {
      w.println("Waarschuwingen (de aanlevering is leesbaar, maar mist misschien iets):");
      warnings.forEach(warning -> w.println("  " + warning));
    }
    if (problems.isEmpty()) {
      w.println(
          warnings.isEmpty()
              ? "Resultaat: goed; een run zou deze aanlevering verwerken."
              : "Resultaat: een run zou deze aanlevering verwerken, maar lees eerst de "
                  + (warnings.size() == 1 ? "waarschuwing" : warnings.size() + " waarschuwingen")
                  + " hierboven.");
      w.flush();
      return Lea.OK;
    }
    w.println("Resultaat: een run zou deze aanlevering weigeren:");
    problems.forEach(p -> w.println("  " + p.message()));
    w.flush();
    return Lea.INPUT_REJECTED;
  }
}
