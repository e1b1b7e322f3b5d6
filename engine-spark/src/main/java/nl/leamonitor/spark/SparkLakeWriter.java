package nl.leamonitor.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.lake.SqlResource;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset's accepted rows from the staged {@code ingest_records} to the lake as Parquet,
 * with DuckDB's duplicate rules and counts ({@code sql/lake/}).
 */
final class SparkLakeWriter {
  private static final Logger LOG = LoggerFactory.getLogger(SparkLakeWriter.class);

  private final SparkSession spark;

  /** Where each dataset's duplicates are written, a folder per dataset. */
  private final org.apache.hadoop.fs.Path duplicatesRoot;

  SparkLakeWriter(SparkSession spark, org.apache.hadoop.fs.Path duplicatesRoot) {
    this.spark = spark;
    this.duplicatesRoot = duplicatesRoot;
  }

  /**
   * Writes one dataset to the lake, personal datasets partitioned, and returns the rows kept and
   * duplicates per file.
   */
  Map<String, LakeBuilder.FileCounts> write(
      Dataset dataset, List<LakeColumn> columns, LakeLayout lake) {
    StringBuilder select = new StringBuilder("SELECT bestand, regelnummer");
    for (int i = 0; i < columns.size(); i++) {
      select
          .append(", CAST(waarden[")
          .append(i)
          .append("] AS ")
          .append(sparkType(columns.get(i)))
          .append(") AS ")
          .append(columns.get(i).name());
    }
    select
        .append(" FROM ingest_records WHERE soort = 'A' AND dataset = '")
        .append(dataset.name())
        .append("'");
    spark.sql(select.toString()).createOrReplaceTempView("staged_rows");
    // The duplicates are written once as Parquet and read through a view. Persisted instead, Spark
    // planned the joins below from the staged rows again (the cached plan was not used): it found
    // the duplicates twice more and, not knowing they were few, shuffled every staged row for a
    // sort-merge join before it switched to a broadcast, nearly half of building the lake. Written
    // files give the planner their size, so a few duplicates are broadcast to every row.
    String duplicatesPath =
        new org.apache.hadoop.fs.Path(duplicatesRoot, dataset.lakeName()).toString();
    spark
        .sql(LakeBuilder.duplicateRows(dataset))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(duplicatesPath);
    spark.read().parquet(duplicatesPath).createOrReplaceTempView("duplicate_rows");
    spark.sql(LakeBuilder.markDuplicates(dataset)).createOrReplaceTempView("ranked_rows");
    String names = columns.stream().map(LakeColumn::name).collect(Collectors.joining(", "));
    org.apache.spark.sql.Dataset<Row> kept =
        spark.sql(
            "SELECT bestand, regelnummer, " + names + " FROM ranked_rows WHERE NOT is_duplicaat");
    LOG.info("Lake: {} naar Parquet (Spark)", dataset.lakeName());
    String target = lake.location(dataset).toString();
    if (dataset.personal()) {
      kept.write()
          .mode(SaveMode.Overwrite)
          .partitionBy(LakeLayout.PARTITION_COLUMN)
          .parquet(target);
    } else {
      kept.coalesce(1).write().mode(SaveMode.Overwrite).parquet(target);
    }
    // The counts from what was written: the rows kept are the lake's rows, the duplicates are
    // duplicate_rows, so file_counts.sql reads the lake's two columns it needs instead of a copy
    // of every marked staged row (persisted to disk and read back, a sixth of the Java samples
    // while the lake was built). Outside the gemeente is mark_duplicates.sql's rule for a row that
    // is no duplicate. With the schema given, a dataset without rows reads as empty.
    spark
        .read()
        .schema(kept.schema())
        .parquet(target)
        .selectExpr(
            "bestand",
            "false AS is_duplicaat",
            (dataset.locatedByPostcode() ? "wijk_code IS NULL" : "false") + " AS buiten_gemeente")
        .unionAll(spark.sql("SELECT bestand, true, false FROM duplicate_rows"))
        .createOrReplaceTempView("ranked_rows");
    Map<String, LakeBuilder.FileCounts> counts = new HashMap<>();
    for (Row r : spark.sql(SqlResource.load("sql/lake/file_counts.sql")).collectAsList()) {
      counts.put(r.getString(0), new LakeBuilder.FileCounts(r.getLong(1), r.getLong(2)));
    }
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
}
