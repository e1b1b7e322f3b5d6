package nl.leamonitor.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.FileBatches;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.PartExecutor;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RecordSplitter;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RowValidator;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.Validators;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest's parts on Spark, for {@link IngestJob}'s plan. Reference files are small and read on
 * the driver (they make the wijk lookup that every task needs); personal files are cut into parts
 * at record boundaries and each part is read by a task ({@link ReadPart}) with the {@code ingest}
 * module's own reader and validators. Tasks emit accepted rows, masked rejects and counts, staged
 * as Parquet so the files are read once; the driver writes the rejects ({@link StagedRejects}), and
 * each dataset goes to the lake with the same {@code sql/lake/} files as DuckDB's ({@link
 * SparkLakeWriter}).
 *
 * <p>The delivery folder must be readable by the driver and, at the same address, by the executors:
 * a Hadoop file system ({@code hdfs:}, {@code s3a:}) or a shared mount in a cluster, the local disk
 * in {@code local[*]}. The lake, and the staged task output on its way there, go to the lake's
 * location, which is likewise a Hadoop address.
 */
final class SparkPartExecutor implements PartExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(SparkPartExecutor.class);
  private static final int BATCH_ROWS = 10_000;

  private final SparkSession spark;
  private final Optional<PseudonymKey> key;
  private final HadoopSettings hadoop;
  private final long partBytes;
  private final FileSystem lakeFs;
  private final org.apache.hadoop.fs.Path staging;

  /**
   * Accepted rows of reference files, read on the driver, until they are staged with the tasks'
   * output.
   */
  private final List<Row> driverRows = new ArrayList<>();

  private boolean staged;

  private SparkPartExecutor(
      SparkSession spark,
      Optional<PseudonymKey> key,
      HadoopSettings hadoop,
      long partBytes,
      FileSystem lakeFs,
      org.apache.hadoop.fs.Path staging) {
    this.spark = spark;
    this.key = key;
    this.hadoop = hadoop;
    this.partBytes = partBytes;
    this.lakeFs = lakeFs;
    this.staging = staging;
  }

  /**
   * Creates an executor that reads personal files in parts of about {@code partBytes} bytes, each
   * part a task, and writes the lake into {@code lake}'s root, which must not exist yet.
   */
  static SparkPartExecutor open(
      SparkSession spark,
      Optional<PseudonymKey> key,
      HadoopSettings hadoop,
      long partBytes,
      LakeLayout lake)
      throws IOException {
    org.apache.hadoop.fs.Path lakePath = new org.apache.hadoop.fs.Path(lake.root());
    FileSystem lakeFs = lakePath.getFileSystem(hadoop.configuration());
    if (lakeFs.exists(lakePath)) {
      throw new ConfigurationException(
          "De lake-map "
              + lake.root()
              + " bestaat al; een run schrijft zijn lake in een"
              + " nieuwe map. Kies met --lake een andere map of verplaats de oude.");
    }
    // Not "_werk": Spark's reader skips paths that start with '_' or '.', and says so in a warning.
    return new SparkPartExecutor(
        spark,
        key,
        hadoop,
        partBytes,
        lakeFs,
        new org.apache.hadoop.fs.Path(lakePath, "spark-werk"));
  }

  /** What the driver knows of a personal file before its rows are read. */
  private record Opened(
      DeliveryFile file,
      CsvDialect dialect,
      List<String> rawHeader,
      RejectColumns rejectColumns,
      List<LakeColumn> lakeColumns) {}

  @Override
  public List<FileRead> read(List<DeliveryFile> files, WijkLookup wijken, Path rejects)
      throws IOException {
    Map<String, FileRead> reads = new HashMap<>();
    Map<String, Opened> opened = new LinkedHashMap<>();
    List<ReadPart.Part> parts = new ArrayList<>();
    for (DeliveryFile file : files) {
      try {
        if (!file.dataset().personal()) {
          reads.put(file.name(), readOnDriver(file, wijken, rejects));
          continue;
        }
        Opened o = open(file, wijken);
        opened.put(file.name(), o);
        for (RecordSplitter.Part part : RecordSplitter.split(file.open(), o.dialect(), partBytes)) {
          parts.add(
              new ReadPart.Part(
                  file.name(),
                  file.uri().toString(),
                  file.dataset(),
                  o.dialect().delimiter(),
                  o.dialect().charset().name(),
                  o.dialect().byteOrderMark(),
                  o.dialect().separatorLine(),
                  part,
                  part.start() == 0 ? null : new ArrayList<>(o.rawHeader())));
        }
      } catch (InputRejectedException e) {
        reads.put(file.name(), FileRead.stopped(file, e.problems()));
      }
    }
    if (!opened.isEmpty()) {
      reads.putAll(readInTasks(parts, opened, wijken, rejects));
    }
    return files.stream().map(f -> reads.get(f.name())).toList();
  }

  /** Reads a reference file on the driver, through the same reader and validators as the tasks. */
  private FileRead readOnDriver(DeliveryFile file, WijkLookup wijken, Path rejectsDir)
      throws IOException {
    CsvDialect dialect = dialectOf(file);
    RejectTally tally = new RejectTally();
    try (FileBatches batches =
            new FileBatches(
                file.open(), file.name(), file.dataset(), dialect, wijken, key, BATCH_ROWS);
        RejectWriter writer =
            new RejectWriter(rejectsDir.resolve(file.name()), batches.rejectColumns(), dialect)) {
      while (batches.hasNext()) {
        ValidatedBatch batch = batches.next();
        batch
            .accepted()
            .forEach(a -> driverRows.add(ReadPart.accepted(file.dataset(), file.name(), a)));
        for (ValidatedBatch.Rejected r : batch.rejected()) {
          writer.write(r.line(), r.reason(), r.fields());
          tally.add(r.reason().reason(), r.line());
        }
      }
      FileReport report = tally.report(file.name(), file.dataset(), dialect, batches.read());
      IngestJob.logRead(report);
      return FileRead.read(file, report, batches.validator().lakeColumns());
    }
  }

  /**
   * Detects a personal file's dialect and checks its header on the driver, so header problems and a
   * missing key are found before any task runs.
   */
  private Opened open(DeliveryFile file, WijkLookup wijken) throws IOException {
    CsvDialect dialect = dialectOf(file);
    try (CsvRowReader reader = new CsvRowReader(file.open(), file.name(), dialect)) {
      Header header = new Header(file.name(), reader.header(), reader.headerLine(), dialect);
      RowValidator validator = Validators.forFile(file.dataset(), header, wijken, key);
      Validators.checkColumns(file.name(), file.dataset(), header, validator);
      return new Opened(
          file,
          dialect,
          reader.header(),
          Validators.rejectColumns(file.dataset(), header, validator),
          validator.lakeColumns());
    }
  }

  /** Detects a file's dialect on the driver (wherever the file is) and says it is being read. */
  private static CsvDialect dialectOf(DeliveryFile file) {
    CsvDialect dialect = DialectDetector.detect(file, file.name());
    LOG.info(
        "Lezen: {} ({}, dialect {})", file.name(), file.dataset().lakeName(), dialect.describe());
    return dialect;
  }

  /**
   * Reads the personal files' parts in one pass of Spark tasks, stages what they found and writes
   * their rejects.
   */
  private Map<String, FileRead> readInTasks(
      List<ReadPart.Part> parts, Map<String, Opened> opened, WijkLookup wijken, Path rejects) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<WijkLookup> lookup = context.broadcast(wijken);
    LOG.info(
        "Spark: {} persoonsbestanden in {} taken inlezen (delen van ongeveer {})",
        opened.size(),
        parts.size(),
        partBytes >= 1 << 20 ? (partBytes >> 20) + " MB" : (partBytes >> 10) + " kB");
    stage(
        spark.createDataFrame(
            context
                .parallelize(parts, Math.max(1, parts.size()))
                .flatMap(new ReadPart(lookup, key, hadoop))
                .rdd(),
            ReadPart.RECORDS));

    Map<String, List<FileProblem>> problems = new HashMap<>();
    for (Row r :
        spark
            .sql(
                "SELECT bestand, regelnummer, reden, kolom, waarden FROM ingest_records WHERE soort"
                    + " = 'P' ORDER BY bestand, regelnummer")
            .collectAsList()) {
      List<String> advice = r.getList(4);
      problems
          .computeIfAbsent(r.getString(0), f -> new ArrayList<>())
          .add(
              new FileProblem(
                  r.getString(0),
                  r.getLong(1),
                  r.isNullAt(3) ? null : r.getString(3),
                  r.getString(2),
                  advice.isEmpty() ? "" : advice.get(0)));
    }
    // Rows read per file: the sum over its parts, for files read to the end (a file with a
    // broken record has a problem instead, and its rejects stop before that record).
    Map<String, Long> read = new HashMap<>();
    for (Row r :
        spark
            .sql(
                "SELECT bestand, SUM(regelnummer) FROM ingest_records WHERE soort = 'N'"
                    + " GROUP BY bestand")
            .collectAsList()) {
      read.put(r.getString(0), r.getLong(1));
    }
    Map<String, RejectWriter> writers = new HashMap<>();
    opened.forEach(
        (name, o) ->
            writers.put(
                name, new RejectWriter(rejects.resolve(name), o.rejectColumns(), o.dialect())));
    Map<String, RejectTally> tallies = StagedRejects.write(spark, writers);
    Map<String, FileRead> reads = new HashMap<>();
    for (Opened o : opened.values()) {
      String name = o.file().name();
      if (problems.containsKey(name)) {
        reads.put(name, FileRead.stopped(o.file(), problems.get(name)));
      } else {
        FileReport report =
            tallies
                .getOrDefault(name, new RejectTally())
                .report(name, o.file().dataset(), o.dialect(), read.getOrDefault(name, 0L));
        IngestJob.logRead(report);
        reads.put(name, FileRead.read(o.file(), report, o.lakeColumns()));
      }
    }
    return reads;
  }

  /**
   * Stages records, with the reference rows read on the driver so far, and shows all that is staged
   * as {@code ingest_records}.
   */
  private void stage(org.apache.spark.sql.Dataset<Row> records) {
    records
        .union(spark.createDataFrame(driverRows, ReadPart.RECORDS))
        .write()
        .mode(staged ? SaveMode.Append : SaveMode.Overwrite)
        // No dictionaries: nearly every staged value (a pseudonym, a date) is new, so Parquet built
        // a dictionary per column chunk only to give it up.
        .option("parquet.enable.dictionary", "false")
        // By kind and dataset: each dataset's lake reads only its own accepted rows.
        .partitionBy("soort", "dataset")
        .parquet(staging.toString());
    driverRows.clear();
    staged = true;
    spark.read().parquet(staging.toString()).createOrReplaceTempView("ingest_records");
  }

  /**
   * Writes one dataset to the lake from the staged records, with DuckDB's duplicate rules
   * (sql/lake/).
   */
  @Override
  public Map<String, LakeBuilder.FileCounts> writeDataset(
      Dataset dataset, List<LakeColumn> columns, LakeLayout lake) {
    if (!staged || !driverRows.isEmpty()) {
      stage(spark.createDataFrame(List.of(), ReadPart.RECORDS));
    }
    return new SparkLakeWriter(spark, duplicates()).write(dataset, columns, lake);
  }

  @Override
  public String where() {
    return " (Spark)";
  }

  /** Where the lake writer puts each dataset's duplicates, beside the staged records. */
  private org.apache.hadoop.fs.Path duplicates() {
    return new org.apache.hadoop.fs.Path(staging.getParent(), "spark-dubbele-rijen");
  }

  /** Removes the staged records and the duplicates. */
  @Override
  public void close() throws IOException {
    lakeFs.delete(staging, true);
    lakeFs.delete(duplicates(), true);
  }
}
