package nl.leamonitor.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/** The signs of an incomplete delivery, each with its exact words. */
class DeliveryWarningTest {
  private static TreeMap<Schooljaar, Long> rows(Object... yearThenRows) {
    TreeMap<Schooljaar, Long> rows = new TreeMap<>();
    for (int i = 0; i < yearThenRows.length; i += 2) {
      rows.put(Schooljaar.of((String) yearThenRows[i]), ((Number) yearThenRows[i + 1]).longValue());
    }
    return rows;
  }

  @Test
  void aYearWithFewerThanHalfOfTheYearBeforeIsNamed() {
    // 300 -> 149 is below half (150), 149 -> 75 is not (74.5): only 2022-2023 is named.
    assertEquals(
        List.of(
            "vsv: in 2022-2023 minder dan de helft van de regels van 2021-2022; controleer of"
                + " alles van 2022-2023 is aangeleverd"),
        DeliveryWarning.drops(
                Dataset.VSV, rows("2021-2022", 300, "2022-2023", 149, "2023-2024", 75))
            .stream()
            .map(DeliveryWarning::message)
            .toList());
  }

  @Test
  void theYearBeforeIsTMinusOneNotThePreviousListed() {
    // 2021-2022 has no row between 2020-2021 and 2022-2023: it fell to 0. 2022-2023 compared with
    // 2021-2022 (0) is no fall; compared with the previous listed (2020-2021) it would be.
    assertEquals(
        List.of(
            "inschrijvingen: in 2021-2022 minder dan de helft van de regels van 2020-2021;"
                + " controleer of alles van 2021-2022 is aangeleverd"),
        DeliveryWarning.drops(Dataset.INSCHRIJVINGEN, rows("2020-2021", 500, "2022-2023", 100))
            .stream()
            .map(DeliveryWarning::message)
            .toList());
  }

  @Test
  void aSmallYearIsNamedWithoutItsNumberOfRows() {
    // 3 vsv rows in 2023-2024 bound the gemeente's I04 teller of 2023-2024 by 3: published, "3
    // regels" would narrow a suppressed teller (1..4 at k = 5) to 1, 2 or 3. Neither count is said.
    List<String> messages =
        DeliveryWarning.drops(Dataset.VSV, rows("2022-2023", 40, "2023-2024", 3)).stream()
            .map(DeliveryWarning::message)
            .toList();
    assertEquals(
        List.of(
            "vsv: in 2023-2024 minder dan de helft van de regels van 2022-2023; controleer of"
                + " alles van 2023-2024 is aangeleverd"),
        messages);
    assertFalse(messages.get(0).contains("3 regels"), messages.get(0));
    assertFalse(messages.get(0).contains("40"), messages.get(0));
  }

  @Test
  void aFileThePreviousRunReadIsMissed() {
    assertEquals(
        List.of(
            "vsv_vo_rmc.csv: de vorige run (20261128-213743) las dit bestand (vsv), deze"
                + " aanlevering heeft het niet"),
        DeliveryWarning.absent(
                Map.of("vsv_vo_rmc.csv", "vsv", "inschrijvingen.csv", "inschrijvingen"),
                List.of("inschrijvingen.csv", "vsv_mbo.csv"),
                "20261128-213743")
            .stream()
            .map(DeliveryWarning::message)
            .toList());
  }
}
