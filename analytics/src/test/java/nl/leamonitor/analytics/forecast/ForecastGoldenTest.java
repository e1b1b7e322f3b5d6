package nl.leamonitor.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.leamonitor.analytics.compute.DuckDbIndicators;
import nl.leamonitor.analytics.compute.GoldenFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast's golden fixture ({@code golden-prognose/P01_leerlingenprognose/}, computed by hand
 * in its README) through DuckDB; {@code SparkForecastGoldenTest} runs it through Spark.
 */
class ForecastGoldenTest {
  @TempDir Path temp;

  @Test
  void duckDbReproducesTheHandComputation() throws Exception {
    ForecastFixture fixture = ForecastFixture.load();
    assertTrue(fixture.handComputation().contains("Hand computation"));
    Path lake = fixture.ingest(temp);
    try (DuckDbIndicators engine =
        new DuckDbIndicators(
            lake,
            GoldenFixture.RAPPORTAGEDATUM,
            Files.createDirectories(temp.resolve("tmp")),
            nl.leamonitor.ingest.MemoryLimit.megabytes(256))) {
      fixture.verify(engine, Files.createDirectories(temp.resolve("publicatie")));
    }
  }
}
