package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PersonFirst}: a first-row aggregate that groups by schooljaar and person is planned with
 * the person first, and gives the same rows; other aggregates keep their grouping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonFirstTest {
  /**
   * Five rows, by hand: (2023-2024, a) has k 5 (wijk null) and 7, so its first wijk is null;
   * (2023-2024, b) has k 2 and 1, so W1; (2024-2025, a) has one row, W4.
   */
  private static final String ROWS =
      "SELECT * FROM VALUES ('2023-2024', 'b', 2L, 'W2'), ('2023-2024', 'b', 1L, 'W1'),"
          + " ('2023-2024', 'a', 5L, CAST(NULL AS STRING)), ('2023-2024', 'a', 7L, 'W3'),"
          + " ('2024-2025', 'a', 3L, 'W4') AS t(schooljaar, persoon, k, wijk_code)";

  private SparkSession spark;

  @BeforeAll
  void startSpark(@TempDir Path temp) {
    spark = SparkEngineFactory.session(temp).newSession();
    PersonFirst.install(spark);
    spark.sql(ROWS).createOrReplaceTempView("rijen");
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  @Test
  void firstRowAggregateGroupsByThePersonFirst() {
    String query =
        "SELECT schooljaar, persoon, min_by(wijk_code, k) AS wijk_code FROM rijen"
            + " GROUP BY schooljaar, persoon ORDER BY schooljaar, persoon";
    String plan = spark.sql(query).queryExecution().optimizedPlan().toString();
    assertTrue(plan.contains("Aggregate [persoon#"), plan);
    assertEquals(
        List.of("[2023-2024,a,null]", "[2023-2024,b,W1]", "[2024-2025,a,W4]"),
        spark.sql(query).collectAsList().stream().map(Row::toString).toList());
  }

  @Test
  void otherAggregatesKeepTheirGrouping() {
    String query =
        "SELECT schooljaar, persoon, count(*) AS n FROM rijen GROUP BY schooljaar, persoon"
            + " ORDER BY schooljaar, persoon";
    String plan = spark.sql(query).queryExecution().optimizedPlan().toString();
    assertTrue(plan.contains("Aggregate [schooljaar#"), plan);
    assertEquals(
        List.of("[2023-2024,a,2]", "[2023-2024,b,2]", "[2024-2025,a,1]"),
        spark.sql(query).collectAsList().stream().map(Row::toString).toList());
  }
}
