package nl.leamonitor.analytics.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.leamonitor.analytics.catalogue.Breakdown.Additivity;
import nl.leamonitor.ingest.delivery.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against the facts contract version 2 states about each indicator (sections 2 to 4),
 * so that an entry that drops or gains a fact fails here, not in a protected table.
 */
class IndicatorCatalogueTest {

  private static List<String> ids(Predicate<Indicator> fact) {
    return IndicatorCatalogue.ALL.stream().filter(fact).map(Indicator::id).toList();
  }

  @Test
  void coverageIsWhatSectionThreeRequires() {
    // Section 3: "I02 and I03 need P(t) on or before the rapportagedatum, bevolking of jaar YYYY
    // and an accepted ABSOLUUT_VERZUIM or RELATIEF_VERZUIM row whose period overlaps t; I04 a vsv
    // row of t; I05 a vertragingen row of t ... I06 VO rows of t+1, I07 MBO rows of t+1, I08 HBO
    // rows of t+1 ... I09 VVE rows of t-1 ... I12-I14 a schooladviezen row of t; I16 an rmc row in
    // t and bevolking of jaar YYYY ... I14 VO rows of t+3, I15 any inschrijvingen rows of t+1", and
    // of "the data it counts", the enrolment rows of
    // its cohort's sector in t (I06, I09, I11: PO; I07: VO; I08: MBO), so that a delivery without
    // them says so rather than computing nothing in silence. I01 counts whatever was delivered.
    Map<String, String> coverage = new TreeMap<>();
    for (Indicator i : IndicatorCatalogue.ALL) {
      coverage.put(
          i.id(),
          String.join(
              " ",
              i.coverage().stream()
                  .map(
                      r ->
                          r.kind()
                              + (r.sector() == null ? "" : "/" + r.sector())
                              + (r.offset() == 0
                                  ? ""
                                  : (r.offset() > 0 ? "/t+" : "/t") + r.offset()))
                  .toList()));
    }
    assertEquals(
        Map.ofEntries(
            Map.entry("I01_leerlingen", ""),
            Map.entry("I02_thuiszitters_per_1000", "PEILDATUM BEVOLKING VERZUIM"),
            Map.entry("I03_thuiszitters_langer_3_maanden", "PEILDATUM BEVOLKING VERZUIM"),
            Map.entry("I04_vsv_percentage", "VSV"),
            Map.entry("I05_vertraging_aandeel", "VERTRAGINGEN"),
            Map.entry("I06_overgang_po_vo", "INSCHRIJVINGEN/PO INSCHRIJVINGEN/VO/t+1"),
            Map.entry("I07_overgang_vmbo_mbo", "INSCHRIJVINGEN/VO INSCHRIJVINGEN/MBO/t+1"),
            Map.entry("I08_overgang_mbo_hbo", "INSCHRIJVINGEN/MBO INSCHRIJVINGEN/HBO/t+1"),
            Map.entry("I09_vve_bereik", "INSCHRIJVINGEN/PO INSCHRIJVINGEN/VVE/t-1"),
            Map.entry("I11_po_thuisnabij", "INSCHRIJVINGEN/PO"),
            Map.entry("I12_toetsadvies_hoger", "SCHOOLADVIEZEN"),
            Map.entry("I13_advies_bijgesteld", "SCHOOLADVIEZEN"),
            Map.entry("I14_positie_vo3", "SCHOOLADVIEZEN INSCHRIJVINGEN/VO/t+3"),
            Map.entry("I15_uitstroom_startkwalificatie", "INSCHRIJVINGEN/t+1"),
            Map.entry("I16_rmc_jongeren_per_1000", "RMC BEVOLKING")),
        coverage);
  }

  @Test
  void voorlopigIndicatorsAreThoseTheContractNames() {
    // Section 2: "I02, I03, I04 and I16 count events during the schooljaar".
    assertEquals(
        List.of(
            "I02_thuiszitters_per_1000",
            "I03_thuiszitters_langer_3_maanden",
            "I04_vsv_percentage",
            "I16_rmc_jongeren_per_1000"),
        ids(Indicator::countsEventsDuringSchooljaar));
  }

  @Test
  void complementRuleIsForEveryProportionWithoutOutcomeBreakdown() {
    // Section 4: "I03, I05 per domein, I09, I11, I12, I13".
    List<String> declared = ids(Indicator::complementRule);
    assertEquals(
        List.of(
            "I03_thuiszitters_langer_3_maanden",
            "I05_vertraging_aandeel",
            "I09_vve_bereik",
            "I11_po_thuisnabij",
            "I12_toetsadvies_hoger",
            "I13_advies_bijgesteld"),
        declared);
    // The same set by the section's rule: a proportion whose categories are no outcomes of one
    // cohort.
    assertEquals(
        declared,
        ids(i -> !i.isCount() && (i.breakdown().isEmpty() || i.additivity() == Additivity.NONE)));
  }

  @Test
  void tellersThatLeaveTheNoemerAreThoseOfI02I04AndI16() {
    // I02 and I16 count persons in a wijk without population; I04 early school leavers who were
    // not enrolled.
    assertEquals(
        List.of("I02_thuiszitters_per_1000", "I04_vsv_percentage", "I16_rmc_jongeren_per_1000"),
        ids(Indicator::tellerOutsideNoemer));
    assertEquals(List.of("I04_vsv_percentage"), ids(Indicator::tellerMayExceedNoemer));
  }

  @Test
  void noemersAreBoundedAsSectionFourSays() {
    Map<String, Optional<String>> within = new TreeMap<>();
    IndicatorCatalogue.ALL.stream()
        .filter(i -> i.noemerWithin().isPresent())
        .forEach(
            i -> {
              assertEquals("I01_leerlingen", i.noemerWithin().get().indicator(), i.id());
              within.put(i.id(), i.noemerWithin().get().sector());
            });
    assertEquals(
        Map.of(
            "I04_vsv_percentage",
            Optional.empty(),
            "I06_overgang_po_vo",
            Optional.of("PO"),
            "I07_overgang_vmbo_mbo",
            Optional.of("VO"),
            "I08_overgang_mbo_hbo",
            Optional.of("MBO"),
            "I09_vve_bereik",
            Optional.of("PO"),
            "I11_po_thuisnabij",
            Optional.of("PO"),
            // "of I12 and I14 at most I01's totaal"; I15's leavers too, beyond the contract's list
            // (a reader knows they were enrolled; where a person's rows of t lie in two wijken the
            // auditor drops the relation as false).
            "I12_toetsadvies_hoger",
            Optional.of(""),
            "I14_positie_vo3",
            Optional.of(""),
            "I15_uitstroom_startkwalificatie",
            Optional.of("")),
        within);
    assertEquals(
        List.of("I03_thuiszitters_langer_3_maanden", "I13_advies_bijgesteld"),
        ids(i -> i.noemerIsTellerOf().isPresent()));
    assertEquals(
        "I12_toetsadvies_hoger",
        IndicatorCatalogue.byId("I13_advies_bijgesteld").noemerIsTellerOf().orElseThrow());
    assertEquals(
        "I02_thuiszitters_per_1000",
        IndicatorCatalogue.byId("I03_thuiszitters_langer_3_maanden")
            .noemerIsTellerOf()
            .orElseThrow());
  }

  @Test
  void everyRelationNamesAnIndicatorAndCategoryThatExist() {
    for (Indicator i : IndicatorCatalogue.ALL) {
      i.noemerIsTellerOf().ifPresent(IndicatorCatalogue::byId);
      i.noemerWithin()
          .ifPresent(
              w -> {
                Indicator other = IndicatorCatalogue.byId(w.indicator());
                List<String> categories = other.breakdown().orElseThrow().categories();
                w.sector()
                    .filter(s -> !s.isEmpty()) // the totaal
                    .ifPresent(s -> assertTrue(categories.contains(s), i.id() + " -> " + s));
                if (w.sector().isEmpty()) {
                  assertTrue(
                      categories.containsAll(i.breakdown().orElseThrow().categories()), i.id());
                }
              });
    }
  }

  @Test
  void transitionsListTheirOutcomesOnceAsTheirBreakdown() {
    List<Indicator> transitions =
        IndicatorCatalogue.ALL.stream().filter(i -> i.transition().isPresent()).toList();
    assertEquals(
        List.of(
            "I06_overgang_po_vo",
            "I07_overgang_vmbo_mbo",
            "I08_overgang_mbo_hbo",
            "I14_positie_vo3",
            "I15_uitstroom_startkwalificatie"),
        transitions.stream().map(Indicator::id).toList());
    // Only I06-I08 look at the sectors of t+1 (overgang.sql); I14 and I15 compute their outcomes.
    assertEquals(
        List.of("I06_overgang_po_vo", "I07_overgang_vmbo_mbo", "I08_overgang_mbo_hbo"),
        ids(i -> i.transition().map(Indicator.Transition::bySectorNextYear).orElse(false)));
    for (Indicator i : transitions) {
      Breakdown b = i.breakdown().orElseThrow();
      assertEquals(Additivity.OUTCOMES_OF_NOEMER, b.additive());
      assertEquals(b.categories(), i.transition().get().outcomes());
      assertEquals(b.categories().get(0), i.transition().get().main());
    }
    assertEquals(
        List.of("vo", "vso", "po_so", "niet_gevonden"),
        IndicatorCatalogue.byId("I06_overgang_po_vo").transition().orElseThrow().outcomes());
  }

  @Test
  void aCategoryHasOneLabelWhicheverIndicatorListsIt() {
    // Reports label a category by its code alone: vo is "VO" in I06 and in I07.
    Map<String, String> labels = new TreeMap<>();
    for (Indicator i : IndicatorCatalogue.ALL) {
      i.breakdown()
          .ifPresent(
              b ->
                  b.categories()
                      .forEach(
                          c -> {
                            String earlier = labels.putIfAbsent(c, b.label(c));
                            assertTrue(
                                earlier == null || earlier.equals(b.label(c)), i.id() + ": " + c);
                          }));
    }
    assertEquals("PO/SO", labels.get("po_so"));
    assertEquals("absoluut verzuim", labels.get("ABSOLUUT_VERZUIM"));
    assertEquals("VVE", labels.get("VVE"));
  }

  @Test
  void labelsMustMatchTheCategories() {
    IndicatorBuilder b =
        Indicator.builder("I99_proef", Ambition.BOUWEN)
            .breakdown("sector", Additivity.NONE, "PO", "VO");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.labels("PO"));
    assertEquals("breakdown sector has 2 categories and 1 labels", e.getMessage());
  }

  @Test
  void everyIndicatorHasItsSqlAndNeedsEnrolment() {
    for (Indicator i : IndicatorCatalogue.ALL) {
      assertNotNull(getClass().getClassLoader().getResource("sql/indicators/" + i.sql()), i.sql());
      assertTrue(i.needs().contains(Dataset.INSCHRIJVINGEN), i.id());
    }
    assertEquals(15, IndicatorCatalogue.ALL.stream().map(Indicator::id).distinct().count());
  }

  @Test
  void polaritiesOfTheNewIndicatorsAreThoseOfIssue15() {
    // "I12 and I14 have no better/worse, only higher/lower; I13 and I15 higher is better; I16
    // lower is better". I16's situaties partition its teller (section 4).
    Map<String, Polarity> polarity = new TreeMap<>();
    for (String id :
        List.of(
            "I12_toetsadvies_hoger",
            "I13_advies_bijgesteld",
            "I14_positie_vo3",
            "I15_uitstroom_startkwalificatie",
            "I16_rmc_jongeren_per_1000")) {
      polarity.put(id, IndicatorCatalogue.byId(id).polarity());
    }
    assertEquals(
        Map.of(
            "I12_toetsadvies_hoger", Polarity.NEUTRAL,
            "I13_advies_bijgesteld", Polarity.HIGHER_IS_BETTER,
            "I14_positie_vo3", Polarity.NEUTRAL,
            "I15_uitstroom_startkwalificatie", Polarity.HIGHER_IS_BETTER,
            "I16_rmc_jongeren_per_1000", Polarity.LOWER_IS_BETTER),
        polarity);
    assertEquals(
        Additivity.TELLER_PARTITION,
        IndicatorCatalogue.byId("I16_rmc_jongeren_per_1000").additivity());
    assertEquals(
        List.of("WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND"),
        IndicatorCatalogue.byId("I16_rmc_jongeren_per_1000")
            .breakdown()
            .orElseThrow()
            .categories());
  }

  @Test
  void builderRefusesACountWithANoemerRelation() {
    IndicatorBuilder b =
        Indicator.builder("I99_proef", Ambition.BOUWEN)
            .label("Proef")
            .description("Proef.")
            .scale(Scale.COUNT, Polarity.NEUTRAL)
            .needs(Dataset.INSCHRIJVINGEN)
            .sql("i99_proef.sql")
            .complementRule();
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals("indicator I99_proef needs no noemer relations, being a count", e.getMessage());
  }

  @Test
  void builderRefusesAnEntryWithoutItsSql() {
    IndicatorBuilder b =
        Indicator.builder("I99_proef", Ambition.BOUWEN)
            .label("Proef")
            .description("Proef.")
            .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
            .needs(Dataset.INSCHRIJVINGEN);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals("indicator I99_proef needs its sql resource", e.getMessage());
  }

  @Test
  void unknownIdIsNamedInDutch() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalogue.byId("I99"));
    assertEquals("onbekende indicator I99", e.getMessage());
  }
}
