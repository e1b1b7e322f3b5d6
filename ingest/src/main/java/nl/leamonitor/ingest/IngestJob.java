package nl.leamonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.RecordChunker;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.StagingWriter;
import nl.leamonitor.ingest.quality.DataQualityWriter;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.RowValidator;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.Validators;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests a delivery folder into a run's {@link OutputFolders}: validates and pseudonymises every
 * file as a stream (staging in the internal folder's {@code .werk/}, which the caller removes),
 * writes rejected rows to {@code afgekeurd/} and builds the Parquet lake under {@code lake/}, both
 * in the internal folder and readable by the owner only, and writes {@code datakwaliteit.csv}
 * into the publication. Every file problem is collected before the run fails, so a partner sees
 * all of them at once.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
  private static final long PROGRESS_EVERY = 250_000;
  private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");

  private static final long PROGRESS_STEP = 50_000;
  /** Records per chunk of parallel parsing and validation: big enough to amortise hand-over, small enough for progress. */
  private static final int BATCH_ROWS = 10_000;
  /** Parsing and validation threads: every core, while the calling thread cuts chunks and writes. */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Receives progress while a file is read: its name, rows so far and rows per second. */
  @FunctionalInterface
  public interface Progress {
    void rows(String file, long rows, double perSecond);

    /** Reports nothing; the log still says what was read. */
    Progress NONE = (file, rows, perSecond) -> { };
  }

  private final IngestSettings settings;
  private final Progress progress;

  public IngestJob(IngestSettings settings) {
    this(settings, Progress.NONE);
  }

  /** Creates a job that reports reading progress, e.g. to a terminal. */
  public IngestJob(IngestSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Runs ingest; throws {@link InputRejectedException} when the delivery may not be published. */
  public IngestResult run(DeliveryFolder folder, OutputFolders out) throws IOException {
    OwnerOnly.createDirectories(out.internal());
    Path work = OwnerOnly.createDirectories(out.work());
    Validation validation = validate(folder, out.rejects(), work);
    if (!validation.problems().isEmpty()) {
      throw new InputRejectedException(validation.problems());
    }
    List<FileReport> reports = validation.reports();
    Map<Dataset, StagingWriter> staging = validation.staging();
    Map<Dataset, RowValidator> lakeSchemas = validation.lakeSchemas();
    Path lake = out.lake();
    List<FileQuality> quality = buildLake(reports, staging, lakeSchemas, lake, work);
    // DuckDB made the partition folders and Parquet files with its own modes, inside the owner's folder.
    OwnerOnly.restrictTree(lake);
    DataQualityWriter.write(out.dataQuality(), quality);
    long read = quality.stream().mapToLong(FileQuality::read).sum();
    long rejected = quality.stream().mapToLong(FileQuality::rejected).sum();
    long duplicates = quality.stream().mapToLong(FileQuality::duplicates).sum();
    LOG.info("Ingest klaar: {} bestanden, {} regels gelezen, {} afgekeurd, {} duplicaten; lake in {}",
        quality.size(), read, rejected, duplicates, lake);
    return new IngestResult(lake.toAbsolutePath().toUri(), quality, reports, folder.ignored());
  }

  /**
   * What checking a delivery found without publishing anything: what reading each file found,
   * and the problems that would stop a run (empty when a run would go ahead).
   *
   * @param reports per file read, the dialect, counts and reject reasons
   * @param problems the file problems and reject shares over the limit
   */
  public record Check(List<FileReport> reports, List<FileProblem> problems) {}

  /**
   * Reads and validates every file as a run would, writing rejects to {@code afgekeurd/} under
   * {@code outDir} (readable by the owner only, as in a run), but builds no lake; duplicates are
   * only known to a run.
   */
  public Check check(DeliveryFolder folder, Path outDir) throws IOException {
    Path rejects = outDir.resolve("afgekeurd");
    Validation validation = validate(folder, rejects, null);
    // Also the files an earlier check left there.
    OwnerOnly.restrictTree(rejects);
    return new Check(validation.reports(), validation.problems());
  }

  private record Validation(List<FileReport> reports, List<FileProblem> problems, Map<Dataset, StagingWriter> staging,
      Map<Dataset, RowValidator> lakeSchemas) {}

  /** Validates every file; accepted rows are staged in {@code work} for the lake, or not at all when it is null. */
  private Validation validate(DeliveryFolder folder, Path rejects, Path work) throws IOException {
    WijkLookup wijken = new WijkLookup();
    List<FileProblem> problems = new ArrayList<>();
    List<FileReport> reports = new ArrayList<>();
    Map<Dataset, StagingWriter> staging = new EnumMap<>(Dataset.class);
    Map<Dataset, RowValidator> lakeSchemas = new EnumMap<>(Dataset.class);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "lea-valideren");
      t.setDaemon(true);
      return t;
    });
    try {
      boolean referencesDone = false;
      for (DeliveryFile file : folder.allFiles()) {
        if (file.dataset().personal() && !referencesDone) {
          referencesDone = true;
          if (!problems.isEmpty()) {
            break; // without sound reference data every personal row would be judged wrongly
          }
        }
        try {
          FileReport report = readFile(file, wijken, rejects, work, staging, lakeSchemas, pool);
          reports.add(report);
          tooManyRejects(report, settings.maxRejectShare()).ifPresent(problems::add);
        } catch (InputRejectedException e) {
          problems.addAll(e.problems());
        }
      }
    } finally {
      pool.shutdownNow();
      for (StagingWriter w : staging.values()) {
        w.close();
      }
    }
    return new Validation(reports, problems, staging, lakeSchemas);
  }

  private FileReport readFile(DeliveryFile file, WijkLookup wijken, Path rejectsDir, Path work,
      Map<Dataset, StagingWriter> staging, Map<Dataset, RowValidator> lakeSchemas, ExecutorService pool) throws IOException {
    CsvDialect dialect = DialectDetector.detect(file, file.name());
    LOG.info("Lezen: {} ({}, dialect {})", file.name(), file.dataset().lakeName(), dialect.describe());
    long started = System.nanoTime();
    RejectTally tally = new RejectTally();
    long read = 0;
    try (RecordChunker chunker = new RecordChunker(CsvRowReader.openText(file.open(), dialect), dialect.delimiter(), file.name())) {
      List<String> rawHeader = headerOf(chunker, file.name(), dialect);
      Header header = new Header(file.name(), rawHeader);
      RowValidator validator = Validators.forFile(file.dataset(), header, wijken, settings.key());
      Validators.checkColumns(file.name(), file.dataset(), header, validator);
      lakeSchemas.putIfAbsent(file.dataset(), validator);
      StagingWriter stage = staging.get(file.dataset());
      if (stage == null && work != null) {
        stage = new StagingWriter(work.resolve(file.dataset().lakeName() + ".csv"), validator.lakeColumns());
        staging.put(file.dataset(), stage);
      }
      try (RejectWriter rejects = new RejectWriter(rejectsDir.resolve(file.name()),
          Validators.rejectColumns(file.dataset(), header, validator))) {
        Batches batches = new Batches(pool, ThreadLocal.withInitial(() -> Validators.forFile(file.dataset(), header, wijken, settings.key())),
            header, file.name(), dialect, stage != null);
        while (true) {
          RecordChunker.Chunk chunk;
          InputRejectedException tooLong = null;
          try {
            chunk = chunker.next(BATCH_ROWS);
          } catch (InputRejectedException e) {
            tooLong = e; // the rows before it still get their verdict in afgekeurd/
            chunk = null;
          }
          if (chunk != null) {
            batches.submit(chunk);
          }
          for (Staged done : chunk == null ? batches.drain() : batches.ready()) {
            long before = read;
            read += done.batch().accepted().size() + done.batch().rejected().size();
            if (stage != null) {
              stage.append(done.records(), done.batch().accepted().size());
            }
            for (ValidatedBatch.Rejected r : done.batch().rejected()) {
              rejects.write(r.line(), r.reason(), r.fields());
              tally.add(r.reason().reason(), r.line());
            }
            if (done.broken() != null) {
              // A serial parse stops at the broken record: the rows before it have their verdict
              // in afgekeurd/, what the chunks after it found is dropped.
              batches.cancel();
              throw done.broken();
            }
            if (read / PROGRESS_STEP != before / PROGRESS_STEP) {
              progress.rows(file.name(), read, read / Math.max(1e-9, (System.nanoTime() - started) / 1e9));
            }
            if (read / PROGRESS_EVERY != before / PROGRESS_EVERY) {
              double seconds = (System.nanoTime() - started) / 1e9;
              LOG.info("{}: {} regels gelezen ({} regels/s)", file.name(), read, Math.round(read / seconds));
            }
          }
          if (chunk == null) {
            if (tooLong != null) {
              throw tooLong;
            }
            break;
          }
        }
      }
    }
    FileReport report = tally.report(file.name(), file.dataset(), dialect, read);
    logRead(report);
    return report;
  }

  /** Reads the header: the first record that is not blank, as a serial {@link CsvRowReader} finds it. */
  private static List<String> headerOf(RecordChunker chunker, String name, CsvDialect dialect) throws IOException {
    for (RecordChunker.Chunk chunk = chunker.next(1); chunk != null; chunk = chunker.next(1)) {
      try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, name, dialect)) {
        RawRow first = reader.next();
        if (first != null) {
          return first.fields();
        }
      }
    }
    throw CsvRowReader.noHeader(name);
  }

  /** Returns the file problem of a file whose reject share is over the limit. */
  public static java.util.Optional<FileProblem> tooManyRejects(FileReport report, double maxShare) {
    if (report.rejectShare() <= maxShare) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new FileProblem(report.file(), 0, null,
        String.format(DUTCH, "%d van de %d regels afgekeurd (%.1f %%), meer dan de grens van %.1f %%",
            report.rejected(), report.read(), 100 * report.rejectShare(), 100 * maxShare),
        "Bekijk afgekeurd/" + report.file() + " (kolommen regelnummer, reden, kolom), verbeter de export en lever opnieuw aan."));
  }

  /** Logs what reading a file found, the same line for every engine. */
  public static void logRead(FileReport report) {
    LOG.info("{}: {} regels gelezen, {} afgekeurd{}", report.file(), report.read(), report.rejected(), describe(report.reasons()));
  }

  private static String describe(Map<RejectReason, Long> reasons) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    reasons.forEach((reason, count) -> text.append(text.length() > 2 ? ", " : "").append(reason.code()).append(": ").append(count));
    return text.append(')').toString();
  }

  private List<FileQuality> buildLake(List<FileReport> reports, Map<Dataset, StagingWriter> staging,
      Map<Dataset, RowValidator> lakeSchemas, Path lake, Path work) throws IOException {
    Map<String, LakeBuilder.FileCounts> counts = new java.util.HashMap<>();
    try (LakeBuilder builder = new LakeBuilder(work.resolve("duckdb"), settings.memoryLimit())) {
      for (Map.Entry<Dataset, StagingWriter> e : staging.entrySet()) {
        Dataset dataset = e.getKey();
        Path target = dataset.personal()
            ? lake.resolve(dataset.lakeName())
            : lake.resolve("referentie").resolve(dataset.lakeName() + ".parquet");
        OwnerOnly.createDirectories(target.getParent());
        LOG.info("Lake: {} ({} regels) naar Parquet", dataset.lakeName(), e.getValue().rows());
        counts.putAll(builder.build(dataset, lakeSchemas.get(dataset).lakeColumns(), e.getValue().file(), target));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("het bouwen van de Parquet-lake is mislukt: " + e.getMessage(), e);
    }
    return reconcile(reports, counts);
  }

  /**
   * Returns datakwaliteit's rows: per file read, what the lake kept, the duplicates and rejects
   * and the rows outside the gemeente, in byte order of the file names.
   */
  public static List<FileQuality> reconcile(List<FileReport> reports, Map<String, LakeBuilder.FileCounts> counts) {
    List<FileQuality> quality = new ArrayList<>();
    for (FileReport r : reports) {
      LakeBuilder.FileCounts c = counts.getOrDefault(r.file(), new LakeBuilder.FileCounts(0, 0));
      long staged = r.read() - r.rejected();
      quality.add(new FileQuality(r.file(), r.dataset(), r.read(), staged - c.duplicates(), c.duplicates(),
          r.rejected(), c.outsideGemeente()));
    }
    quality.sort(Comparator.comparing(FileQuality::file, DeliveryFolder.BYTE_ORDER));
    return quality;
  }

  /**
   * A validated chunk with its staging records (empty when nothing is staged), and the CSV
   * problem that ended it early, if any (the batch then holds the records before it).
   */
  private record Staged(ValidatedBatch batch, String records, InputRejectedException broken) {}

  /**
   * Validates a file's batches on the pool while the calling thread reads the next ones, and
   * hands them back in file order, so staging and reject files come out the same as on one
   * thread. At most {@code 2 x threads} batches are in flight, which bounds memory.
   */
  private static final class Batches {
    private final ExecutorService pool;
    private final ThreadLocal<RowValidator> validators;
    private final Header header;
    private final String file;
    private final CsvDialect dialect;
    private final boolean staged;
    private final ArrayDeque<Future<Staged>> inFlight = new ArrayDeque<>();
    private final int limit;

    Batches(ExecutorService pool, ThreadLocal<RowValidator> validators, Header header, String file, CsvDialect dialect,
        boolean staged) {
      this.pool = pool;
      this.validators = validators;
      this.header = header;
      this.file = file;
      this.dialect = dialect;
      this.staged = staged;
      this.limit = 2 * THREADS;
    }

    /** Parses and validates a chunk of records on the pool. */
    void submit(RecordChunker.Chunk chunk) {
      inFlight.add(pool.submit(() -> {
        List<RawRow> rows = new ArrayList<>(BATCH_ROWS);
        InputRejectedException broken = null;
        try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, file, dialect)) {
          for (RawRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
          }
        } catch (InputRejectedException e) {
          broken = e;
        }
        ValidatedBatch batch = ValidatedBatch.of(header, validators.get(), rows);
        return new Staged(batch, staged ? StagingWriter.format(file, batch.accepted()) : "", broken);
      }));
    }

    /** Drops the batches still in flight (after a broken record). */
    void cancel() {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
    }

    /** Returns the finished batches at the head of the queue, waiting only while too many are in flight. */
    List<Staged> ready() {
      List<Staged> done = new ArrayList<>();
      while (!inFlight.isEmpty() && (inFlight.size() > limit || inFlight.peek().isDone())) {
        done.add(take());
      }
      return done;
    }

    /** Waits for every batch still in flight. */
    List<Staged> drain() {
      List<Staged> done = new ArrayList<>();
      while (!inFlight.isEmpty()) {
        done.add(take());
      }
      return done;
    }

    private Staged take() {
      try {
        return inFlight.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("inlezen onderbroken", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
