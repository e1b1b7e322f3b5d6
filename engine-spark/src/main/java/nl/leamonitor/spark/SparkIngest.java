package nl.leamonitor.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.FileBatches;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RecordSplitter;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.SqlResource;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.DataQualityWriter;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.RowValidator;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.Validators;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest on Spark. The reference files are small and read on the driver (they make the wijk
 * lookup that every task needs); each personal file is read by a Spark task with the
 * {@code ingest} module's own reader and validators ({@link FileBatches}), so there is one
 * definition of the contract. Tasks emit accepted rows, masked rejects and counts; the lake is
 * built with the same {@code sql/lake/} files as DuckDB's, and {@code datakwaliteit.csv} with the
 * same writer.
 *
 * <p>The delivery folder must be readable by the driver and, at the same address, by the
 * executors: a Hadoop file system ({@code hdfs:}, {@code s3a:}) or a shared mount in a cluster, the
 * local disk in {@code local[*]}. The lake, and the staged task output on its way there, go to
 * the lake's location, which is likewise a Hadoop address (by default the run's internal folder);
 * the small outputs are written by the driver: the rejects into the run's internal folder,
 * {@code datakwaliteit.csv} into its publication.
 */
final class SparkIngest {
  private static final Logger LOG = LoggerFactory.getLogger(SparkIngest.class);
  private static final int BATCH_ROWS = 10_000;

  /**
   * What the tasks emit: accepted rows (A: their lake values), rejects (R: the masked reject
   * record), a file's row count (N, in regelnummer) and file problems (P: line, column, problem
   * in reden, remedy in waarden).
   */
  static final StructType RECORDS = new StructType()
      .add("soort", DataTypes.StringType, false)
      .add("dataset", DataTypes.StringType, false)
      .add("bestand", DataTypes.StringType, false)
      .add("regelnummer", DataTypes.LongType, false)
      .add("waarden", DataTypes.createArrayType(DataTypes.StringType, true), true)
      .add("reden", DataTypes.StringType, true)
      .add("kolom", DataTypes.StringType, true);

  private final SparkSession spark;
  private final IngestSettings settings;
  private final HadoopSettings hadoop;
  private final long partBytes;

  /** Reads personal files in parts of about {@code partBytes} bytes, each part a task. */
  SparkIngest(SparkSession spark, IngestSettings settings, HadoopSettings hadoop, long partBytes) {
    this.spark = spark;
    this.settings = settings;
    this.hadoop = hadoop;
    this.partBytes = partBytes;
  }

  /**
   * A part of a personal file for a task: where the file is, how it is written, which bytes to
   * read (see {@link RecordSplitter}) and, for a part after the first, the header the driver read.
   */
  record FileTask(String name, String uri, Dataset dataset, char delimiter, String charset, boolean bom,
      RecordSplitter.Part part, ArrayList<String> header) implements Serializable {
    CsvDialect dialect() {
      return new CsvDialect(delimiter, java.nio.charset.Charset.forName(charset), bom);
    }
  }

  /** What the driver knows of a file before its rows are read. */
  private record Opened(CsvDialect dialect, List<String> rawHeader, RejectColumns rejectColumns) {}

  /** Ingests a delivery into a run's folders, with the lake at {@code lake} (a new folder). */
  IngestResult run(DeliveryFolder folder, OutputFolders out, URI lakeLocation) throws IOException {
    // A folder's URI ends in a slash, so that resolving a dataset's name goes into it.
    URI lake = lakeLocation.toString().endsWith("/") ? lakeLocation : URI.create(lakeLocation + "/");
    org.apache.hadoop.fs.Path lakePath = new org.apache.hadoop.fs.Path(lake);
    FileSystem lakeFs = lakePath.getFileSystem(hadoop.configuration());
    if (lakeFs.exists(lakePath)) {
      throw new ConfigurationException("De lake-map " + lake + " bestaat al; een run schrijft zijn lake in een nieuwe map."
          + " Kies met --lake een andere map of verplaats de oude.");
    }
    // Not "_werk": Spark's reader skips paths that start with '_' or '.', and says so in a warning.
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(lakePath, "spark-werk");
    try {
      return run(folder, out, lake, staging.toString());
    } finally {
      lakeFs.delete(staging, true);
    }
  }

  private IngestResult run(DeliveryFolder folder, OutputFolders out, URI lake, String staging) throws IOException {
    WijkLookup wijken = new WijkLookup();
    List<FileProblem> problems = new ArrayList<>();
    Map<Dataset, List<LakeColumn>> schemas = new EnumMap<>(Dataset.class);
    Map<String, FileReport> reports = new LinkedHashMap<>();
    List<Row> referenceRows = new ArrayList<>();

    for (DeliveryFile file : folder.allFiles()) {
      if (!file.dataset().personal()) {
        try {
          FileReport report = readOnDriver(file, wijken, out.rejects(), schemas, referenceRows);
          reports.put(file.name(), report);
          IngestJob.tooManyRejects(report, settings.maxRejectShare()).ifPresent(problems::add);
        } catch (InputRejectedException e) {
          problems.addAll(e.problems());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems); // without sound reference data every personal row would be judged wrongly
    }

    List<FileTask> tasks = new ArrayList<>();
    Map<String, Opened> opened = new HashMap<>();
    for (DeliveryFile file : folder.allFiles()) {
      if (file.dataset().personal()) {
        try {
          Opened o = open(file, wijken, schemas);
          opened.put(file.name(), o);
          for (RecordSplitter.Part part : RecordSplitter.split(file.open(), o.dialect(), partBytes)) {
            tasks.add(new FileTask(file.name(), file.uri().toString(), file.dataset(), o.dialect().delimiter(),
                o.dialect().charset().name(), o.dialect().byteOrderMark(), part,
                part.start() == 0 ? null : new ArrayList<>(o.rawHeader())));
          }
        } catch (InputRejectedException e) {
          problems.addAll(e.problems());
        }
      }
    }

    // One pass over the personal files in Spark tasks; the records are staged as Parquet, so
    // the files are read once whatever happens next.
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<WijkLookup> lookup = context.broadcast(wijken);
    LOG.info("Spark: {} persoonsbestanden in {} taken inlezen (delen van ongeveer {})", opened.size(), tasks.size(),
        partBytes >= 1 << 20 ? (partBytes >> 20) + " MB" : (partBytes >> 10) + " kB");
    org.apache.spark.sql.Dataset<Row> fromTasks = spark.createDataFrame(
        context.parallelize(tasks, Math.max(1, tasks.size())).flatMap(new ReadFile(lookup, settings.key(), hadoop)).rdd(), RECORDS);
    fromTasks.union(spark.createDataFrame(referenceRows, RECORDS))
        .write().mode(SaveMode.Overwrite).partitionBy("soort").parquet(staging);
    org.apache.spark.sql.Dataset<Row> records = spark.read().parquet(staging);
    records.createOrReplaceTempView("ingest_records");

    for (Row r : spark.sql("SELECT bestand, regelnummer, reden, kolom, waarden FROM ingest_records WHERE soort = 'P'"
        + " ORDER BY bestand, regelnummer").collectAsList()) {
      List<String> advice = r.getList(4);
      problems.add(new FileProblem(r.getString(0), r.getLong(1), r.isNullAt(3) ? null : r.getString(3), r.getString(2),
          advice.isEmpty() ? "" : advice.get(0)));
    }
    // Rows read per file: the sum over its parts, for files read to the end (a file with a
    // broken record has a problem instead, and its rejects stop before that record).
    Map<String, Long> read = new HashMap<>();
    for (Row r : spark.sql("SELECT bestand, SUM(regelnummer) FROM ingest_records WHERE soort = 'N'"
        + " AND bestand NOT IN (SELECT bestand FROM ingest_records WHERE soort = 'P') GROUP BY bestand").collectAsList()) {
      read.put(r.getString(0), r.getLong(1));
    }
    Map<String, RejectTally> rejects = writeRejects(out.rejects(), opened);
    for (DeliveryFile file : folder.allFiles()) {
      Opened o = opened.get(file.name());
      if (o != null && read.containsKey(file.name())) {
        FileReport report = rejects.getOrDefault(file.name(), new RejectTally())
            .report(file.name(), file.dataset(), o.dialect(), read.get(file.name()));
        IngestJob.logRead(report);
        reports.put(file.name(), report);
        IngestJob.tooManyRejects(report, settings.maxRejectShare()).ifPresent(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }

    Map<String, LakeBuilder.FileCounts> counts = new HashMap<>();
    for (Map.Entry<Dataset, List<LakeColumn>> e : schemas.entrySet()) {
      counts.putAll(buildLake(e.getKey(), e.getValue(), lake));
    }
    List<FileReport> ordered = new ArrayList<>(reports.values());
    List<FileQuality> quality = IngestJob.reconcile(ordered, counts);
    DataQualityWriter.write(out.dataQuality(), quality);
    LOG.info("Ingest klaar (Spark): {} bestanden, {} regels gelezen, {} afgekeurd, {} duplicaten; lake in {}",
        quality.size(), quality.stream().mapToLong(FileQuality::read).sum(),
        quality.stream().mapToLong(FileQuality::rejected).sum(), quality.stream().mapToLong(FileQuality::duplicates).sum(), lake);
    return new IngestResult(lake, quality, ordered, folder.ignored());
  }

  /** Reads a reference file on the driver, through the same reader and validators as the tasks. */
  private FileReport readOnDriver(DeliveryFile file, WijkLookup wijken, Path rejectsDir, Map<Dataset, List<LakeColumn>> schemas,
      List<Row> rows) throws IOException {
    CsvDialect dialect = dialectOf(file);
    RejectTally rej = new RejectTally();
    try (FileBatches batches = new FileBatches(file.open(), file.name(), file.dataset(), dialect,
        wijken, settings.key(), BATCH_ROWS);
        RejectWriter writer = new RejectWriter(rejectsDir.resolve(file.name()), batches.rejectColumns())) {
      schemas.putIfAbsent(file.dataset(), batches.validator().lakeColumns());
      while (batches.hasNext()) {
        ValidatedBatch batch = batches.next();
        batch.accepted().forEach(a -> rows.add(accepted(file.dataset(), file.name(), a)));
        for (ValidatedBatch.Rejected r : batch.rejected()) {
          writer.write(r.line(), r.reason(), r.fields());
          rej.add(r.reason().reason(), r.line());
        }
      }
      FileReport report = rej.report(file.name(), file.dataset(), dialect, batches.read());
      IngestJob.logRead(report);
      return report;
    }
  }

  /** Detects a personal file's dialect and checks its header on the driver, so header problems and a missing key are found before any task runs. */
  private Opened open(DeliveryFile file, WijkLookup wijken, Map<Dataset, List<LakeColumn>> schemas) throws IOException {
    CsvDialect dialect = dialectOf(file);
    try (CsvRowReader reader = new CsvRowReader(file.open(), file.name(), dialect)) {
      Header header = new Header(file.name(), reader.header());
      RowValidator validator = Validators.forFile(file.dataset(), header, wijken, settings.key());
      Validators.checkColumns(file.name(), file.dataset(), header, validator);
      schemas.putIfAbsent(file.dataset(), validator.lakeColumns());
      return new Opened(dialect, reader.header(), Validators.rejectColumns(file.dataset(), header, validator));
    }
  }

  /** Detects a file's dialect on the driver (wherever the file is) and says it is being read. */
  private static CsvDialect dialectOf(DeliveryFile file) {
    CsvDialect dialect = DialectDetector.detect(file, file.name());
    LOG.info("Lezen: {} ({}, dialect {})", file.name(), file.dataset().lakeName(), dialect.describe());
    return dialect;
  }

  /** Writes the personal files' rejects on the driver, in file and line order, as the tasks masked them. */
  private Map<String, RejectTally> writeRejects(Path rejectsDir, Map<String, Opened> opened) {
    Map<String, RejectTally> result = new HashMap<>();
    RejectWriter writer = null;
    String current = null;
    Iterator<Row> rows = spark.sql("SELECT r.bestand, r.regelnummer, r.reden, r.waarden FROM ingest_records r"
        + " LEFT JOIN (SELECT bestand, MIN(regelnummer) AS regel FROM ingest_records WHERE soort = 'P' GROUP BY bestand) p"
        + " ON p.bestand = r.bestand WHERE r.soort = 'R' AND (p.regel IS NULL OR r.regelnummer < p.regel)"
        + " ORDER BY r.bestand, r.regelnummer").toLocalIterator();
    try {
      while (rows.hasNext()) {
        Row r = rows.next();
        String file = r.getString(0);
        if (!file.equals(current)) {
          if (writer != null) {
            writer.close();
          }
          current = file;
          writer = new RejectWriter(rejectsDir.resolve(file), opened.get(file).rejectColumns());
        }
        List<String> record = r.getList(3);
        writer.writeRecord(record);
        result.computeIfAbsent(file, f -> new RejectTally()).add(RejectReason.valueOf(r.getString(2)), r.getLong(1));
      }
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("afgekeurde regels konden niet geschreven worden", e);
    }
    return result;
  }

  /** Builds one dataset of the lake from the staged records, with DuckDB's duplicate rules (sql/lake/). */
  private Map<String, LakeBuilder.FileCounts> buildLake(Dataset dataset, List<LakeColumn> columns, URI lake) {
    StringBuilder select = new StringBuilder("SELECT bestand, regelnummer");
    for (int i = 0; i < columns.size(); i++) {
      select.append(", CAST(waarden[").append(i).append("] AS ").append(sparkType(columns.get(i))).append(") AS ")
          .append(columns.get(i).name());
    }
    select.append(" FROM ingest_records WHERE soort = 'A' AND dataset = '").append(dataset.name()).append("'");
    spark.sql(select.toString()).createOrReplaceTempView("staged_rows");
    org.apache.spark.sql.Dataset<Row> ranked = spark.sql(LakeBuilder.markDuplicates(dataset)).persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
    ranked.createOrReplaceTempView("ranked_rows");
    Map<String, LakeBuilder.FileCounts> counts = new HashMap<>();
    for (Row r : spark.sql(SqlResource.load("sql/lake/file_counts.sql")).collectAsList()) {
      counts.put(r.getString(0), new LakeBuilder.FileCounts(r.getLong(1), r.getLong(2)));
    }
    String names = columns.stream().map(LakeColumn::name).collect(Collectors.joining(", "));
    org.apache.spark.sql.Dataset<Row> kept = spark.sql("SELECT bestand, regelnummer, " + names
        + " FROM ranked_rows WHERE NOT is_duplicaat");
    LOG.info("Lake: {} naar Parquet (Spark)", dataset.lakeName());
    if (dataset.personal()) {
      kept.write().mode(SaveMode.Overwrite).partitionBy("schooljaar")
          .parquet(lake.resolve(dataset.lakeName()).toString());
    } else {
      kept.coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(lake.resolve("referentie/" + dataset.lakeName() + ".parquet").toString());
    }
    ranked.unpersist();
    return counts;
  }

  private static String sparkType(LakeColumn column) {
    return switch (column.sqlType()) {
      case "VARCHAR" -> "STRING";
      case "DATE" -> "DATE";
      case "INTEGER" -> "INT";
      case "DOUBLE" -> "DOUBLE";
      case "BOOLEAN" -> "BOOLEAN";
      default -> throw new IllegalArgumentException("onbekend kolomtype " + column.sqlType());
    };
  }

  private static Row accepted(Dataset dataset, String file, ValidatedBatch.Accepted a) {
    return RowFactory.create("A", dataset.name(), file, a.line(), a.values(), null, null);
  }

  /** The task: reads one personal file with ingest's reader and validators, a batch at a time. */
  static final class ReadFile implements FlatMapFunction<FileTask, Row> {
    private final Broadcast<WijkLookup> wijken;
    private final PseudonymKey key;
    private final HadoopSettings hadoop;

    ReadFile(Broadcast<WijkLookup> wijken, Optional<PseudonymKey> key, HadoopSettings hadoop) {
      this.wijken = wijken;
      this.key = key.orElse(null);
      this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(FileTask task) throws Exception {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(java.net.URI.create(task.uri()));
      org.apache.hadoop.fs.FSDataInputStream file = path.getFileSystem(hadoop.configuration()).open(path);
      RecordSplitter.Part part = task.part();
      file.seek(part.start());
      InputStream in = new PartInputStream(file, part.end() - part.start());
      FileBatches batches;
      try {
        batches = part.start() == 0
            ? new FileBatches(in, task.name(), task.dataset(), task.dialect(), wijken.value(), Optional.ofNullable(key), BATCH_ROWS)
            : new FileBatches(in, part.linesBefore(), task.header(), task.name(), task.dataset(), task.dialect(), wijken.value(),
                Optional.ofNullable(key), BATCH_ROWS);
      } catch (InputRejectedException e) {
        return problems(task, e).iterator();
      }
      RejectColumns rejectColumns = batches.rejectColumns();
      return new Iterator<>() {
        private final java.util.ArrayDeque<Row> buffer = new java.util.ArrayDeque<>();
        private boolean done;

        @Override
        public boolean hasNext() {
          while (buffer.isEmpty() && !done) {
            try {
              if (batches.hasNext()) {
                ValidatedBatch batch = batches.next();
                batch.accepted().forEach(a -> buffer.add(accepted(task.dataset(), task.name(), a)));
                for (ValidatedBatch.Rejected r : batch.rejected()) {
                  buffer.add(RowFactory.create("R", task.dataset().name(), task.name(), r.line(),
                      rejectColumns.record(r.line(), r.reason().reason().code(), r.reason().column(), r.fields())
                          .toArray(new String[0]),
                      r.reason().reason().name(), r.reason().column()));
                }
              } else {
                buffer.add(RowFactory.create("N", task.dataset().name(), task.name(), batches.read(), null, null, null));
                finish();
              }
            } catch (InputRejectedException e) {
              buffer.addAll(problems(task, e));
              finish();
            }
          }
          return !buffer.isEmpty();
        }

        private void finish() {
          done = true;
          batches.close();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return buffer.poll();
        }
      };
    }

    private static List<Row> problems(FileTask task, InputRejectedException e) {
      List<Row> rows = new ArrayList<>();
      for (FileProblem p : e.problems()) {
        rows.add(RowFactory.create("P", task.dataset().name(), p.file(), p.line(), new String[] {p.remedy()}, p.problem(), p.column()));
      }
      return rows;
    }
  }
}
