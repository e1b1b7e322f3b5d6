package nl.leamonitor.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.compute.SqlDialect;
import nl.leamonitor.analytics.compute.SqlIndicatorEngine;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.lake.LakeLayout;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Apache Spark engine: the same indicator SQL as DuckDB, expanded for Spark SQL, over a lake
 * given as a Hadoop path ({@code file:}, {@code hdfs:}, {@code s3a:}). A staging model is a view
 * over the lake's Parquet, as on DuckDB; a shared intermediate model is written once as Parquet
 * beside the lake ({@code spark-modellen/}, removed on {@link #close()}) and read through a view;
 * results are collected as wijk cells, which are small whatever the lake's size. The lake is read
 * through SQL ({@code parquet.`path`}), not DataFrame views: with two partitioned DataFrame views
 * Spark 4.1.3 once bound one dataset's column to the other's scan.
 */
public final class SparkIndicators extends SqlIndicatorEngine {
  private final SparkSession spark;
  private final LakeLayout lake;
  private final boolean ownsSession;

  /** Where the intermediate models are written, a folder beside the lake's datasets. */
  private final Path models;

  /** Opens a lake with a Spark session; closes the session on {@link #close()} when it owns it. */
  public SparkIndicators(
      SparkSession spark, LakeLayout lake, LocalDate rapportagedatum, boolean ownsSession)
      throws Exception {
    super(SqlDialect.SPARK, rapportagedatum);
    this.spark = spark;
    this.lake = lake;
    this.ownsSession = ownsSession;
    this.models = new Path(new Path(lake.root()), "spark-modellen");
    PersonFirst.install(spark);
    load();
  }

  private String location(Dataset d) {
    return lake.location(d).toString();
  }

  @Override
  protected boolean exists(Dataset dataset) throws IOException {
    Path path = new Path(location(dataset));
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return fs.exists(path);
  }

  @Override
  protected String source(Dataset dataset) {
    return "parquet.`" + location(dataset) + "`";
  }

  /**
   * A staging model is a view: each query that reads it scans only the columns it uses and, through
   * the partitioning, the schooljaren it keeps.
   */
  @Override
  protected void stageDataset(String name, String query) {
    view(name, query);
  }

  /**
   * Writes a model once as Parquet and shows it as a view over those files. Not {@code CACHE
   * TABLE}: a later query that named a cached table by its view was planned from the lake again
   * (its physical plan scanned the lake's Parquet and recomputed the model, window and aggregates
   * included, for every indicator that read it), while the cache itself was built and held in
   * memory for nothing. Written files also give the planner their exact size, so small models are
   * broadcast instead of shuffled.
   */
  @Override
  protected void stage(String name, String query) {
    String target = new Path(models, name).toString();
    spark.sql(query).write().mode(SaveMode.Overwrite).parquet(target);
    view(name, "SELECT * FROM parquet.`" + target + "`");
  }

  @Override
  protected void drop(String name) {
    spark.sql("UNCACHE TABLE IF EXISTS " + name);
    spark.catalog().dropTempView(name);
  }

  @Override
  protected void view(String name, String query) {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + name + " AS " + query);
  }

  @Override
  protected List<String[]> rows(String query) {
    List<String[]> rows = new ArrayList<>();
    for (Row row : spark.sql(query).collectAsList()) {
      String[] values = new String[row.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.isNullAt(i) ? null : String.valueOf(row.get(i));
      }
      rows.add(values);
    }
    return rows;
  }

  @Override
  public String version() {
    return "Apache Spark " + spark.version();
  }

  /** Removes the written models and stops the session when this engine owns it. */
  @Override
  public void close() throws IOException {
    try {
      models.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(models, true);
    } finally {
      if (ownsSession) {
        spark.stop();
      }
    }
  }
}
