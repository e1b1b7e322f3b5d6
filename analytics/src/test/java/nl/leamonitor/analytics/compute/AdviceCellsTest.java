package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gemeente's cross-table of schooladvies against toetsadvies, from the delivery of the golden
 * fixture {@code I12_toetsadvies_hoger} (its README lists every line): I12's cohort per pair of
 * advices, canonical labels, in rank order.
 */
class AdviceCellsTest {
  @TempDir Path temp;

  private static String fixture(String file) throws Exception {
    try (InputStream in =
        AdviceCellsTest.class
            .getClassLoader()
            .getResourceAsStream("golden/I12_toetsadvies_hoger/levering/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void countsI12sCohortPerPairOfAdvices() throws Exception {
    GoldenLake lake =
        new GoldenLake(temp)
            .file("inschrijvingen.csv", fixture("inschrijvingen.csv"))
            .file("schooladviezen.csv", fixture("schooladviezen.csv"));
    List<AdviceCell> cells;
    try (DuckDbIndicators engine = lake.open(LocalDate.of(2024, 6, 30))) {
      cells = engine.adviceCells();
    }
    Schooljaar y22 = Schooljaar.of("2022-2023");
    Schooljaar y23 = Schooljaar.of("2023-2024");
    // By hand: e has no toets, i lives outside the gemeente, j has no enrolment row; each other
    // pupil is one cell (m, n in 2022-2023; g, f, k, a, b, c, d, h in 2023-2024, by rank).
    assertEquals(
        List.of(
            new AdviceCell(y22, "HAVO", 10, "VWO", 12, 1),
            new AdviceCell(y22, "VWO", 12, "HAVO", 10, 1),
            new AdviceCell(y23, "PRO/VMBO-B", 3, "VMBO-B", 4, 1),
            new AdviceCell(y23, "VMBO-B/VMBO-K", 5, "VMBO-K", 6, 1),
            new AdviceCell(y23, "VMBO-K", 6, "VMBO-GT", 8, 1),
            new AdviceCell(y23, "VMBO-GT", 8, "HAVO", 10, 1),
            new AdviceCell(y23, "VMBO-GT/HAVO", 9, "HAVO", 10, 1),
            new AdviceCell(y23, "HAVO", 10, "VMBO-GT/HAVO", 9, 1),
            new AdviceCell(y23, "HAVO", 10, "HAVO", 10, 1),
            new AdviceCell(y23, "HAVO/VWO", 11, "VWO", 12, 1)),
        cells);
  }
}
