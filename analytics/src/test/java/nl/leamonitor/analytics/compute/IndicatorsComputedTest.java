package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.forecast.ForecastFixture;
import nl.leamonitor.ingest.MemoryLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the indicators the engine drops the intermediate tables only they read (nationally
 * int_eerste_inschrijving, 8 million person-years), and what comes after still works.
 */
class IndicatorsComputedTest {
  @TempDir Path temp;

  /**
   * Kept are the models of the forecast and the inhabitants, with every model they read: P01's
   * int_prognose_jaren (over stg_inschrijvingen, stg_bevolking), int_prognose_deelname (over
   * int_prognose_leerlingen, over int_leerlingen_per_sector, over int_bestand_volgorde),
   * stg_bevolkingsprognose, stg_wijken and stg_scholen; wijk_inwoners_0_23 reads
   * int_thuiszitter_schooljaren (over int_dekking_bevolking).
   */
  @Test
  void keptAreTheModelsTheForecastAndTheInhabitantsRead() {
    assertEquals(
        new TreeSet<>(
            Set.of(
                "int_prognose_jaren",
                "p01_leerlingenprognose",
                "p01_schoolwijken",
                "p01_toets",
                "wijk_inwoners_0_23",
                "int_bestand_volgorde",
                "int_dekking_bevolking",
                "int_leerlingen_per_sector",
                "int_prognose_deelname",
                "int_prognose_leerlingen",
                "int_thuiszitter_schooljaren",
                "stg_bevolking",
                "stg_bevolkingsprognose",
                "stg_inschrijvingen",
                "stg_scholen",
                "stg_wijken")),
        SqlIndicatorEngine.keptAfterIndicators());
  }

  @Test
  void theForecastAfterTheIndicatorsIsStillTheHandComputation() throws Exception {
    ForecastFixture fixture = ForecastFixture.load();
    Path lake = fixture.ingest(temp);
    try (DuckDbIndicators engine =
        new DuckDbIndicators(
            lake,
            GoldenFixture.RAPPORTAGEDATUM,
            Files.createDirectories(temp.resolve("tmp")),
            MemoryLimit.megabytes(256))) {
      for (Indicator indicator : IndicatorCatalogue.ALL) {
        if (engine.available().containsAll(indicator.needs())) {
          engine.compute(indicator);
        }
      }
      assertTrue(engine.built("int_eerste_inschrijving"));
      assertTrue(engine.built("int_leerlingen_per_sector"));
      engine.indicatorsComputed();
      assertFalse(engine.built("int_eerste_inschrijving"));
      assertTrue(engine.built("int_leerlingen_per_sector"));
      fixture.verify(engine, Files.createDirectories(temp.resolve("publicatie")));
    }
  }
}
