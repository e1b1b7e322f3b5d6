package nl.leamonitor.analytics.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/** The coverage rule of contract section 3 and the words that say what is missing. */
class CoverageTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2025, 6, 30);

  private static Schooljaar year(String label) {
    return Schooljaar.of(label);
  }

  @Test
  void aDeliveryWithoutItsVoFileCoversNoTransitionToVo() {
    // PO and VSO rows in 2022-2023 and 2023-2024, no VO row: I06 covers neither year.
    Delivered delivered =
        new Delivered()
            .add(Requirement.Kind.INSCHRIJVINGEN, year("2022-2023"), "PO")
            .add(Requirement.Kind.INSCHRIJVINGEN, year("2023-2024"), "PO")
            .add(Requirement.Kind.INSCHRIJVINGEN, year("2023-2024"), "VSO");
    List<NotCovered> gaps =
        Coverage.notCovered(
            "I06_overgang_po_vo",
            List.of(Requirement.inschrijvingen("VO", 1)),
            delivered,
            RAPPORTAGEDATUM);
    assertEquals(
        List.of(
            "I06_overgang_po_vo 2022-2023: niet berekend, geen VO-inschrijvingen van 2023-2024",
            "I06_overgang_po_vo 2023-2024: niet berekend, geen VO-inschrijvingen van 2024-2025"),
        gaps.stream().map(NotCovered::message).toList());
    // 2023-2024's VO rows would lie after the delivery: expected; 2022-2023's inside it: not.
    assertFalse(gaps.get(0).beyondDelivery());
    assertTrue(gaps.get(1).beyondDelivery());
  }

  @Test
  void everyUnmetRequirementIsNamedInTheCataloguesOrder() {
    // I02 on 2025-2026 with neither bevolking nor verzuim: all three requirements unmet.
    Delivered delivered =
        new Delivered().add(Requirement.Kind.INSCHRIJVINGEN, year("2025-2026"), "PO");
    List<NotCovered> gaps =
        Coverage.notCovered(
            "I02_thuiszitters_per_1000",
            List.of(Requirement.peildatum(), Requirement.bevolking(), Requirement.verzuim()),
            delivered,
            RAPPORTAGEDATUM);
    assertEquals(
        "I02_thuiszitters_per_1000 2025-2026: niet berekend, de peildatum 1 oktober 2025 ligt na de"
            + " rapportagedatum en geen bevolkingscijfers van 1 oktober 2025 en geen melding van"
            + " absoluut of relatief verzuim in 2025-2026",
        gaps.get(0).message());
    assertFalse(gaps.get(0).beyondDelivery());
  }

  @Test
  void eachKindOfDataSaysWhatIsMissing() {
    Schooljaar t = year("2023-2024");
    assertEquals(
        "geen gegevens over voortijdig schoolverlaters van 2023-2024",
        Requirement.vsv().missing(t));
    assertEquals(
        "geen gegevens over vertragingen van 2023-2024", Requirement.vertragingen().missing(t));
    assertEquals("geen bevolkingscijfers van 1 oktober 2023", Requirement.bevolking().missing(t));
    assertEquals(
        "geen melding van absoluut of relatief verzuim in 2023-2024",
        Requirement.verzuim().missing(t));
    assertEquals(
        "geen VVE-inschrijvingen van 2022-2023", Requirement.inschrijvingen("vve", -1).missing(t));
    assertEquals(
        "only enrolment rows have a sector, not VSV",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Requirement(Requirement.Kind.VSV, "VO", 0))
            .getMessage());
  }

  @Test
  void aPeildatumOnTheRapportagedatumIsCovered() {
    Delivered nothing = new Delivered();
    assertTrue(
        Requirement.peildatum().metBy(year("2024-2025"), nothing, LocalDate.of(2024, 10, 1)));
    assertFalse(
        Requirement.peildatum().metBy(year("2024-2025"), nothing, LocalDate.of(2024, 9, 30)));
  }
}
