package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of a wijk in the wijkvergelijking: its inhabitants aged 0 to 23 on 1 October of each
 * reported schooljaar's first year, from {@code wijk-inwoners/bevolking.csv}.
 */
class WijkInhabitantsTest {
  @TempDir Path temp;

  @Test
  void countsInhabitantsAged0To23PerWijkAndReportedSchooljaar() throws Exception {
    String bevolking;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("wijk-inwoners/bevolking.csv")) {
      bevolking = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    GoldenLake lake =
        new GoldenLake(temp)
            .file(
                "inschrijvingen.csv",
                GoldenLake.INSCHRIJVINGEN_HEADER
                    + "a-000001;2022-2023;2010-01-01;2711AA;14AB;;VO;HAVO;1;N;N\n"
                    + "a-000001;2023-2024;2010-01-01;2711AA;14AB;;VO;HAVO;2;N;N\n")
            .file("referentie/bevolking.csv", bevolking);
    List<WijkInhabitants> inhabitants;
    try (DuckDbIndicators engine = lake.open(LocalDate.of(2024, 9, 30))) {
      inhabitants =
          engine.inhabitants().stream()
              .sorted(
                  Comparator.comparing(WijkInhabitants::schooljaar)
                      .thenComparing(WijkInhabitants::wijkCode))
              .toList();
    }
    // By hand from the file: ages 0-23 only (24 and 40 left out), jaar 2022 -> 2022-2023, jaar
    // 2023 -> 2023-2024; jaar 2024 is no reported schooljaar (no enrolments in 2024-2025).
    // Centrum 2022: 10 + 20 + 30 = 60; Dorp 2022: 7; Centrum 2023: 11 + 31 = 42; Dorp 2023: 8 + 9.
    assertEquals(
        List.of(
            new WijkInhabitants(Schooljaar.of("2022-2023"), "WK063701", 60),
            new WijkInhabitants(Schooljaar.of("2022-2023"), "WK063702", 7),
            new WijkInhabitants(Schooljaar.of("2023-2024"), "WK063701", 42),
            new WijkInhabitants(Schooljaar.of("2023-2024"), "WK063702", 17)),
        inhabitants);
  }

  @Test
  void withoutAPopulationFileThereAreNone() throws Exception {
    GoldenLake lake =
        new GoldenLake(temp)
            .file(
                "inschrijvingen.csv",
                GoldenLake.INSCHRIJVINGEN_HEADER
                    + "a-000001;2023-2024;2010-01-01;2711AA;14AB;;VO;HAVO;2;N;N\n");
    try (DuckDbIndicators engine = lake.open(LocalDate.of(2024, 9, 30))) {
      assertEquals(List.of(), engine.inhabitants());
    }
  }
}
