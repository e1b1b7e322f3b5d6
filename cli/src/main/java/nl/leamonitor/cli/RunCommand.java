package nl.leamonitor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.cli.manifest.RunManifest;
import nl.leamonitor.cli.publish.OutputLock;
import nl.leamonitor.cli.publish.RunFolder;
import nl.leamonitor.cli.publish.RunLog;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.reports.EvaluationReport;
import nl.leamonitor.reports.NeighbourhoodReport;
import nl.leamonitor.reports.ReportInput;
import nl.leamonitor.reports.pdf.ReportFonts;
import nl.leamonitor.reports.xlsx.IndicatorWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lea run}: ingest, indicators, reports, publish. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Leest de aanlevermap, valideert en pseudonimiseert, en publiceert in DIR/latest.")
final class RunCommand implements Callable<Integer> {
  /**
   * The analyst's file in the run's internal folder with the split of suppressed rows per
   * indicator.
   */
  static final String PROTECTION_SPLIT = "kleine-aantallen.csv";

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description =
          "De aanlevermap met de CSV-bestanden; met --engine spark ook een Hadoop-adres"
              + " (hdfs://..., s3a://...).")
  String input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "De uitvoermap; de publicatie komt in DIR/latest.")
  Path out;

  @Option(
      names = "--lake",
      paramLabel = "URI",
      description =
          "Alleen met --engine spark: schrijf de lake naar URI/<run-id> (hdfs://..., s3a://... of"
              + " een map) in plaats van in DIR/intern.")
  String lake;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuratiebestand (lea.yaml).")
  Path config;

  @Option(
      names = "--engine",
      paramLabel = "duckdb|spark",
      description = "Rekenmachine: ${COMPLETION-CANDIDATES} (standaard duckdb).")
  Engine engine;

  @Option(
      names = "--min-cel",
      paramLabel = "K",
      description = "Minimale celgrootte k (standaard 5).")
  Integer minCel;

  @Option(
      names = "--rapportagedatum",
      paramLabel = "YYYY-MM-DD",
      description = "Rapportagedatum (standaard vandaag).")
  LocalDate rapportagedatum;

  @Option(
      names = "--periode",
      paramLabel = "JJJJ-voorjaar|JJJJ-najaar",
      description =
          "Rapportageperiode, bv. 2025-najaar (standaard afgeleid van de rapportagedatum).")
  String periode;

  @Option(
      names = "--sleutelbestand",
      paramLabel = "FILE",
      description =
          "Bestand met de pseudonimiseringssleutel (anders "
              + PseudonymKey.ENVIRONMENT_VARIABLE
              + ").")
  Path keyFile;

  @Option(
      names = "--max-afgekeurd",
      paramLabel = "AANDEEL",
      description = "Grootste aandeel afgekeurde regels per bestand (standaard 0.05).")
  Double maxRejectShare;

  @Override
  public Integer call() throws Exception {
    RunSettings settings =
        RunSettings.resolve(
            new RunSettings.Options(
                input,
                out,
                lake,
                config,
                engine,
                minCel,
                rapportagedatum,
                periode,
                keyFile,
                maxRejectShare),
            System.getenv());
    EngineFactory engineFactory = EngineLocator.find(settings.engine().name(), System.getenv());
    DeliveryFolder folder = DeliveryFolder.scan(engineFactory.store(settings.input()));
    settings
        .ingest()
        .key()
        .ifPresent(
            found -> LOG.info("Pseudonimiseringssleutel: vingerafdruk {}", found.fingerprint()));
    try (OutputLock lock = OutputLock.acquire(settings.out())) {
      RunFolder run = RunFolder.create(settings.out());
      try (RunLog log = RunLog.start(run.path().resolve("lea.log"))) {
        return execute(
            run,
            folder,
            settings.lakeRoot().map(root -> root.resolve(run.id() + "/")),
            settings,
            engineFactory);
      }
    }
  }

  private Integer execute(
      RunFolder run,
      DeliveryFolder folder,
      Optional<URI> lakeLocation,
      RunSettings settings,
      EngineFactory engineFactory)
      throws Exception {
    LocalDate reportDate = settings.rapportagedatum();
    int k = settings.k();
    IngestSettings ingest = settings.ingest();
    LOG.info(
        "Run {}: invoer {}, uitvoer {}, intern {}{}",
        run.id(),
        folder.store().location(),
        run.path(),
        run.internal(),
        lakeLocation.map(l -> ", lake " + l).orElse(""));
    RunManifest manifest =
        new RunManifest(run.id(), VersionInfo.leaVersion())
            .put("rapportagedatum", reportDate.toString())
            .put("engine", settings.engine().name())
            .put("java", System.getProperty("java.version"))
            .put("sleutel_vingerafdruk", ingest.key().map(PseudonymKey::fingerprint).orElse(null))
            .setting("configuratiebestand", settings.configFile().map(Path::toString).orElse(null))
            .setting("gemeente", settings.gemeente().orElse(null))
            .setting("min_celgrootte", k)
            .setting("max_afgekeurd", ingest.maxRejectShare())
            .setting("duckdb_geheugen", ingest.memoryLimit().toString());
    try {
      long started = System.nanoTime();
      IngestResult result =
          engineFactory.ingest(
              ingest, TerminalProgress.forThisProcess(), folder, run.folders(), lakeLocation);
      manifest.put("intern", run.internalName());
      manifest.put(
          "lake",
          lakeLocation.map(URI::toString).orElse(run.internalName() + "/" + LakeLayout.FOLDER));
      manifest.phase("ingest", elapsedMillis(started)).input(folder, result);
      started = System.nanoTime();
      AnalyticsJob.Result indicators;
      try (IndicatorEngine indicatorEngine =
          engineFactory.open(result.lake(), reportDate, run.work(), ingest.memoryLimit())) {
        indicators = new AnalyticsJob(k).run(indicatorEngine, run.path(), reportDate);
        manifest.put("engine_versie", indicatorEngine.version());
      }
      manifest
          .phase("indicatoren", elapsedMillis(started))
          .part("kleine_aantallen", indicators.protectionMillis())
          .indicators(indicators);
      List<DeliveryWarning> warnings =
          new ArrayList<>(DeliveryWarning.of(result.reports(), indicators.rowsPerSchooljaar()));
      RunManifest.previous(settings.out())
          .ifPresent(
              previous ->
                  warnings.addAll(
                      DeliveryWarning.absent(
                          previous.files(),
                          result.quality().stream().map(FileQuality::file).toList(),
                          previous.run())));
      warnings.forEach(w -> LOG.warn(w.message()));
      manifest.warnings(warnings);
      RunManifest.protectionSplit(
          run.internal().resolve(PROTECTION_SPLIT), indicators.protection());
      LOG.info(
          "Kleine aantallen per indicator, klein en ter bescherming: {} in de interne map (niet in"
              + " de publicatie: daaruit zou blijken welke weggelaten cijfers klein zijn)",
          PROTECTION_SPLIT);
      started = System.nanoTime();
      ReportInput reportInput =
          new ReportInput(
              settings.gemeente().orElse(indicators.gemeente().naam()),
              settings.periode(),
              reportDate,
              k,
              indicators.rows(),
              indicators.skipped(),
              indicators.notCovered(),
              warnings,
              result.quality(),
              result.reports(),
              settings.targets(),
              manifest.provenance(),
              VersionInfo.leaVersion(),
              indicators.protection());
      // The three outputs are independent: they are written side by side, each PDF with fonts of
      // its own (a font tracks the glyphs its document uses).
      CompletableFuture<Void> workbook =
          writeAside(
              "indicatoren.xlsx",
              () ->
                  IndicatorWorkbook.write(
                      run.path().resolve("indicatoren.xlsx"),
                      indicators.rows(),
                      result.quality(),
                      k));
      CompletableFuture<Void> neighbourhood =
          writeAside(
              "wijkvergelijking.pdf",
              () ->
                  new NeighbourhoodReport(reportInput)
                      .write(run.path().resolve("wijkvergelijking.pdf"), new ReportFonts()));
      new EvaluationReport(reportInput).write(run.path().resolve("rapport.pdf"), new ReportFonts());
      try {
        CompletableFuture.allOf(workbook, neighbourhood).join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      LOG.info(
          "Rapporten geschreven: rapport.pdf, wijkvergelijking.pdf en indicatoren.xlsx ({} ms)",
          elapsedMillis(started));
      manifest.phase("rapporten", elapsedMillis(started));
      manifest.write(run.path().resolve("manifest.json"));
      Path published = run.publish();
      LOG.info(
          "Gepubliceerd: {} ({} bestanden ingelezen, {} indicatorrijen) via {}; afgekeurde regels{}"
              + " in {}{}",
          published,
          result.quality().size(),
          indicators.rows().size(),
          settings.out().resolve("latest"),
          lakeLocation.isEmpty() ? " en lake" : "",
          settings.out().resolve(RunFolder.INTERNAL).resolve("latest"),
          lakeLocation.map(l -> "; lake in " + l).orElse(""));
    } catch (InputRejectedException e) {
      Path failed = run.fail();
      LOG.info("Afgekeurde regels van deze run staan in {}", failed.resolve("afgekeurd"));
      throw e;
    } catch (Exception e) {
      run.fail();
      throw e;
    }
    return Lea.OK;
  }

  /** Writing one output file. */
  @FunctionalInterface
  private interface OutputWriter {
    void write() throws IOException;
  }

  /** Writes an output on another thread; a failure surfaces when it is joined. */
  private static CompletableFuture<Void> writeAside(String name, OutputWriter writer) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            writer.write();
          } catch (IOException e) {
            throw new UncheckedIOException(name + " kon niet geschreven worden", e);
          }
        });
  }

  private static long elapsedMillis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
