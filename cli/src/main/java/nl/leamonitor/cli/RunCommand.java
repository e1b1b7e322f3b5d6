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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.ForecastJob;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.analytics.compute.WijkInhabitants;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.protect.PublishedBound;
import nl.leamonitor.cli.manifest.RunManifest;
import nl.leamonitor.cli.option.CountOption;
import nl.leamonitor.cli.option.DateOption;
import nl.leamonitor.cli.option.EngineOption;
import nl.leamonitor.cli.option.PeriodeOption;
import nl.leamonitor.cli.option.ShareOption;
import nl.leamonitor.cli.publish.OutputLock;
import nl.leamonitor.cli.publish.RunFolder;
import nl.leamonitor.cli.publish.RunLog;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.reports.EvaluationReport;
import nl.leamonitor.reports.NeighbourhoodReport;
import nl.leamonitor.reports.Periode;
import nl.leamonitor.reports.ReportInput;
import nl.leamonitor.reports.pdf.ReportFonts;
import nl.leamonitor.reports.web.WebPublication;
import nl.leamonitor.reports.xlsx.IndicatorWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lea run}: ingest, indicators, reports, publish. */
@Command(
    name = "run",
    versionProvider = VersionInfo.class,
    description =
        "Leest de aanlevermap, valideert en pseudonimiseert, en publiceert in MAP/latest.",
    exitCodeList = {
      "0:gepubliceerd in MAP/latest",
      Lea.EXIT_FAILURE,
      Lea.EXIT_USAGE_OUT,
      "3:invoer afgekeurd: een bestandsprobleem of te veel afgekeurde regels; er is niets"
          + " gepubliceerd",
      Lea.EXIT_LOCKED
    },
    footer = {
      "  lea run --input aanlevering --out uit",
      "  lea run --input aanlevering --out uit --config lea.yaml",
      "  lea run --input aanlevering --out uit --rapportagedatum 1-10-2025",
      "  lea run --input aanlevering --out uit --min-cel 10 --max-afgekeurd 0,10"
    })
final class RunCommand implements Callable<Integer> {
  /**
   * The analyst's file in the run's internal folder with the split of suppressed rows per
   * indicator.
   */
  static final String PROTECTION_SPLIT = "kleine-aantallen.csv";

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Mixin HelpOptions helpOptions;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "MAP",
      description =
          "De aanlevermap met de CSV-bestanden; met --engine spark ook een Hadoop-adres"
              + " (hdfs://..., s3a://...).")
  String input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "MAP",
      description = "De uitvoermap; de publicatie komt in MAP/latest.")
  Path out;

  @Option(
      names = "--lake",
      paramLabel = "ADRES",
      description =
          "Alleen met --engine spark: schrijf de lake naar ADRES/<run-id> (hdfs://..., s3a://... of"
              + " een map) in plaats van in MAP/intern.")
  String lake;

  @Option(
      names = "--config",
      paramLabel = "BESTAND",
      description = "Configuratiebestand (lea.yaml).")
  Path config;

  @Option(
      names = "--engine",
      paramLabel = "duckdb|spark",
      converter = EngineOption.class,
      description = "Rekenmachine: duckdb of spark (standaard duckdb).")
  Engine engine;

  @Option(
      names = "--min-cel",
      paramLabel = "K",
      converter = CountOption.class,
      description = "Minimale celgrootte k, een heel getal van minstens 1 (standaard 5).")
  Integer minCel;

  @Option(
      names = "--rapportagedatum",
      paramLabel = "DATUM",
      converter = DateOption.class,
      description = "Rapportagedatum, als 2025-06-30, 30-06-2025 of 30-6-2025 (standaard vandaag).")
  LocalDate rapportagedatum;

  @Option(
      names = "--periode",
      paramLabel = "JJJJ-voorjaar|JJJJ-najaar",
      converter = PeriodeOption.class,
      description =
          "Rapportageperiode, bv. 2025-najaar (standaard afgeleid van de rapportagedatum).")
  Periode periode;

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
      converter = ShareOption.class,
      description =
          "Grootste aandeel afgekeurde regels per bestand, tussen 0 en 1, met punt of komma"
              + " (standaard 0.05).")
  Double maxRejectShare;

  @Override
  public Integer call() throws Exception {
    // The log is kept from the start, so that lea.log also holds what came before the run's folder
    // existed: the key's fingerprint and the files the delivery folder's scan ignored.
    try (RunLog log = RunLog.capture()) {
      try {
        return run(log);
      } catch (Exception e) {
        // A failed run's log ends with what the user read on stderr.
        log.failure(Failure.of(e).lines());
        throw e;
      }
    }
  }

  private Integer run(RunLog log) throws Exception {
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
    try (OutputLock lock = lock(settings.out())) {
      RunFolder run;
      try {
        run = RunFolder.create(settings.out());
      } catch (IOException e) {
        throw OutputFolder.unwritable(settings.out(), "--out", e);
      }
      log.writeTo(run.path().resolve("lea.log"));
      return execute(
          run,
          folder,
          settings.lakeRoot().map(root -> root.resolve(run.id() + "/")),
          settings,
          engineFactory);
    }
  }

  /** Takes the output folder's lock; a folder that cannot be written is a configuration error. */
  private static OutputLock lock(Path out) {
    try {
      return OutputLock.acquire(out);
    } catch (UncheckedIOException e) {
      throw OutputFolder.unwritable(out, "--out", e.getCause());
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
    warmUp(settings.engine() == Engine.duckdb);
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
      List<WijkInhabitants> inhabitants;
      PupilForecast forecast;
      java.util.SortedMap<String, String> wijken;
      try (IndicatorEngine indicatorEngine =
          engineFactory.open(result.lake(), reportDate, run.work(), ingest.memoryLimit())) {
        ForecastJob forecastJob = new ForecastJob(k);
        ForecastJob.Query forecastQuery =
            forecastJob.query(
                indicatorEngine,
                result.quality().stream()
                    .filter(q -> q.dataset() == Dataset.BEVOLKINGSPROGNOSE)
                    .mapToLong(FileQuality::rejected)
                    .sum());
        // The forecast's queries run in the engine while protection (Java alone) runs.
        indicators =
            new AnalyticsJob(k, publishedBounds(result))
                .run(indicatorEngine, run.path(), reportDate, forecastQuery);
        // The forecast reads the published I01 counts: its backtest compares only those.
        forecast = forecastJob.run(indicatorEngine, run.path(), indicators.rows(), forecastQuery);
        inhabitants = indicatorEngine.inhabitants();
        wijken = indicatorEngine.wijken();
        manifest.put("engine_versie", indicatorEngine.version());
      }
      manifest
          .phase("indicatoren", elapsedMillis(started))
          .part("kleine_aantallen", indicators.protectionMillis())
          .indicators(indicators)
          .forecast(forecast);
      List<DeliveryWarning> warnings =
          new ArrayList<>(DeliveryWarning.of(result.reports(), indicators.rowsPerSchooljaar()));
      // Every file this run read, the wijk boundaries included (the manifest names them too, so
      // without them a second run warned that the boundaries it had just read were missing).
      List<String> readNow =
          new ArrayList<>(result.quality().stream().map(FileQuality::file).toList());
      folder.boundariesFile().ifPresent(readNow::add);
      RunManifest.previous(settings.out())
          .ifPresent(
              previous ->
                  warnings.addAll(
                      DeliveryWarning.absent(previous.files(), readNow, previous.run())));
      // The maps' boundaries, read with the reference files (a file that is not such GeoJSON
      // rejected the delivery there, exit 3).
      WijkBoundaries boundaries = result.boundaries();
      warnings.addAll(boundaries.warnings());
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
              indicators.protection(),
              indicators.adviceCrossTable(),
              forecast);
      // The four outputs are independent: three are written on threads of their own beside the web
      // publication, each PDF with fonts of its own (a font tracks the glyphs its document uses).
      // Own threads, not the common pool: on two cores that pool has one thread, which wrote the
      // outputs one after another. The longest first.
      ExecutorService writers = Executors.newFixedThreadPool(3, RunCommand::writerThread);
      try {
        List<Future<?>> written = new ArrayList<>();
        written.add(
            writeAside(
                writers,
                "rapport.pdf",
                () ->
                    new EvaluationReport(reportInput)
                        .write(run.path().resolve("rapport.pdf"), new ReportFonts())));
        written.add(
            writeAside(
                writers,
                "wijkvergelijking.pdf",
                () ->
                    new NeighbourhoodReport(reportInput, inhabitants, boundaries)
                        .write(run.path().resolve("wijkvergelijking.pdf"), new ReportFonts())));
        written.add(
            writeAside(
                writers,
                "indicatoren.xlsx",
                () ->
                    IndicatorWorkbook.write(
                        run.path().resolve("indicatoren.xlsx"),
                        indicators.rows(),
                        result.quality(),
                        k,
                        indicators.adviceCrossTable())));
        new WebPublication(reportInput, boundaries)
            .write(run.path().resolve(WebPublication.FOLDER));
        for (Future<?> output : written) {
          try {
            output.get();
          } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
          }
        }
      } finally {
        writers.shutdownNow();
      }
      LOG.info(
          "Rapporten geschreven: rapport.pdf, wijkvergelijking.pdf, indicatoren.xlsx en de"
              + " webpublicatie web/index.html ({} ms)",
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
  private static Future<?> writeAside(ExecutorService writers, String name, OutputWriter writer) {
    return writers.submit(
        () -> {
          try {
            writer.write();
          } catch (IOException e) {
            throw new UncheckedIOException(name + " kon niet geschreven worden", e);
          }
        });
  }

  /** A thread that writes one of the outputs; it does not keep the JVM alive. */
  private static Thread writerThread(Runnable task) {
    Thread thread = new Thread(task, "lea-rapporten");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Starts, on a thread of its own while the delivery is read, what later phases would otherwise
   * wait for: loading DuckDB's native library (about 60 MB; not for Spark; the build puts it beside
   * the driver's jar in lib/, else the driver unpacks it from its jar at every start) and reading
   * the reports' fonts, which stay cached. A failure here is not reported: the phase that needs the
   * part meets it again and stops the run.
   */
  private static void warmUp(boolean duckdb) {
    Thread thread =
        new Thread(
            () -> {
              if (duckdb) {
                try {
                  Class.forName("org.duckdb.DuckDBNative", true, RunCommand.class.getClassLoader());
                } catch (ReflectiveOperationException | LinkageError e) {
                  LOG.debug("DuckDB niet vooraf geladen", e);
                }
              }
              try {
                new ReportFonts();
              } catch (RuntimeException e) {
                LOG.debug("Lettertypen niet vooraf geladen", e);
              }
            },
            "lea-voorbereiden");
    thread.setDaemon(true);
    thread.start();
  }

  private static long elapsedMillis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /**
   * Returns what {@code datakwaliteit.csv} publishes that bounds an indicator: the vsv files'
   * accepted rows inside the gemeente, summed, are at least the sum of I04's gemeente tellers over
   * all years (each resident leaver of a year is one accepted, non-duplicate row).
   */
  static List<PublishedBound> publishedBounds(IngestResult result) {
    long residentVsvRows =
        result.quality().stream()
            .filter(q -> q.dataset() == Dataset.VSV)
            .mapToLong(q -> q.accepted() - q.outsideGemeente())
            .sum();
    return List.of(
        new PublishedBound(
            "I04_vsv_percentage",
            residentVsvRows,
            "datakwaliteit.csv: de geaccepteerde vsv-regels binnen de gemeente"));
  }
}
