package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.compute.GoldenFixture;
import nl.leamonitor.ingest.lake.LakeLayout;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden fixture folder of analytics ({@code golden/<indicator>/}, with its hand computation
 * in a README) through Spark: the same delivery, the same {@code verwacht.csv} that DuckDB
 * reproduces in {@code GoldenFixtureTest}, and the same schooljaren not covered ({@code
 * dekking.csv}). One local session serves every fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkGoldenFixtureTest {
  private SparkSession spark;

  @BeforeAll
  void startSpark(@TempDir Path temp) {
    spark = SparkEngineFactory.session(temp);
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  List<GoldenFixture> fixtures() throws Exception {
    List<GoldenFixture> fixtures = GoldenFixture.all();
    assertTrue(fixtures.size() >= 10, fixtures.toString());
    return fixtures;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sparkReproducesTheHandComputation(GoldenFixture fixture, @TempDir Path temp)
      throws Exception {
    Path lake = fixture.ingest(temp);
    // A session of its own per fixture (same context): the staging tables' names are the same for
    // every lake.
    try (SparkIndicators engine =
        new SparkIndicators(
            spark.newSession(), LakeLayout.at(lake), GoldenFixture.RAPPORTAGEDATUM, false)) {
      assertEquals(fixture.expected(), fixture.cells(engine));
      assertEquals(fixture.expectedNotCovered(), fixture.notCovered(engine));
    }
  }
}
