package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report's period: given as 2025-najaar, shown as najaar 2025, or derived from the
 * rapportagedatum.
 */
class PeriodeTest {
  @Test
  void givenFormInAnyCaseIsShownHalfFirst() {
    assertEquals(Optional.of(new Periode(2025, Periode.Half.NAJAAR)), Periode.parse("2025-najaar"));
    assertEquals("najaar 2025", Periode.parse(" 2025-Najaar ").orElseThrow().label());
    assertEquals("voorjaar 2024", Periode.parse("2024-VOORJAAR").orElseThrow().label());
    assertEquals(Optional.empty(), Periode.parse("herfst 2025"));
    assertEquals(Optional.empty(), Periode.parse("najaar 2025"));
    assertEquals(Optional.empty(), Periode.parse("25-najaar"));
  }

  @Test
  void voorjaarRunsFromJanuaryToJune() {
    assertEquals("voorjaar 2025", Periode.of(LocalDate.of(2025, 1, 1)).label());
    assertEquals("voorjaar 2025", Periode.of(LocalDate.of(2025, 6, 30)).label());
    assertEquals("najaar 2025", Periode.of(LocalDate.of(2025, 7, 1)).label());
    assertEquals("najaar 2025", Periode.of(LocalDate.of(2025, 12, 31)).label());
  }
}
