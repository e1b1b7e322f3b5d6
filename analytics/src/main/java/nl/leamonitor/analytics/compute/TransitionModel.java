package nl.leamonitor.analytics.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.lake.SqlResource;

/**
 * Fills in the models of cohorts split into outcomes. For a transition to the sectors of t+1 (I06-
 * I08): {@code sql/indicators/overgang.sql}, the one model of those, for one indicator's cohort
 * model and outcomes, listed once in the catalogue; an outcome names the sectors of t+1 that give
 * it, joined by {@code _} ({@code po_so}: PO or SO), and the last outcome, {@code niet_gevonden},
 * is everyone else. For an indicator whose own model gives each person's outcome (I14, I15): that
 * model. Both end in the same cells, {@code sql/fragments/uitkomst_cellen.sql}.
 */
final class TransitionModel {
  /** The model every transition indicator runs. */
  static final String NAME = "overgang";

  /** The cells of a cohort's outcomes, included in the models above. */
  private static final String CELLS = "sql/fragments/uitkomst_cellen.sql";

  /** The outcome of a person found in none of the other outcomes' sectors in t+1. */
  static final String NOT_FOUND = "niet_gevonden";

  /**
   * The sectors of a person's rows of t+1 in {@code int_eerste_inschrijving}, each a 0/1 column.
   */
  private static final Set<String> SECTORS = Set.of("po", "so", "vo", "vso", "mbo", "hbo");

  private TransitionModel() {}

  /** Returns the transition model for a cohort model and its outcomes. */
  static SqlModel of(String cohort, Indicator.Transition transition) {
    return SqlModel.parse(
        NAME,
        withCells(
            SqlResource.load(SqlModel.resource(NAME))
                .replace("{cohort}", cohort)
                .replace("{uitkomst}", outcome(transition.outcomes())),
            transition));
  }

  /**
   * Returns an indicator's own outcome model (I14), its {@code {uitkomst_cellen}} filled in from
   * its outcomes.
   */
  static SqlModel ownOutcomes(String name, Indicator.Transition transition) {
    return SqlModel.parse(name, withCells(SqlResource.load(SqlModel.resource(name)), transition));
  }

  /** Replaces {@code {uitkomst_cellen}} by the cells of the outcomes of a model's cohort. */
  private static String withCells(String sql, Indicator.Transition transition) {
    String cells =
        SqlResource.load(CELLS)
            .lines()
            .filter(line -> !line.startsWith("--"))
            .collect(Collectors.joining("\n"))
            .strip()
            .replace(
                "{uitkomstlijst}",
                transition.outcomes().stream()
                    .map(o -> "('" + o + "')")
                    .collect(Collectors.joining(", ")))
            .replace("{hoofduitkomst}", transition.main());
    if (!sql.contains("{uitkomst_cellen}")) {
      throw new IllegalStateException("SQL-model zonder {uitkomst_cellen}");
    }
    return sql.replace("{uitkomst_cellen}", cells);
  }

  /** Returns the case that gives a person's outcome, the outcomes taken in priority order. */
  static String outcome(List<String> outcomes) {
    if (outcomes.isEmpty() || !outcomes.get(outcomes.size() - 1).equals(NOT_FOUND)) {
      throw new IllegalArgumentException(
          "de laatste uitkomst van een overgang moet " + NOT_FOUND + " zijn: " + outcomes);
    }
    List<String> whens = new ArrayList<>();
    for (String outcome : outcomes.subList(0, outcomes.size() - 1)) {
      List<String> sectors = List.of(outcome.split("_"));
      if (!SECTORS.containsAll(sectors)) {
        throw new IllegalArgumentException(
            "uitkomst "
                + outcome
                + " noemt geen sectoren uit "
                + SECTORS.stream().sorted().toList());
      }
      String found =
          sectors.stream().map(s -> "v." + s + " = 1").collect(Collectors.joining(" or "));
      whens.add("when " + found + " then '" + outcome + "'");
    }
    return "case " + String.join(" ", whens) + " else '" + NOT_FOUND + "' end";
  }
}
