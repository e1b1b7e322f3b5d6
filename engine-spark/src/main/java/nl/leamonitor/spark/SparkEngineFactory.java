package nl.leamonitor.spark;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.delivery.DeliveryStore;
import nl.leamonitor.ingest.lake.LakeLayout;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code --engine spark}: a local Spark session ({@code local[*]}) unless spark-submit gave a
 * master, with the UI off and few shuffle partitions (indicator cells are small).
 */
public final class SparkEngineFactory implements EngineFactory {
  /**
   * How much of a personal file one ingest task reads (default {@code 128m}): a large file is read
   * by several tasks, cut at record boundaries. Set with {@code --conf
   * spark.lea.ingest.partBytes=64m}.
   */
  static final String PART_BYTES = "spark.lea.ingest.partBytes";

  @Override
  public String name() {
    return "spark";
  }

  /** Returns a session: the one spark-submit configured, or a local one. */
  public static SparkSession session(Path tempDir) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("LEA Monitor")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.exchange.reuse", "false")
            .config("spark.local.dir", tempDir.toAbsolutePath().toString());
    if (!conf.contains("spark.master")) {
      // Local mode stays on the loopback interface: nothing leaves the machine.
      builder
          .master("local[*]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    // Log levels are the host's: lea routes Spark's logging to Logback (its logback.xml keeps
    // Spark at WARN); SparkContext.setLogLevel would assume Log4j's own backend.
    return builder.getOrCreate();
  }

  /**
   * A path is read from this machine's disk as DuckDB reads it; a URI ({@code hdfs:}, {@code s3a:},
   * {@code file:}) through Hadoop.
   */
  @Override
  public DeliveryStore store(String location) {
    if (URI_SCHEME.matcher(location).matches()) {
      return new HadoopDeliveryStore(location, HadoopSettings.fromSparkConf(new SparkConf()));
    }
    return EngineFactory.super.store(location);
  }

  @Override
  public IngestResult ingest(
      IngestSettings settings,
      IngestJob.Progress progress,
      DeliveryFolder folder,
      OutputFolders out,
      Optional<URI> lake)
      throws Exception {
    SparkSession spark = session(OwnerOnly.createDirectories(out.work()));
    SparkConf conf = spark.sparkContext().getConf();
    LakeLayout layout = lake.map(LakeLayout::new).orElse(LakeLayout.at(out.lake()));
    try (SparkPartExecutor parts =
        SparkPartExecutor.open(
            spark,
            settings.key(),
            HadoopSettings.fromSparkConf(conf),
            conf.getSizeAsBytes(PART_BYTES, "128m"),
            layout)) {
      return new IngestJob(settings).run(folder, out, layout, parts);
    }
  }

  @Override
  public IndicatorEngine open(
      URI lake,
      LocalDate rapportagedatum,
      Path tempDir,
      nl.leamonitor.ingest.MemoryLimit memoryLimit)
      throws Exception {
    return new SparkIndicators(session(tempDir), new LakeLayout(lake), rapportagedatum, true);
  }
}
