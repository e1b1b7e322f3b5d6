package nl.leamonitor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.cli.config.ConfigFile;
import nl.leamonitor.cli.config.LeaConfig;
import nl.leamonitor.cli.manifest.RunManifest;
import nl.leamonitor.reports.EvaluationReport;
import nl.leamonitor.reports.NeighbourhoodReport;
import nl.leamonitor.reports.ReportInput;
import nl.leamonitor.reports.pdf.ReportFonts;
import nl.leamonitor.reports.xlsx.IndicatorWorkbook;
import nl.leamonitor.cli.publish.OutputLock;
import nl.leamonitor.cli.publish.RunFolder;
import nl.leamonitor.cli.publish.RunLog;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lea run}: ingest, indicators, reports, publish. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Leest de aanlevermap, valideert en pseudonimiseert, en publiceert in DIR/latest.")
final class RunCommand implements Callable<Integer> {
  /** The analyst's file in the run's internal folder with the split of suppressed rows per indicator. */
  static final String PROTECTION_SPLIT = "kleine-aantallen.csv";
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  /** The engines of contract section 5. */
  enum Engine { duckdb, spark }

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "De aanlevermap met de CSV-bestanden; met --engine spark ook een Hadoop-adres (hdfs://..., s3a://...).")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "De uitvoermap; de publicatie komt in DIR/latest.")
  Path out;

  @Option(names = "--lake", paramLabel = "URI",
      description = "Alleen met --engine spark: schrijf de lake naar URI/<run-id> (hdfs://..., s3a://... of een map) in plaats van in DIR/intern.")
  String lake;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuratiebestand (lea.yaml).")
  Path config;

  @Option(names = "--engine", paramLabel = "duckdb|spark", description = "Rekenmachine: ${COMPLETION-CANDIDATES} (standaard duckdb).")
  Engine engine;

  @Option(names = "--min-cel", paramLabel = "K", description = "Minimale celgrootte k (standaard 5).")
  Integer minCel;

  @Option(names = "--rapportagedatum", paramLabel = "YYYY-MM-DD", description = "Rapportagedatum (standaard vandaag).")
  LocalDate rapportagedatum;

  @Option(names = "--periode", paramLabel = "JJJJ-voorjaar|JJJJ-najaar", description = "Rapportageperiode, bv. 2025-najaar (standaard afgeleid van de rapportagedatum).")
  String periode;

  @Option(names = "--sleutelbestand", paramLabel = "FILE", description = "Bestand met de pseudonimiseringssleutel (anders " + PseudonymKey.ENVIRONMENT_VARIABLE + ").")
  Path keyFile;

  @Option(names = "--max-afgekeurd", paramLabel = "AANDEEL", description = "Grootste aandeel afgekeurde regels per bestand (standaard 0.05).")
  Double maxRejectShare;

  @Override
  public Integer call() throws Exception {
    LeaConfig settingsFile = config == null ? LeaConfig.empty() : ConfigFile.read(config);
    Engine engine = this.engine != null ? this.engine : settingsFile.engine().map(Engine::valueOf).orElse(Engine.duckdb);
    EngineFactory engineFactory = EngineLocator.find(engine.name(), System.getenv());
    int k = minCel != null ? minCel : settingsFile.minCel().orElse(5);
    if (k < 1) {
      throw new ConfigurationException("--min-cel moet minstens 1 zijn, niet " + k + ".");
    }
    LocalDate reportDate = rapportagedatum != null ? rapportagedatum : LocalDate.now();
    Optional<PseudonymKey> key = PseudonymKey.load(Optional.ofNullable(keyFile).or(settingsFile::keyFile), System.getenv());
    IngestSettings settings = new IngestSettings(key,
        maxRejectShare != null ? maxRejectShare : settingsFile.maxRejectShare().orElse(IngestSettings.DEFAULT_MAX_REJECT_SHARE),
        settingsFile.memoryLimit().orElse("2GB"));
    Optional<String> lakeOption = Optional.ofNullable(lake).or(settingsFile::lake);
    if (lakeOption.isPresent() && engine != Engine.spark) {
      throw new ConfigurationException("--lake (of lake: in lea.yaml) kan alleen met --engine spark; met " + engine
          + " staat de lake in de interne map van de run (DIR/intern/latest/lake).");
    }
    Optional<URI> lakeRoot = lakeOption.map(RunCommand::lakeRoot);
    DeliveryFolder folder = DeliveryFolder.scan(engineFactory.store(input));
    key.ifPresent(found -> LOG.info("Pseudonimiseringssleutel: vingerafdruk {}", found.fingerprint()));
    try (OutputLock lock = OutputLock.acquire(out)) {
      RunFolder run = RunFolder.create(out);
      try (RunLog log = RunLog.start(run.path().resolve("lea.log"))) {
        return execute(run, folder, lakeRoot.map(root -> root.resolve(run.id() + "/")), key, settings, settingsFile, engine,
            engineFactory, k, reportDate);
      }
    }
  }

  private Integer execute(RunFolder run, DeliveryFolder folder, Optional<URI> lakeLocation, Optional<PseudonymKey> key, IngestSettings settings,
      LeaConfig settingsFile, Engine engine, EngineFactory engineFactory, int k, LocalDate reportDate) throws Exception {
    LOG.info("Run {}: invoer {}, uitvoer {}, intern {}{}", run.id(), folder.store().location(), run.path(), run.internal(),
        lakeLocation.map(l -> ", lake " + l).orElse(""));
    RunManifest manifest = new RunManifest(run.id(), VersionInfo.leaVersion())
        .put("rapportagedatum", reportDate.toString())
        .put("engine", engine.name())
        .put("java", System.getProperty("java.version"))
        .put("sleutel_vingerafdruk", key.map(PseudonymKey::fingerprint).orElse(null))
        .setting("configuratiebestand", config)
        .setting("gemeente", settingsFile.gemeente().orElse(null))
        .setting("min_celgrootte", k)
        .setting("max_afgekeurd", settings.maxRejectShare())
        .setting("duckdb_geheugen", settings.memoryLimit());
    try {
      long started = System.nanoTime();
      IngestResult result = engineFactory.ingest(settings, TerminalProgress.forThisProcess(), folder, run.folders(), lakeLocation);
      manifest.put("intern", run.internalName());
      manifest.put("lake", lakeLocation.map(URI::toString).orElse(run.internalName() + "/" + LakeLayout.FOLDER));
      manifest.phase("ingest", elapsedMillis(started)).input(folder, result);
      started = System.nanoTime();
      AnalyticsJob.Result indicators;
      try (IndicatorEngine indicatorEngine = engineFactory.open(result.lake(), reportDate, run.work(), settings.memoryLimit())) {
        indicators = new AnalyticsJob(k).run(indicatorEngine, run.path(), reportDate);
        manifest.put("engine_versie", indicatorEngine.version());
      }
      manifest.phase("indicatoren", elapsedMillis(started)).part("kleine_aantallen", indicators.protectionMillis())
          .indicators(indicators);
      RunManifest.protectionSplit(run.internal().resolve(PROTECTION_SPLIT), indicators.protection());
      LOG.info("Kleine aantallen per indicator, klein en ter bescherming: {} in de interne map (niet in de publicatie:"
          + " daaruit zou blijken welke weggelaten cijfers klein zijn)", PROTECTION_SPLIT);
      started = System.nanoTime();
      ReportInput reportInput = new ReportInput(settingsFile.gemeente().orElse(indicators.gemeente()[1]),
          period(reportDate, settingsFile), reportDate, k, indicators.rows(), indicators.skipped(), result.quality(), result.reports(),
          settingsFile.targets(), manifest.provenance(), VersionInfo.leaVersion(), indicators.protection());
      // The three outputs are independent: they are written side by side, each PDF with fonts of
      // its own (a font tracks the glyphs its document uses).
      CompletableFuture<Void> workbook = writeAside("indicatoren.xlsx",
          () -> IndicatorWorkbook.write(run.path().resolve("indicatoren.xlsx"), indicators.rows(), result.quality(), k));
      CompletableFuture<Void> neighbourhood = writeAside("wijkvergelijking.pdf",
          () -> new NeighbourhoodReport(reportInput).write(run.path().resolve("wijkvergelijking.pdf"), new ReportFonts()));
      new EvaluationReport(reportInput).write(run.path().resolve("rapport.pdf"), new ReportFonts());
      try {
        CompletableFuture.allOf(workbook, neighbourhood).join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      LOG.info("Rapporten geschreven: rapport.pdf, wijkvergelijking.pdf en indicatoren.xlsx ({} ms)", elapsedMillis(started));
      manifest.phase("rapporten", elapsedMillis(started));
      manifest.write(run.path().resolve("manifest.json"));
      Path published = run.publish();
      LOG.info("Gepubliceerd: {} ({} bestanden ingelezen, {} indicatorrijen) via {}; afgekeurde regels{} in {}{}", published,
          result.quality().size(), indicators.rows().size(), out.resolve("latest"), lakeLocation.isEmpty() ? " en lake" : "",
          out.resolve(RunFolder.INTERNAL).resolve("latest"), lakeLocation.map(l -> "; lake in " + l).orElse(""));
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
    return CompletableFuture.runAsync(() -> {
      try {
        writer.write();
      } catch (IOException e) {
        throw new UncheckedIOException(name + " kon niet geschreven worden", e);
      }
    });
  }

  /** Returns the folder under which each run writes its lake, as a URI ending in a slash; a plain path is a local folder. */
  static URI lakeRoot(String location) {
    try {
      URI root = EngineFactory.URI_SCHEME.matcher(location).matches() ? new URI(location) : Path.of(location).toAbsolutePath().toUri();
      return root.getPath() != null && root.getPath().endsWith("/") ? root : new URI(root + "/");
    } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
      throw new ConfigurationException("--lake " + location + " is geen geldig adres: " + e.getMessage()
          + ". Geef een map of een adres als hdfs://namenode/lea/lake.");
    }
  }

  /** Returns the period label: from --periode (2025-najaar) or derived from the rapportagedatum. */
  private String period(LocalDate reportDate, LeaConfig settingsFile) {
    String given = periode != null ? periode : settingsFile.period().orElse(null);
    if (given == null) {
      return ReportInput.periodOf(reportDate);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(voorjaar|najaar)").matcher(given.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new ConfigurationException("--periode moet de vorm 2025-voorjaar of 2025-najaar hebben, niet '" + given + "'.");
    }
    return m.group(2) + " " + m.group(1);
  }

  private static long elapsedMillis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
