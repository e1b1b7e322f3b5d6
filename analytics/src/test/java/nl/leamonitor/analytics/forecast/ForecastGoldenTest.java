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

  /**
   * A delivery without bevolkingsprognose.csv (the I01 golden fixture's): no forecast, no
   * prognose.csv, and the reason in Dutch.
   */
  @Test
  void withoutTheFileThereIsNoPrognoseCsvAndTheReasonSaysWhy() throws Exception {
    GoldenFixture i01 =
        GoldenFixture.all().stream()
            .filter(f -> f.name().equals("I01_leerlingen"))
            .findFirst()
            .orElseThrow();
    Path lake = i01.ingest(temp);
    Path out = Files.createDirectories(temp.resolve("publicatie"));
    try (DuckDbIndicators engine =
        new DuckDbIndicators(
            lake,
            GoldenFixture.RAPPORTAGEDATUM,
            Files.createDirectories(temp.resolve("tmp")),
            nl.leamonitor.ingest.MemoryLimit.megabytes(256))) {
      PupilForecast forecast =
          new nl.leamonitor.analytics.ForecastJob(5).run(engine, out, java.util.List.of());
      org.junit.jupiter.api.Assertions.assertEquals(
          java.util.Optional.of(
              new Explanation(
                  "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is niet"
                      + " aangeleverd; lever de bevolkingsprognose van de gemeente per wijk, jaar"
                      + " en leeftijd aan om de prognose te maken.",
                  "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente (per wijk,"
                      + " jaar en leeftijd) is niet aangeleverd.")),
          forecast.missing());
      org.junit.jupiter.api.Assertions.assertFalse(Files.exists(out.resolve("prognose.csv")));
    }
  }
}
