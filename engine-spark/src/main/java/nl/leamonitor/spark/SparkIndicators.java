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
import org.apache.spark.sql.SparkSession;

/**
 * The Apache Spark engine: the same indicator SQL as DuckDB, expanded for Spark SQL, over a lake
 * given as a Hadoop path ({@code file:}, {@code hdfs:}, {@code s3a:}). Staging tables are cached
 * views; results are collected as wijk cells, which are small whatever the lake's size. The lake is
 * read through SQL ({@code parquet.`path`}), not DataFrame views: with two partitioned DataFrame
 * views Spark 4.1.3 once bound one dataset's column to the other's scan.
 */
public final class SparkIndicators extends SqlIndicatorEngine {
  private final SparkSession spark;
  private final LakeLayout lake;
  private final boolean ownsSession;

  /** Opens a lake with a Spark session; closes the session on {@link #close()} when it owns it. */
  public SparkIndicators(
      SparkSession spark, LakeLayout lake, LocalDate rapportagedatum, boolean ownsSession)
      throws Exception {
    super(SqlDialect.SPARK, rapportagedatum);
    this.spark = spark;
    this.lake = lake;
    this.ownsSession = ownsSession;
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

  @Override
  protected void stage(String name, String query) {
    // Cached (memory, spilling to disk): every indicator reads the staging tables again.
    spark.sql("CACHE TABLE " + name + " AS " + query);
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

  @Override
  public void close() {
    if (ownsSession) {
      spark.stop();
    }
  }
}
