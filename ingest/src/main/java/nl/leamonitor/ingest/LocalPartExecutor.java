package nl.leamonitor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.csv.RecordChunker;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.lake.StagingWriter;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RowValidator;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.Validators;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest's parts on this machine: each file is read as a stream and cut into chunks of records
 * that a thread pool parses and validates while the calling thread writes, in file order, the
 * rejects and staging CSVs per dataset (one per partition, in the run's {@code .werk/}, which the
 * caller removes); embedded DuckDB turns each staging file into its place in the lake ({@link
 * LakeBuilder}).
 */
public final class LocalPartExecutor implements PartExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(LocalPartExecutor.class);
  private static final long PROGRESS_EVERY = 250_000;
  private static final long PROGRESS_STEP = 50_000;

  /** Records per chunk: big enough to amortise hand-over, small enough for progress. */
  private static final int BATCH_ROWS = 10_000;

  /**
   * Parsing and validation threads: every core, while the calling thread cuts chunks and writes.
   */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final IngestSettings settings;
  private final IngestJob.Progress progress;
  private final Path work;
  private final ExecutorService pool;
  private final Map<Dataset, StagingWriter> staging = new EnumMap<>(Dataset.class);
  private LakeBuilder builder;

  private LocalPartExecutor(IngestSettings settings, IngestJob.Progress progress, Path work) {
    this.settings = settings;
    this.progress = progress;
    this.work = work;
    this.pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "lea-valideren");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Creates an executor that stages accepted rows in {@code work} (created readable by the owner
   * only).
   */
  public static LocalPartExecutor forRun(
      IngestSettings settings, IngestJob.Progress progress, Path work) throws IOException {
    return new LocalPartExecutor(settings, progress, OwnerOnly.createDirectories(work));
  }

  /** Creates an executor that only validates: it stages nothing and writes no lake. */
  public static LocalPartExecutor checkOnly(IngestSettings settings) {
    return new LocalPartExecutor(settings, IngestJob.Progress.NONE, null);
  }

  @Override
  public List<FileRead> read(List<DeliveryFile> files, WijkLookup wijken, Path rejects)
      throws IOException {
    List<FileRead> reads = new ArrayList<>();
    for (DeliveryFile file : files) {
      try {
        reads.add(readFile(file, wijken, rejects));
      } catch (InputRejectedException e) {
        reads.add(FileRead.stopped(file, e.problems()));
      }
    }
    return reads;
  }

  private FileRead readFile(DeliveryFile file, WijkLookup wijken, Path rejectsDir)
      throws IOException {
    CsvDialect dialect = DialectDetector.detect(file, file.name());
    LOG.info(
        "Lezen: {} ({}, dialect {})", file.name(), file.dataset().lakeName(), dialect.describe());
    long started = System.nanoTime();
    RejectTally tally = new RejectTally();
    java.util.SortedMap<nl.leamonitor.ingest.values.Schooljaar, Long> perSchooljaar =
        new java.util.TreeMap<>();
    long read = 0;
    RowValidator validator;
    try (RecordChunker chunker =
        new RecordChunker(
            CsvRowReader.openText(file.open(), dialect), dialect.delimiter(), file.name())) {
      RawRow headerRecord = headerOf(chunker, file.name(), dialect);
      Header header = new Header(file.name(), headerRecord.fields(), headerRecord.line(), dialect);
      validator = Validators.forFile(file.dataset(), header, wijken, settings.key());
      Validators.checkColumns(file.name(), file.dataset(), header, validator);
      // A personal dataset's lake columns hold the row's schooljaar (thuiszitters: the year its
      // case
      // starts in), counted per schooljaar for the warning that a year's rows fell by half.
      List<String> lakeNames = validator.lakeColumns().stream().map(c -> c.name()).toList();
      int schooljaar = lakeNames.indexOf("schooljaar");
      // Personal datasets are staged per partition; rows without a wijk are counted per file.
      int partition =
          file.dataset().personal() ? lakeNames.indexOf(LakeLayout.PARTITION_COLUMN) : -1;
      int wijk = file.dataset().locatedByPostcode() ? lakeNames.indexOf("wijk_code") : -1;
      StagingWriter stage = staging.get(file.dataset());
      if (stage == null && work != null) {
        stage =
            new StagingWriter(
                work.resolve("staging"), file.dataset().lakeName(), validator.lakeColumns());
        staging.put(file.dataset(), stage);
      }
      try (RejectWriter rejects =
          new RejectWriter(
              rejectsDir.resolve(file.name()),
              Validators.rejectColumns(file.dataset(), header, validator),
              dialect)) {
        Batches batches =
            new Batches(
                pool,
                ThreadLocal.withInitial(
                    () -> Validators.forFile(file.dataset(), header, wijken, settings.key())),
                header,
                file.name(),
                dialect,
                stage != null,
                schooljaar,
                partition,
                wijk);
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
          // Reference files are validated one chunk at a time, in file order: the first row of a
          // key wins, and a postcode's earlier line is named when its wijk differs.
          boolean inOrder = chunk == null || !file.dataset().personal();
          for (Staged done : inOrder ? batches.drain() : batches.ready()) {
            long before = read;
            read += done.batch().accepted().size() + done.batch().rejected().size();
            if (stage != null) {
              stage.append(file.name(), done.records());
            }
            // counted on the pool, where the values are in the cache
            done.batch()
                .acceptedPerSchooljaar()
                .forEach((y, n) -> perSchooljaar.merge(y, n, Long::sum));
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
              progress.rows(
                  file.name(), read, read / Math.max(1e-9, (System.nanoTime() - started) / 1e9));
            }
            if (read / PROGRESS_EVERY != before / PROGRESS_EVERY) {
              double seconds = (System.nanoTime() - started) / 1e9;
              LOG.info(
                  "{}: {} regels gelezen ({} regels/s)",
                  file.name(),
                  read,
                  Math.round(read / seconds));
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
    FileReport report = tally.report(file.name(), file.dataset(), dialect, read, perSchooljaar);
    IngestJob.logRead(report);
    return FileRead.read(file, report, validator.lakeColumns());
  }

  /**
   * Reads the header: the first record that is not blank nor the {@code sep=} line, as a serial
   * {@link CsvRowReader} finds it.
   */
  private static RawRow headerOf(RecordChunker chunker, String name, CsvDialect dialect)
      throws IOException {
    for (RecordChunker.Chunk chunk = chunker.next(1); chunk != null; chunk = chunker.next(1)) {
      try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, name, dialect)) {
        RawRow first = reader.next();
        if (first != null && !dialect.isSeparatorLine(first)) {
          return first;
        }
      }
    }
    throw CsvRowReader.noHeader(name);
  }

  @Override
  public Map<String, LakeBuilder.FileCounts> writeDataset(
      Dataset dataset, List<LakeColumn> columns, LakeLayout lake) throws IOException {
    StagingWriter stage = staging.remove(dataset);
    stage.close();
    Path target = lake.path(dataset);
    OwnerOnly.createDirectories(target.getParent());
    LOG.info("Lake: {} ({} regels) naar Parquet", dataset.lakeName(), stage.rows());
    Map<String, LakeBuilder.FileCounts> counts;
    try {
      if (builder == null) {
        builder = new LakeBuilder(work.resolve("duckdb"), settings.memoryLimit());
      }
      counts = builder.build(dataset, columns, stage, target);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "het bouwen van de Parquet-lake is mislukt: " + e.getMessage(), e);
    }
    // The staged rows are in the lake now. Removed at once, not with the run's scratch folder at
    // its end: nationally they are 4 GB that the page cache otherwise keeps through the indicator
    // phase, whose spills and new memory then wait for pages to be reclaimed.
    for (Path file : stage.files().values()) {
      Files.deleteIfExists(file);
    }
    // DuckDB made the partition folders and Parquet files with its own modes, inside the owner's
    // folder.
    OwnerOnly.restrictTree(target);
    return counts;
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    for (StagingWriter w : staging.values()) {
      w.close();
    }
    staging.clear();
    if (builder != null) {
      try {
        builder.close();
      } catch (SQLException e) {
        throw new IOException("DuckDB kon niet gesloten worden: " + e.getMessage(), e);
      }
    }
  }

  /**
   * A validated chunk with its staging records (empty when nothing is staged), and the CSV problem
   * that ended it early, if any (the batch then holds the records before it).
   */
  private record Staged(
      ValidatedBatch batch, StagingWriter.Records records, InputRejectedException broken) {}

  /**
   * Validates a file's batches on the pool while the calling thread reads the next ones, and hands
   * them back in file order, so staging and reject files come out the same as on one thread. At
   * most {@code 2 x threads} batches are in flight, which bounds memory.
   */
  private static final class Batches {
    private final ExecutorService pool;
    private final ThreadLocal<RowValidator> validators;
    private final Header header;
    private final String file;
    private final CsvDialect dialect;
    private final boolean staged;
    private final int schooljaar;
    private final int partition;
    private final int wijk;
    private final ArrayDeque<Future<Staged>> inFlight = new ArrayDeque<>();
    private final int limit;

    Batches(
        ExecutorService pool,
        ThreadLocal<RowValidator> validators,
        Header header,
        String file,
        CsvDialect dialect,
        boolean staged,
        int schooljaar,
        int partition,
        int wijk) {
      this.pool = pool;
      this.validators = validators;
      this.header = header;
      this.file = file;
      this.dialect = dialect;
      this.staged = staged;
      this.schooljaar = schooljaar;
      this.partition = partition;
      this.wijk = wijk;
      this.limit = 2 * THREADS;
    }

    /** Parses and validates a chunk of records on the pool. */
    void submit(RecordChunker.Chunk chunk) {
      inFlight.add(
          pool.submit(
              () -> {
                // Each record is validated as soon as it is read, while its fields are in the
                // cache; a problem a validator throws (a reference file's) still ends the file.
                ValidatedBatch.Collector rows =
                    new ValidatedBatch.Collector(header, validators.get(), BATCH_ROWS, schooljaar);
                InputRejectedException broken = null;
                try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, file, dialect)) {
                  while (true) {
                    RawRow row;
                    try {
                      row = reader.next();
                    } catch (InputRejectedException e) {
                      broken = e;
                      break;
                    }
                    if (row == null) {
                      break;
                    }
                    rows.add(row);
                  }
                }
                ValidatedBatch batch = rows.batch();
                return new Staged(
                    batch,
                    staged
                        ? StagingWriter.format(file, batch.accepted(), partition, wijk)
                        : StagingWriter.Records.NONE,
                    broken);
              }));
    }

    /** Drops the batches still in flight (after a broken record). */
    void cancel() {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
    }

    /**
     * Returns the finished batches at the head of the queue, waiting only while too many are in
     * flight.
     */
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
