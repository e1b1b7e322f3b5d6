package nl.leamonitor.analytics.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.coverage.Requirement;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One indicator of contract section 3: what it is, how it reads, where its SQL is, and what a
 * reader of the publication knows about it (contract section 4). Built with {@link #builder}.
 *
 * @param id e.g. {@code I04_vsv_percentage}
 * @param ambition the ambition it reports under
 * @param label short Dutch label for tables and charts
 * @param description Dutch definition for the report's appendix
 * @param scale count, percentage or per 1000
 * @param polarity whether higher is better
 * @param breakdown its breakdown, if any, with how its categories add up to the totaal
 * @param hasTotaal whether it publishes a totaal row (I05 does not)
 * @param needs the datasets without which it is not computed
 * @param coverage the requirements a schooljaar t must meet to be covered (contract section 3):
 *     where one is not met, t has no row (never a row of 0); empty where delivered data of t are
 *     enough (I01, I11)
 * @param sql the {@code sql/indicators/} resource computing its wijk cells
 * @param transition for transition indicators, the main outcome and all outcomes (the breakdown's
 *     categories)
 * @param countsEventsDuringSchooljaar whether its teller counts events during the schooljaar (I02,
 *     I03, I04), so that a schooljaar still running on the rapportagedatum is voorlopig
 * @param noemerIsTellerOf the indicator whose totaal teller this indicator's noemer equals (I03:
 *     I02)
 * @param noemerWithin the other indicator's count that this indicator's noemer is at most (I06:
 *     I01's PO)
 * @param tellerOutsideNoemer whether the teller may count persons outside the noemer's wijken (I02,
 *     I04), so that wijken without a row can still hold tellers that count towards the gemeente
 * @param tellerMayExceedNoemer whether the teller may exceed the noemer (I04); for every other
 *     proportion a reader knows that the teller is at most the noemer
 * @param complementRule whether the complement (noemer - teller) is itself a small number to
 *     protect: a proportion without an outcome breakdown, whose complement is an unpublished
 *     category (I03, I05, I09, I11)
 */
public record Indicator(
    String id,
    Ambition ambition,
    String label,
    String description,
    Scale scale,
    Polarity polarity,
    Optional<Breakdown> breakdown,
    boolean hasTotaal,
    Set<Dataset> needs,
    java.util.List<Requirement> coverage,
    String sql,
    Optional<Transition> transition,
    boolean countsEventsDuringSchooljaar,
    Optional<String> noemerIsTellerOf,
    Optional<NoemerWithin> noemerWithin,
    boolean tellerOutsideNoemer,
    boolean tellerMayExceedNoemer,
    boolean complementRule) {

  /**
   * The outcomes of a transition cohort.
   *
   * @param main the outcome whose share is the indicator's value
   * @param outcomes every outcome in priority order
   * @param bySectorNextYear whether an outcome is the sector a person is in a year later, computed
   *     by the one transition model {@code overgang.sql} over the indicator's cohort model
   *     (I06-I08); false where the indicator's own model gives each outcome's cells (I14, I15)
   */
  public record Transition(
      String main, java.util.List<String> outcomes, boolean bySectorNextYear) {}

  /** Returns a builder for an indicator with an id, under an ambition. */
  public static IndicatorBuilder builder(String id, Ambition ambition) {
    return new IndicatorBuilder(id, ambition);
  }

  /**
   * Returns whether this indicator's rows of a schooljaar are voorlopig (contract section 2): it
   * counts events during the schooljaar, and the schooljaar's last day, P(t+1) - 1, is after the
   * rapportagedatum. Voorlopig rows are published for the gemeente only.
   */
  public boolean voorlopig(Schooljaar schooljaar, LocalDate rapportagedatum) {
    return countsEventsDuringSchooljaar && schooljaar.lastDay().isAfter(rapportagedatum);
  }

  /** Returns whether the value is a count (no noemer, no interval). */
  public boolean isCount() {
    return scale == Scale.COUNT;
  }

  /**
   * Returns how the breakdown's categories add up to the totaal; {@code NONE} without a breakdown.
   */
  public Breakdown.Additivity additivity() {
    return breakdown.map(Breakdown::additive).orElse(Breakdown.Additivity.NONE);
  }
}
