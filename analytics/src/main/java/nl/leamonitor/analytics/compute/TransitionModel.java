package nl.leamonitor.analytics.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.lake.SqlResource;

/**
 * Fills in {@code sql/indicators/overgang.sql}, the one model of every transition indicator, for
 * one indicator: its cohort model and its outcomes, listed once in the catalogue. An outcome names
 * the sectors of t+1 that give it, joined by {@code _} ({@code po_so}: PO or SO); the last outcome,
 * {@code niet_gevonden}, is everyone else.
 */
final class TransitionModel {
  /** The model every transition indicator runs. */
  static final String NAME = "overgang";

  /** The outcome of a person found in none of the other outcomes' sectors in t+1. */
  static final String NOT_FOUND = "niet_gevonden";

  /** The sectors of {@code int_sectoren_volgend_jaar}, each a 0/1 column. */
  private static final Set<String> SECTORS = Set.of("po", "so", "vo", "vso", "mbo", "hbo");

  private TransitionModel() {}

  /** Returns the transition model for a cohort model and its outcomes. */
  static SqlModel of(String cohort, Indicator.Transition transition) {
    return SqlModel.parse(
        NAME,
        SqlResource.load(SqlModel.resource(NAME))
            .replace("{cohort}", cohort)
            .replace(
                "{uitkomsten}",
                transition.outcomes().stream()
                    .map(o -> "('" + o + "')")
                    .collect(Collectors.joining(", ")))
            .replace("{uitkomst}", outcome(transition.outcomes()))
            .replace("{hoofduitkomst}", transition.main()));
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
