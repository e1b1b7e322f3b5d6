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

  /** A new-build wijk with births 1 % up a year, as Oosterheem. */
  private static final Town.Wijk NEW_BUILD =
      new Town.Wijk(
          "WK063706", "Oosterheem", 0.2, -0.4, Town.Outlook.NEW_BUILD, 0.01, 6, List.of());

  /** An ageing wijk with births 2,5 % down a year, as Meerzicht. */
  private static final Town.Wijk AGEING =
      new Town.Wijk("WK063701", "Meerzicht", 0.1, 0.5, Town.Outlook.AGEING, -0.025, 4, List.of());

  /**
   * The new-build wijk, age 8 in 2030, last schooljaar 2024: born 2022, before the forecast, so no
   * change of births; the newcomers of 2026-2030 were 4, 5, 6, 7 and 8 on moving in: influx 1 + 1 +
   * 0,6 + 0,6 + 0,6 = 3,8, so 100 x (1 + 0,035 x 3,8) = 113,3.
   */
  @Test
  void theNewBuildWijksWaveByHand() {
    assertEquals(113.3, PopulationForecast.aantal(100, NEW_BUILD, 2030, 8, 2024), 1e-9);
    // Age 0 in 2040: its parents came from 2026 to 2033, 7 to 14 years before: none of them; born
    // 16 years after 2024.
    assertEquals(
        101.01 * Math.pow(1.01, 16),
        PopulationForecast.aantal(101.01, NEW_BUILD, 2040, 0, 2024),
        1e-9);
  }

  /** An ageing wijk, age 4 in 2040: born 2036, 12 birth years after 2024, each 2,5 % fewer. */
  @Test
  void anAgeingWijksBirthsShrinkByHand() {
    assertEquals(
        100 * Math.pow(0.975, 12), PopulationForecast.aantal(100, AGEING, 2040, 4, 2024), 1e-9);
    assertEquals(73.80, PopulationForecast.aantal(100, AGEING, 2040, 4, 2024), 0.005);
    // Born in 2024 or before: as many as now.
    assertEquals(100, PopulationForecast.aantal(100, AGEING, 2040, 16, 2024), 1e-9);
  }

  @Test
  void theShippedForecastGrowsOosterheemAndAgesMeerzicht() throws IOException {
    List<String> lines = Files.readAllLines(REFERENTIE.resolve("bevolkingsprognose.csv"));
    assertEquals("jaar;wijk_code;leeftijd;aantal", lines.get(0));
    // 2025-2040, 9 wijken, ages 0-23.
    assertEquals(16 * 9 * 24, lines.size() - 1);
    assertTrue(lines.get(1).matches("2025;WK063700;0;\\d+,\\d\\d"), lines.get(1));
    double oosterheem2025 = poAges(lines, "2025", "WK063706");
    double oosterheem2040 = poAges(lines, "2040", "WK063706");
    double meerzicht2025 = poAges(lines, "2025", "WK063701");
    double meerzicht2040 = poAges(lines, "2040", "WK063701");
    assertTrue(oosterheem2040 > 1.25 * oosterheem2025, oosterheem2025 + " -> " + oosterheem2040);
    assertTrue(meerzicht2040 < 0.85 * meerzicht2025, meerzicht2025 + " -> " + meerzicht2040);
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
    assertEquals(34, po);
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
