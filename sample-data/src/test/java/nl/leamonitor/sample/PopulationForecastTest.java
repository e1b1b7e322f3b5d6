package nl.leamonitor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample's population forecast and school capacities (issue 16): the formulas by hand, and the
 * shipped files read as a partner would.
 */
class PopulationForecastTest {
  private static final Path REFERENTIE = ShippedSampleTest.SHIPPED.resolve("referentie");

  /**
   * Oosterheem (index 10), age 8 in 2030, last schooljaar 2024: born 2022, before the forecast, so
   * no change of births; the newcomers of 2026-2030 were 4, 5, 6, 7 and 8 on moving in: influx 1 +
   * 1 + 0,6 + 0,6 + 0,6 = 3,8, so 100 x (1 + 0,035 x 3,8) = 113,3.
   */
  @Test
  void theNewBuildWijksWaveByHand() {
    assertEquals(113.3, PopulationForecast.aantal(100, 10, 2030, 8, 2024), 1e-9);
    // Age 0 in 2040: its parents came from 2026 to 2033, 7 to 14 years before: none of them; born
    // 16 years after 2024.
    assertEquals(
        101.01 * Math.pow(1.01, 16), PopulationForecast.aantal(101.01, 10, 2040, 0, 2024), 1e-9);
  }

  /**
   * Palenstein (index 3), age 4 in 2040: born 2036, 12 birth years after 2024, each 2,5 % fewer.
   */
  @Test
  void anAgeingWijksBirthsShrinkByHand() {
    assertEquals(100 * Math.pow(0.975, 12), PopulationForecast.aantal(100, 3, 2040, 4, 2024), 1e-9);
    assertEquals(73.80, PopulationForecast.aantal(100, 3, 2040, 4, 2024), 0.005);
    // Born in 2024 or before: as many as now.
    assertEquals(100, PopulationForecast.aantal(100, 3, 2040, 16, 2024), 1e-9);
  }

  @Test
  void theShippedForecastGrowsOosterheemAndAgesPalenstein() throws IOException {
    List<String> lines = Files.readAllLines(REFERENTIE.resolve("bevolkingsprognose.csv"));
    assertEquals("jaar;wijk_code;leeftijd;aantal", lines.get(0));
    // 2025-2040, 15 wijken, ages 0-23.
    assertEquals(16 * 15 * 24, lines.size() - 1);
    assertTrue(lines.get(1).matches("2025;WK063701;0;\\d+,\\d\\d"), lines.get(1));
    double oosterheem2025 = poAges(lines, "2025", "WK063711");
    double oosterheem2040 = poAges(lines, "2040", "WK063711");
    double palenstein2025 = poAges(lines, "2025", "WK063704");
    double palenstein2040 = poAges(lines, "2040", "WK063704");
    assertTrue(oosterheem2040 > 1.25 * oosterheem2025, oosterheem2025 + " -> " + oosterheem2040);
    assertTrue(palenstein2040 < 0.85 * palenstein2025, palenstein2025 + " -> " + palenstein2040);
  }

  @Test
  void everyPoSchoolHasACapacityInTensAndNoOtherSchoolHasOne() throws IOException {
    List<String> lines =
        Files.readAllLines(REFERENTIE.resolve("scholen.csv"), StandardCharsets.UTF_8);
    assertEquals("brin;vestiging;naam;postcode;capaciteit", lines.get(0));
    int po = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(";", -1);
      if (fields[2].startsWith("Basisschool")) {
        po++;
        assertTrue(fields[4].matches("[1-9]\\d*0"), line);
      } else {
        assertEquals("", fields[4], line);
      }
    }
    assertEquals(35, po);
  }

  /** Returns the forecast residents aged 4-11 of a wijk in a jaar. */
  private static double poAges(List<String> lines, String jaar, String wijk) {
    return lines.stream()
        .skip(1)
        .map(l -> l.split(";"))
        .filter(f -> f[0].equals(jaar) && f[1].equals(wijk))
        .filter(f -> Integer.parseInt(f[2]) >= 4 && Integer.parseInt(f[2]) <= 11)
        .mapToDouble(f -> Double.parseDouble(f[3].replace(',', '.')))
        .sum();
  }
}
