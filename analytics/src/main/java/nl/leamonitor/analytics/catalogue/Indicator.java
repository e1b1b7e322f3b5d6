package nl.leamonitor.analytics.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One indicator of contract section 3: what it is, how it reads, and where its SQL is.
 *
 * @param id e.g. {@code I04_vsv_percentage}
 * @param ambition the ambition it reports under
 * @param label short Dutch label for tables and charts
 * @param description Dutch definition for the report's appendix
 * @param scale count, percentage or per 1000
 * @param polarity whether higher is better
 * @param breakdown its breakdown, if any
 * @param hasTotaal whether it publishes a totaal row (I05 does not)
 * @param needs the datasets without which it is not computed
 * @param sql the {@code sql/indicators/} resource computing its wijk cells
 * @param transition for transition indicators, the main outcome and all outcomes
 * @param noemerIsTellerOf the indicator whose totaal teller this indicator's noemer equals (I03: I02)
 * @param countsEventsDuringSchooljaar whether its teller counts events during the schooljaar (I02, I03,
 *     I04), so that a schooljaar still running on the rapportagedatum is voorlopig
 */
public record Indicator(String id, Ambition ambition, String label, String description, Scale scale,
    Polarity polarity, Optional<Breakdown> breakdown, boolean hasTotaal, Set<Dataset> needs, String sql,
    Optional<Transition> transition, Optional<String> noemerIsTellerOf, boolean countsEventsDuringSchooljaar) {

  /**
   * The outcomes of a transition cohort.
   *
   * @param main the outcome whose share is the indicator's value
   * @param outcomes every outcome in priority order
   */
  public record Transition(String main, java.util.List<String> outcomes) {}

  /**
   * Returns whether this indicator's rows of a schooljaar are voorlopig (contract section 2): it
   * counts events during the schooljaar, and the schooljaar's last day, P(t+1) - 1, is after the
   * rapportagedatum. Voorlopig rows are published for the gemeente only.
   */
  public boolean voorlopig(String schooljaar, LocalDate rapportagedatum) {
    if (!countsEventsDuringSchooljaar) {
      return false;
    }
    Schooljaar year = Schooljaar.parse(schooljaar);
    if (year == null) {
      throw new IllegalArgumentException("not a schooljaar: " + schooljaar);
    }
    return year.lastDay().isAfter(rapportagedatum);
  }

  /** Returns whether the value is a count (no noemer, no interval). */
  public boolean isCount() {
    return scale == Scale.COUNT;
  }

  /**
   * Returns whether the complement (noemer - teller) is itself a small number to protect
   * (contract section 4): a proportion without an outcome breakdown, whose complement is an
   * unpublished category (I03, I05 per domein, I09, I11).
   */
  public boolean hasComplementRule() {
    return !isCount() && breakdown.map(b -> b.additive() == Breakdown.Additivity.NONE).orElse(true);
  }
}
