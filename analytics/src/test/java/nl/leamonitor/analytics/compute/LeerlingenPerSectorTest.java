package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.ingest.MemoryLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * int_leerlingen_per_sector counts a person-year by its first row of each sector: from
 * int_eerste_inschrijving when all its rows are in one sector, grouped again per sector when they
 * are in several. The delivery and the hand computation are the golden fixture {@code
 * golden/I01_leerlingen+meer-rijen-per-jaar} (its README).
 */
class LeerlingenPerSectorTest {
  @TempDir Path temp;

  @Test
  void eachSectorCountsThePersonsFirstRowOfThatSector() throws Exception {
    GoldenFixture fixture =
        GoldenFixture.all().stream()
            .filter(f -> f.name().equals("I01_leerlingen+meer-rijen-per-jaar"))
            .findFirst()
            .orElseThrow();
    Path lake = fixture.ingest(temp);
    try (DuckDbIndicators engine =
        new DuckDbIndicators(
            lake,
            GoldenFixture.RAPPORTAGEDATUM,
            Files.createDirectories(temp.resolve("tmp")),
            MemoryLimit.megabytes(256))) {
      engine.compute(IndicatorCatalogue.byId("I01_leerlingen"));
      List<String> rows =
          engine
              .rows(
                  "SELECT schooljaar, sector, wijk_code, leeftijd, brin, leerlingen"
                      + " FROM int_leerlingen_per_sector ORDER BY sector, wijk_code")
              .stream()
              .map(r -> String.join(",", r))
              .toList();
      assertEquals(
          List.of(
              "2023-2024,MBO,WK063702,18,15AB,1",
              "2023-2024,PO,WK063701,11,13AB,1",
              "2023-2024,PO,WK063702,3,12AB,1",
              "2023-2024,VO,WK063701,18,14AB,1",
              "2023-2024,VVE,WK063701,3,11AB,1"),
          rows);
    }
  }
}
