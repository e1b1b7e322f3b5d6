package nl.leamonitor.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.leamonitor.analytics.compute.GoldenFixture;
import nl.leamonitor.analytics.forecast.ForecastFixture;
import nl.leamonitor.ingest.lake.LakeLayout;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast's golden fixture of analytics ({@code golden-prognose/P01_leerlingenprognose/},
 * computed by hand in its README) through Spark: the same cells, {@code prognose.csv} and backtest
 * that DuckDB reproduces in {@code ForecastGoldenTest}, from the same SQL.
 */
class SparkForecastGoldenTest {
  @TempDir Path temp;

  @Test
  void sparkReproducesTheHandComputation() throws Exception {
    ForecastFixture fixture = ForecastFixture.load();
    Path lake = fixture.ingest(temp);
    SparkSession spark = SparkEngineFactory.session(temp.resolve("spark"));
    try (SparkIndicators engine =
        new SparkIndicators(spark, LakeLayout.at(lake), GoldenFixture.RAPPORTAGEDATUM, true)) {
      fixture.verify(engine, Files.createDirectories(temp.resolve("publicatie")));
    }
  }
}
