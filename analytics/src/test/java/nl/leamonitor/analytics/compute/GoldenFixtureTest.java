package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden fixture folder ({@code golden/<indicator>/}, see its README) through DuckDB: the
 * delivery ingested for real, the indicator's wijk cells equal to the hand-computed {@code
 * verwacht.csv}, and the schooljaren it does not cover with why equal to {@code dekking.csv}. The
 * Spark engine runs the same folders in {@code SparkGoldenFixtureTest}.
 */
class GoldenFixtureTest {
  @TempDir Path temp;

  static List<GoldenFixture> fixtures() throws Exception {
    return GoldenFixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void duckDbReproducesTheHandComputation(GoldenFixture fixture) throws Exception {
    Path lake = fixture.ingest(temp);
    try (DuckDbIndicators engine =
        new DuckDbIndicators(
            lake,
            GoldenFixture.RAPPORTAGEDATUM,
            Files.createDirectories(temp.resolve("tmp")),
            nl.leamonitor.ingest.MemoryLimit.megabytes(256))) {
      assertEquals(fixture.expected(), fixture.cells(engine));
      assertEquals(fixture.expectedNotCovered(), fixture.notCovered(engine));
    }
  }

  @Test
  void everyIndicatorHasAFixtureWithItsHandComputation() throws Exception {
    List<GoldenFixture> fixtures = GoldenFixture.all();
    assertEquals(
        IndicatorCatalogue.ALL.stream().map(Indicator::id).sorted().toList(),
        fixtures.stream().map(GoldenFixture::name).filter(n -> !n.contains("+")).toList());
    for (GoldenFixture fixture : fixtures) {
      assertTrue(fixture.handComputation().contains("Hand computation"), fixture + "/README.md");
      // A variant may be a delivery of nothing for its indicator (a false zero it must not
      // publish); the indicator's own folder always has cells.
      assertTrue(
          fixture.name().contains("+") || !fixture.expected().isEmpty(), fixture + "/verwacht.csv");
      fixture.expectedNotCovered();
      IndicatorCatalogue.byId(fixture.indicator());
    }
  }
}
