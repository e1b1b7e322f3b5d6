package nl.leamonitor.analytics.catalogue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Breakdown.Additivity;
import nl.leamonitor.analytics.catalogue.Indicator.Transition;
import nl.leamonitor.analytics.coverage.Requirement;
import nl.leamonitor.ingest.delivery.Dataset;

/**
 * Builds an {@link Indicator} field by field, so that a catalogue entry names every fact it states;
 * what an entry leaves out is the common case (a totaal row, complete once delivered, no relation
 * to another indicator).
 */
public final class IndicatorBuilder {
  private final String id;
  private final Ambition ambition;
  private String label;
  private String description;
  private Scale scale;
  private Polarity polarity;
  private Breakdown breakdown;
  private boolean hasTotaal = true;
  private final EnumSet<Dataset> needs = EnumSet.noneOf(Dataset.class);
  private List<Requirement> coverage = List.of();
  private String sql;
  private Transition transition;
  private boolean countsEventsDuringSchooljaar;
  private String noemerIsTellerOf;
  private NoemerWithin noemerWithin;
  private boolean tellerOutsideNoemer;
  private boolean tellerMayExceedNoemer;
  private boolean complementRule;

  IndicatorBuilder(String id, Ambition ambition) {
    this.id = Objects.requireNonNull(id);
    this.ambition = Objects.requireNonNull(ambition);
  }

  /** Sets the short Dutch label for tables and charts. */
  public IndicatorBuilder label(String label) {
    this.label = label;
    return this;
  }

  /** Sets the Dutch definition for the report's appendix. */
  public IndicatorBuilder description(String description) {
    this.description = description;
    return this;
  }

  /** Sets how the value is formed from teller and noemer, and whether higher is better. */
  public IndicatorBuilder scale(Scale scale, Polarity polarity) {
    this.scale = scale;
    this.polarity = polarity;
    return this;
  }

  /**
   * Sets the breakdown: its name in the {@code uitsplitsing} column, how it adds up, and its
   * categories, each labelled as published until {@link #labels} says otherwise.
   */
  public IndicatorBuilder breakdown(String name, Additivity additive, String... categories) {
    this.breakdown = new Breakdown(name, List.of(categories), additive, List.of(categories));
    return this;
  }

  /** Sets the Dutch labels of the breakdown's categories for reports, in the categories' order. */
  public IndicatorBuilder labels(String... labels) {
    require(breakdown != null, "a breakdown before its labels");
    this.breakdown =
        new Breakdown(
            breakdown.name(), breakdown.categories(), breakdown.additive(), List.of(labels));
    return this;
  }

  /**
   * Makes this a transition indicator: a cohort split into outcomes, listed in priority order; the
   * first outcome is the main one, whose share is the indicator's value.
   */
  public IndicatorBuilder outcomes(String name, String... outcomes) {
    breakdown(name, Additivity.OUTCOMES_OF_NOEMER, outcomes);
    this.transition = new Transition(outcomes[0], List.of(outcomes), true);
    return this;
  }

  /**
   * Makes this a cohort split into outcomes that its own model computes (a totaal row with the main
   * outcome's teller and a row per outcome), not the sectors of the next year: I14's position in VO
   * leerjaar 3, I15's startkwalificatie. The first outcome is the main one.
   */
  public IndicatorBuilder outcomesOfOwnModel(String name, String... outcomes) {
    breakdown(name, Additivity.OUTCOMES_OF_NOEMER, outcomes);
    this.transition = new Transition(outcomes[0], List.of(outcomes), false);
    return this;
  }

  /** Marks that no totaal row is published (the categories are separate populations). */
  public IndicatorBuilder withoutTotaal() {
    this.hasTotaal = false;
    return this;
  }

  /** Sets the datasets without which the indicator is not computed. */
  public IndicatorBuilder needs(Dataset first, Dataset... rest) {
    needs.add(first);
    needs.addAll(List.of(rest));
    return this;
  }

  /**
   * Sets what a schooljaar t needs to be covered (contract section 3), beyond rows of t in the
   * datasets the indicator counts.
   */
  public IndicatorBuilder coversOnlyWhere(Requirement... requirements) {
    this.coverage = List.of(requirements);
    return this;
  }

  /** Sets the {@code sql/indicators/} resource that computes the wijk cells. */
  public IndicatorBuilder sql(String resource) {
    this.sql = resource;
    return this;
  }

  /**
   * Marks that the teller counts events during the schooljaar, voorlopig while it runs (contract
   * section 2).
   */
  public IndicatorBuilder countsEventsDuringSchooljaar() {
    this.countsEventsDuringSchooljaar = true;
    return this;
  }

  /** Sets the indicator whose totaal teller is this indicator's noemer (I03: I02). */
  public IndicatorBuilder noemerIsTellerOf(String indicator) {
    this.noemerIsTellerOf = indicator;
    return this;
  }

  /** Sets the other indicator's count that the noemer is at most (contract section 4). */
  public IndicatorBuilder noemerWithin(NoemerWithin within) {
    this.noemerWithin = within;
    return this;
  }

  /** Marks that the teller may count persons in wijken without a row of their own. */
  public IndicatorBuilder tellerOutsideNoemer() {
    this.tellerOutsideNoemer = true;
    return this;
  }

  /** Marks that the teller may exceed the noemer (it counts persons who need not be in it). */
  public IndicatorBuilder tellerMayExceedNoemer() {
    this.tellerMayExceedNoemer = true;
    return this;
  }

  /**
   * Marks that the complement (noemer - teller) is protected as a small number (contract section
   * 4).
   */
  public IndicatorBuilder complementRule() {
    this.complementRule = true;
    return this;
  }

  /** Returns the indicator; fails on a missing field or facts that cannot hold together. */
  public Indicator build() {
    require(label != null && description != null, "label and description");
    require(scale != null && polarity != null, "scale and polarity");
    require(!needs.isEmpty(), "the datasets it needs");
    require(sql != null, "its sql resource");
    boolean relatesNoemer =
        noemerIsTellerOf != null || noemerWithin != null || complementRule || tellerMayExceedNoemer;
    require(scale != Scale.COUNT || !relatesNoemer, "no noemer relations, being a count");
    require(hasTotaal || breakdown != null, "a breakdown, having no totaal row");
    require(
        coverage.stream().allMatch(r -> r.kind().dataset().map(needs::contains).orElse(true)),
        "the datasets its coverage reads among the datasets it needs");
    return new Indicator(
        id,
        ambition,
        label,
        description,
        scale,
        polarity,
        Optional.ofNullable(breakdown),
        hasTotaal,
        Collections.unmodifiableSet(EnumSet.copyOf(needs)),
        coverage,
        sql,
        Optional.ofNullable(transition),
        countsEventsDuringSchooljaar,
        Optional.ofNullable(noemerIsTellerOf),
        Optional.ofNullable(noemerWithin),
        tellerOutsideNoemer,
        tellerMayExceedNoemer,
        complementRule);
  }

  private void require(boolean holds, String what) {
    if (!holds) {
      throw new IllegalStateException("indicator " + id + " needs " + what);
    }
  }
}
