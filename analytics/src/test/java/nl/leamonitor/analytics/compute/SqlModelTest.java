package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.ingest.delivery.Dataset;
import org.junit.jupiter.api.Test;

/**
 * SQL models name what they read; the engine derives the order and refuses cycles and unknown
 * models.
 */
class SqlModelTest {
  /** A small graph: d reads b and c, both read a; b also reads c. */
  private static final Map<String, String> GRAPH =
      Map.of(
          "int_a", "select 1 as x",
          "int_b", "select * from {{ ref('int_a') }} join {{ref('int_c')}} using (x)",
          "int_c", "select * from {{ ref('int_a') }}",
          "i99_d",
              "select * from {{ ref('int_b') }} union all select * from {{ ref('int_c') }} union"
                  + " all select * from {{ ref('int_b') }}");

  private static List<String> order(String root, Map<String, String> graph) {
    return SqlModel.parse(root, graph.get(root))
        .dependencies(name -> Optional.ofNullable(graph.get(name)))
        .stream()
        .map(SqlModel::name)
        .toList();
  }

  @Test
  void refsAreReadOnceAndReplacedByTheModelsName() {
    SqlModel d = SqlModel.parse("i99_d", GRAPH.get("i99_d"));
    assertEquals(List.of("int_b", "int_c"), d.reads());
    assertEquals(
        "select * from int_b union all select * from int_c union all select * from int_b", d.sql());
    assertEquals(List.of("int_a", "int_c"), SqlModel.parse("int_b", GRAPH.get("int_b")).reads());
  }

  @Test
  void everyModelComesAfterTheModelsItReads() {
    // d reads b first; b reads a, then c (which reads a, already placed); then d's c is placed.
    assertEquals(List.of("int_a", "int_c", "int_b"), order("i99_d", GRAPH));
    assertEquals(List.of("int_a"), order("int_c", GRAPH));
    assertEquals(List.of(), order("int_a", GRAPH));
  }

  @Test
  void aCycleIsRefusedWithItsPath() {
    Map<String, String> cycle =
        Map.of(
            "i99_d", "select * from {{ ref('int_a') }}",
            "int_a", "select * from {{ ref('int_b') }}",
            "int_b", "select * from {{ ref('int_c') }}",
            "int_c", "select * from {{ ref('int_a') }}");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> order("i99_d", cycle));
    assertEquals(
        "SQL-modellen lezen elkaar in een kring: int_a -> int_b -> int_c -> int_a", e.getMessage());
    Map<String, String> self = Map.of("int_a", "select * from {{ ref('int_a') }}");
    assertEquals(
        "SQL-modellen lezen elkaar in een kring: int_a -> int_a",
        assertThrows(IllegalStateException.class, () -> order("int_a", self)).getMessage());
  }

  @Test
  void anUnknownModelIsRefusedWithTheFileItLookedFor() {
    Map<String, String> unknown =
        Map.of(
            "i99_d",
            "select * from {{ ref('int_b') }}",
            "int_b",
            "select * from {{ ref('int_onbekend') }}");
    assertEquals(
        "SQL-model int_b leest onbekend model int_onbekend (sql/intermediate/int_onbekend.sql"
            + " bestaat niet)",
        assertThrows(IllegalStateException.class, () -> order("i99_d", unknown)).getMessage());
    // The shipped models are looked up on the classpath.
    assertEquals(
        "SQL-model i99_d leest onbekend model stg_jeugdzorg (sql/staging/stg_jeugdzorg.sql bestaat"
            + " niet)",
        assertThrows(
                IllegalStateException.class,
                () ->
                    SqlModel.parse("i99_d", "select * from {{ ref('stg_jeugdzorg') }}")
                        .dependencies())
            .getMessage());
    assertEquals(
        "SQL-model i99_onbekend bestaat niet: sql/indicators/i99_onbekend.sql ontbreekt",
        assertThrows(IllegalStateException.class, () -> SqlModel.load("i99_onbekend"))
            .getMessage());
  }

  @Test
  void aMarkerThatIsNotARefIsRefused() {
    assertEquals(
        "SQL-model int_a bevat een {{ die geen {{ ref('naam') }} is",
        assertThrows(
                IllegalStateException.class,
                () -> SqlModel.parse("int_a", "select * from {{ ref(\"int_b\") }}"))
            .getMessage());
  }

  @Test
  void theLayerFollowsFromTheName() {
    assertEquals("sql/staging/stg_vsv.sql", SqlModel.resource("stg_vsv"));
    assertEquals(
        "sql/intermediate/int_thuiszitter_cases.sql", SqlModel.resource("int_thuiszitter_cases"));
    assertEquals("sql/indicators/i04_vsv_percentage.sql", SqlModel.resource("i04_vsv_percentage"));
  }

  /**
   * Returns the datasets whose staging model an indicator's model reads, directly or through
   * others.
   */
  private static Set<Dataset> stagingRead(Indicator indicator) {
    return stagingRead(SqlIndicatorEngine.model(indicator));
  }

  /** Returns the datasets whose staging model a model reads, directly or through others. */
  private static Set<Dataset> stagingRead(SqlModel model) {
    Set<String> staging =
        model.dependencies().stream()
            .map(SqlModel::name)
            .filter(n -> n.startsWith("stg_"))
            .collect(Collectors.toSet());
    return java.util.Arrays.stream(Dataset.values())
        .filter(d -> staging.contains("stg_" + d.lakeName()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theShippedModelsDeriveTheirOrder() {
    // I03 reads int_thuiszitters_5_17, which reads int_thuiszitter_eerste_cases, which reads
    // int_thuiszitter_cases, which reads stg_thuiszitters and int_thuiszitter_schooljaren
    // (int_dekking_bevolking, stg_bevolking).
    assertEquals(
        List.of(
            "stg_thuiszitters",
            "stg_bevolking",
            "int_dekking_bevolking",
            "int_thuiszitter_schooljaren",
            "int_thuiszitter_cases",
            "int_thuiszitter_eerste_cases",
            "int_thuiszitters_5_17"),
        SqlIndicatorEngine.model(IndicatorCatalogue.byId("I03_thuiszitters_langer_3_maanden"))
            .dependencies()
            .stream()
            .map(SqlModel::name)
            .toList());
    // A transition indicator runs the one transition model over its own cohort model.
    assertEquals(
        List.of(
            "stg_inschrijvingen",
            "i07_overgang_vmbo_mbo",
            "int_bestand_volgorde",
            "int_eerste_inschrijving"),
        SqlIndicatorEngine.model(IndicatorCatalogue.byId("I07_overgang_vmbo_mbo"))
            .dependencies()
            .stream()
            .map(SqlModel::name)
            .toList());
  }

  @Test
  void everyIndicatorReadsOnlyTheDatasetsItNeeds() {
    // The catalogue's needs decide whether an indicator is computed; its SQL must not read more.
    // Nor may its coverage models (contract section 3), which the engine reads with the
    // enrolment's, the delivery's schooljaren.
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      Set<Dataset> read = new TreeSet<>(stagingRead(indicator));
      for (nl.leamonitor.analytics.coverage.Requirement r : indicator.coverage()) {
        r.kind().model().ifPresent(m -> read.addAll(stagingRead(SqlModel.load(m))));
      }
      assertTrue(
          indicator.needs().containsAll(read),
          indicator.id() + " reads " + read + ", needs " + indicator.needs());
    }
    assertEquals(
        Set.of(Dataset.THUISZITTERS, Dataset.BEVOLKING),
        stagingRead(IndicatorCatalogue.byId("I02_thuiszitters_per_1000")));
    assertEquals(
        Set.of(Dataset.INSCHRIJVINGEN, Dataset.THUISZITTERS, Dataset.BEVOLKING),
        stagingRead(SqlModel.load("int_dekking_verzuim")));
  }

  @Test
  void transitionOutcomesBecomeOneCaseInPriorityOrder() {
    assertEquals(
        "case when v.vo = 1 then 'vo' when v.vso = 1 then 'vso' when v.po = 1 or v.so = 1 then"
            + " 'po_so' else 'niet_gevonden' end",
        TransitionModel.outcome(List.of("vo", "vso", "po_so", "niet_gevonden")));
    assertEquals(
        "de laatste uitkomst van een overgang moet niet_gevonden zijn: [hbo, mbo]",
        assertThrows(
                IllegalArgumentException.class,
                () -> TransitionModel.outcome(List.of("hbo", "mbo")))
            .getMessage());
    assertEquals(
        "uitkomst wo noemt geen sectoren uit [hbo, mbo, po, so, vo, vso]",
        assertThrows(
                IllegalArgumentException.class,
                () -> TransitionModel.outcome(List.of("wo", "niet_gevonden")))
            .getMessage());
  }

  /**
   * What an indicator costs alone (the benchmark's figure) counts every model it reads, coverage
   * models included. I04 reads stg_inschrijvingen, stg_vsv and int_bestand_volgorde (over
   * stg_inschrijvingen; i04_vsv_percentage.sql) and is covered by a vsv row of t (int_dekking_vsv,
   * over stg_vsv) and the enrolments' int_dekking_inschrijvingen (over stg_inschrijvingen). I02
   * reads stg_bevolking, int_thuiszitter_schooljaren (over int_dekking_bevolking, over
   * stg_bevolking) and int_thuiszitter_eerste_cases (over int_thuiszitter_cases, over
   * stg_thuiszitters); its coverage adds int_dekking_verzuim (over int_dekking_inschrijvingen,
   * int_dekking_bevolking and stg_thuiszitters) and int_dekking_inschrijvingen (over
   * stg_inschrijvingen).
   */
  @Test
  void anIndicatorAloneReadsItsModelsAndItsCoverageModels() {
    assertEquals(
        new TreeSet<>(
            Set.of(
                "stg_inschrijvingen",
                "stg_vsv",
                "int_dekking_vsv",
                "int_bestand_volgorde",
                "int_dekking_inschrijvingen")),
        SqlIndicatorEngine.modelsRead(IndicatorCatalogue.byId("I04_vsv_percentage")));
    assertEquals(
        new TreeSet<>(
            Set.of(
                "stg_bevolking",
                "stg_thuiszitters",
                "stg_inschrijvingen",
                "int_dekking_bevolking",
                "int_dekking_verzuim",
                "int_dekking_inschrijvingen",
                "int_thuiszitter_schooljaren",
                "int_thuiszitter_cases",
                "int_thuiszitter_eerste_cases")),
        SqlIndicatorEngine.modelsRead(IndicatorCatalogue.byId("I02_thuiszitters_per_1000")));
  }
}
