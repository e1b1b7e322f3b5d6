package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.leamonitor.analytics.catalogue.Breakdown;
import nl.leamonitor.analytics.catalogue.Breakdown.Additivity;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.catalogue.NoemerWithin;
import nl.leamonitor.analytics.publish.IndicatorRow;

/**
 * What a determined reader of one run's publication knows besides the published numbers (contract
 * section 4, "Protection against derivation"), as linear relations between the quantities the rows
 * publish:
 *
 * <ul>
 *   <li>counts are whole numbers of at least 0 (the auditor's variables are);
 *   <li>a row exists only where its noemer is above 0 (I01: where its count is), except I03's rows,
 *       whose noemer may be a placeholder's 0;
 *   <li>a teller is at most its noemer (not I04, whose teller may count persons outside it);
 *   <li>a breakdown's structure: outcomes partition their cohort, I16's situaties its teller; a
 *       category of I01, I02 or I04 is at most its totaal, and the categories together count
 *       everyone in the totaal, exactly where the true figures add up (no one in two categories: a
 *       reader sees it wherever an area and year is published whole);
 *   <li>the wijken add up to the gemeente, with one unpublished remainder where a teller may count
 *       persons in wijken without a row (I02, I04);
 *   <li>the relations between indicators: I03's noemer is I02's teller (one quantity), and cohorts
 *       are at most I01's count of their sector ({@link Indicator#noemerWithin()});
 *   <li>numbers published outside the indicator table that bound its figures ({@link
 *       PublishedBound}, from {@code datakwaliteit.csv}).
 * </ul>
 *
 * <p>Built from the rows before suppression, so the true value of every quantity is known. A
 * relation that the true figures break (possible where an indicator's "first row" rules give a
 * person different wijken) would be false knowledge; it is left out and counted.
 */
public final class AttackerKnowledge {
  /** The area of a remainder: the tellers of wijken without a row of their own. */
  public static final String REMAINDER = "overige wijken";

  private final Map<Quantity, Long> values = new LinkedHashMap<>();
  private final Set<Quantity> remainders = new HashSet<>();
  private final List<Relation> relations = new ArrayList<>();
  private int falseRelations;
  private final Map<Quantity, Integer> index = new HashMap<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private int[][] relationQuantities;
  private final Map<Integer, List<Integer>> relationsOf = new HashMap<>();
  private final Map<Integer, int[]> byValue = new ConcurrentHashMap<>();
  private final Map<Relation, Long> truthSums = new IdentityHashMap<>();
  private boolean[] remainderAt;
  private boolean[] publishedAt;
  private long[] valueAt;

  private AttackerKnowledge() {}

  /**
   * Returns the knowledge about a run's rows; the rows must carry their true tellers and noemers.
   */
  public static AttackerKnowledge of(List<IndicatorRow> rows) {
    return of(rows, List.of());
  }

  /**
   * Returns the knowledge about a run's rows and the numbers it publishes elsewhere that bound them
   * ({@link PublishedBound}); the rows must carry their true tellers and noemers.
   */
  public static AttackerKnowledge of(List<IndicatorRow> rows, List<PublishedBound> bounds) {
    AttackerKnowledge k = new AttackerKnowledge();
    Set<String> gemeenten = new HashSet<>();
    for (IndicatorRow r : rows) {
      List<Quantity> q = ProtectionModel.quantitiesOf(r);
      k.values.putIfAbsent(q.get(0), r.teller());
      if (q.size() > 1) {
        k.values.putIfAbsent(q.get(1), r.noemer());
      }
      if (r.isGemeente()) {
        gemeenten.add(r.gebiedCode());
      }
    }
    List<Relation> candidates = new ArrayList<>();
    k.wijkenToGemeente(gemeenten, candidates);
    for (IndicatorRow r : rows) {
      k.rowRelations(r, candidates);
    }
    for (PublishedBound bound : bounds) {
      k.boundRelation(bound, gemeenten, candidates);
    }
    Set<Relation> seen = new HashSet<>();
    for (Relation relation : candidates) {
      if (!seen.add(relation)) {
        continue;
      }
      if (relation.holds(k.values)) {
        k.relations.add(relation);
      } else {
        k.falseRelations++;
      }
    }
    k.relationQuantities = new int[k.relations.size()][];
    for (int i = 0; i < k.relations.size(); i++) {
      k.relationQuantities[i] =
          k.relations.get(i).terms().keySet().stream().mapToInt(k::number).toArray();
      for (int q : k.relationQuantities[i]) {
        k.relationsOf.computeIfAbsent(q, x -> new ArrayList<>()).add(i);
      }
    }
    for (Relation relation : k.relations) {
      long sum = 0;
      for (Map.Entry<Quantity, Integer> t : relation.terms().entrySet()) {
        sum += t.getValue() * k.values.getOrDefault(t.getKey(), 0L);
      }
      k.truthSums.put(relation, sum);
    }
    // A published figure in no relation is numbered too (after all that are).
    k.values.keySet().forEach(k::number);
    k.canonicalise();
    k.remainderAt = new boolean[k.quantities.size()];
    k.publishedAt = new boolean[k.quantities.size()];
    k.valueAt = new long[k.quantities.size()];
    for (int i = 0; i < k.quantities.size(); i++) {
      k.remainderAt[i] = k.isRemainder(k.quantities.get(i));
      k.publishedAt[i] = k.isPublished(k.quantities.get(i));
      k.valueAt[i] = k.values.getOrDefault(k.quantities.get(i), 0L);
    }
    return k;
  }

  /**
   * Makes every relation, value and remainder name a quantity by the one instance its number stands
   * for, in the same order: the auditor looks relations' quantities up in maps keyed by those
   * instances millions of times, and an instance finds itself without comparing six fields.
   */
  private void canonicalise() {
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      Map<Quantity, Integer> terms = new LinkedHashMap<>();
      for (Map.Entry<Quantity, Integer> t : relation.terms().entrySet()) {
        terms.put(quantities.get(index.get(t.getKey())), t.getValue());
      }
      Relation same = new Relation(terms, relation.sense(), relation.constant(), relation.reason());
      truthSums.put(same, truthSums.remove(relation));
      relations.set(r, same);
    }
    Map<Quantity, Long> byNumber = new LinkedHashMap<>();
    values.forEach((q, v) -> byNumber.put(quantities.get(index.get(q)), v));
    values.clear();
    values.putAll(byNumber);
    Set<Quantity> remaining = new HashSet<>();
    remainders.forEach(q -> remaining.add(quantities.get(index.get(q))));
    remainders.clear();
    remainders.addAll(remaining);
  }

  private void wijkenToGemeente(Set<String> gemeenten, List<Relation> out) {
    Map<Quantity, List<Quantity>> wijkenOf = new LinkedHashMap<>();
    for (Quantity q : values.keySet()) {
      if (!gemeenten.contains(q.area())) {
        wijkenOf.computeIfAbsent(q.at(""), x -> new ArrayList<>()).add(q);
      }
    }
    for (Quantity g : new ArrayList<>(values.keySet())) {
      if (!gemeenten.contains(g.area())) {
        continue;
      }
      List<Quantity> wijken = wijkenOf.getOrDefault(g.at(""), List.of());
      if (wijken.isEmpty()) {
        continue;
      }
      Map<Quantity, Integer> terms = new LinkedHashMap<>();
      terms.put(g, 1);
      long rest = values.get(g);
      for (Quantity w : wijken) {
        terms.put(w, -1);
        rest -= values.get(w);
      }
      if (rest < 0) {
        throw new IllegalStateException("de wijken tellen op tot meer dan de gemeente: " + g);
      }
      if (rest > 0) {
        Quantity remainder = g.at(REMAINDER);
        values.put(remainder, rest);
        remainders.add(remainder);
        terms.put(remainder, -1);
      }
      out.add(new Relation(terms, Relation.Sense.EQUAL, 0, "de wijken tellen op tot de gemeente"));
    }
  }

  /** Adds: the gemeente totaal tellers of the bound's indicator, over all years, sum to at most. */
  private void boundRelation(PublishedBound bound, Set<String> gemeenten, List<Relation> out) {
    Map<Quantity, Integer> terms = new LinkedHashMap<>();
    for (Quantity q : values.keySet()) {
      if (q.kind() == 'T'
          && q.indicator().equals(bound.indicator())
          && q.uitsplitsing().equals(IndicatorRow.TOTAAL)
          && gemeenten.contains(q.area())) {
        terms.put(q, 1);
      }
    }
    if (!terms.isEmpty()) {
      out.add(new Relation(terms, Relation.Sense.AT_MOST, bound.atMost(), bound.reason()));
    }
  }

  private void rowRelations(IndicatorRow r, List<Relation> out) {
    Indicator ind = IndicatorCatalogue.byId(r.indicator());
    List<Quantity> q = ProtectionModel.quantitiesOf(r);
    Quantity teller = q.get(0);
    if (ind.isCount()) {
      out.add(
          new Relation(
              Map.of(teller, 1),
              Relation.Sense.AT_LEAST,
              1,
              "een rij bestaat alleen bij een aantal boven 0"));
    } else {
      Quantity noemer = q.get(1);
      if (ind.noemerIsTellerOf().isEmpty()) {
        out.add(
            new Relation(
                Map.of(noemer, 1),
                Relation.Sense.AT_LEAST,
                1,
                "een rij bestaat alleen bij een noemer boven 0"));
      }
      if (!ind.tellerMayExceedNoemer()) {
        out.add(
            new Relation(
                terms(teller, 1, noemer, -1),
                Relation.Sense.AT_MOST,
                0,
                "de teller is hoogstens de noemer"));
      }
      if (ind.noemerWithin().isPresent()) {
        NoemerWithin within = ind.noemerWithin().get();
        Indicator other = IndicatorCatalogue.byId(within.indicator());
        String categorie = within.sector().orElse(r.categorie() == null ? "" : r.categorie());
        String uitsplitsing =
            categorie.isEmpty() ? IndicatorRow.TOTAAL : other.breakdown().orElseThrow().name();
        Quantity count =
            new Quantity(
                'T', other.id(), r.schooljaar().label(), uitsplitsing, categorie, r.gebiedCode());
        out.add(
            new Relation(
                terms(noemer, 1, count, -1),
                Relation.Sense.AT_MOST,
                0,
                "het cohort is een deel van de leerlingen van " + other.id()));
      }
    }
    if (IndicatorRow.TOTAAL.equals(r.uitsplitsing()) && ind.breakdown().isPresent()) {
      breakdownRelations(ind, ind.breakdown().get(), r, out);
    }
  }

  private void breakdownRelations(
      Indicator ind, Breakdown b, IndicatorRow totaal, List<Relation> out) {
    String sj = totaal.schooljaar().label();
    String area = totaal.gebiedCode();
    switch (b.additive()) {
      case OUTCOMES_OF_NOEMER ->
          out.add(partition(ind, b, sj, area, 'N', "de uitkomsten verdelen het cohort"));
      case TELLER_PARTITION ->
          out.add(partition(ind, b, sj, area, 'T', "de categorieën verdelen de teller"));
      case TELLER_AND_NOEMER, TELLER_SHARED_NOEMER -> {
        categoriesWithinTotaal(ind, b, 'T', sj, area, out);
        if (b.additive() == Additivity.TELLER_AND_NOEMER && !ind.isCount()) {
          categoriesWithinTotaal(ind, b, 'N', sj, area, out);
        }
      }
      case NONE -> {}
      default -> throw new IllegalStateException(b.additive().name());
    }
  }

  /**
   * Returns that the categories' tellers add up to the totaal's teller or noemer ({@code kind}).
   */
  private static Relation partition(
      Indicator ind, Breakdown b, String sj, String area, char kind, String reason) {
    Map<Quantity, Integer> terms = new LinkedHashMap<>();
    for (String c : b.categories()) {
      terms.put(new Quantity('T', ind.id(), sj, b.name(), c, area), 1);
    }
    terms.put(new Quantity(kind, ind.id(), sj, IndicatorRow.TOTAAL, "", area), -1);
    return new Relation(terms, Relation.Sense.EQUAL, 0, reason);
  }

  private void categoriesWithinTotaal(
      Indicator ind, Breakdown b, char kind, String sj, String area, List<Relation> out) {
    Quantity tot = new Quantity(kind, ind.id(), sj, IndicatorRow.TOTAAL, "", area);
    // A category without a row is 0, unless a teller may count persons outside the noemer.
    boolean absentIsZero = kind == 'N' || ind.isCount() || !ind.tellerOutsideNoemer();
    Map<Quantity, Integer> sum = new LinkedHashMap<>();
    boolean complete = true;
    for (String c : b.categories()) {
      Quantity cat = new Quantity(kind, ind.id(), sj, b.name(), c, area);
      if (values.containsKey(cat)) {
        out.add(
            new Relation(
                terms(cat, 1, tot, -1),
                Relation.Sense.AT_MOST,
                0,
                "een categorie is hoogstens het totaal"));
        sum.put(cat, 1);
      } else if (!absentIsZero) {
        complete = false;
      }
    }
    if (complete) {
      // Where no one is in two categories the categories add up to the totaal exactly, and a reader
      // sees that in every area and year published whole: so where the true figures add up, the
      // reader is assumed to know it (a privacy review narrowed two wijken' VVE counts so).
      long categories = 0;
      for (Quantity cat : sum.keySet()) {
        categories += values.getOrDefault(cat, 0L);
      }
      boolean exact = values.containsKey(tot) && categories == values.get(tot);
      sum.put(tot, -1);
      out.add(
          exact
              ? new Relation(
                  sum, Relation.Sense.EQUAL, 0, "de categorieën tellen op tot het totaal")
              : new Relation(
                  sum, Relation.Sense.AT_LEAST, 0, "ieder in het totaal valt in een categorie"));
    }
  }

  private static Map<Quantity, Integer> terms(Quantity a, int ca, Quantity b, int cb) {
    Map<Quantity, Integer> terms = new LinkedHashMap<>();
    terms.put(a, ca);
    terms.merge(b, cb, Integer::sum);
    return terms;
  }

  /**
   * Returns the number of a quantity that a relation names or a row publishes. Numbers are given
   * while the knowledge is built, so that the auditor's threads only read them.
   *
   * @throws IllegalArgumentException for a quantity neither named nor published
   */
  int index(Quantity q) {
    Integer i = index.get(q);
    if (i == null) {
      throw new IllegalArgumentException("onbekende grootheid: " + q);
    }
    return i;
  }

  private int number(Quantity q) {
    return index.computeIfAbsent(
        q,
        x -> {
          quantities.add(x);
          return quantities.size() - 1;
        });
  }

  /** Returns the quantities by number. */
  List<Quantity> quantities() {
    return quantities;
  }

  /** Returns, per relation, the numbers of its quantities. */
  int[][] relationQuantities() {
    return relationQuantities;
  }

  /**
   * Returns the numbers of a relation's quantities, largest true value first (ties by number): the
   * order in which a closed part takes in a long sum's cells as absorbers.
   */
  int[] quantitiesByValue(int relation) {
    return byValue.computeIfAbsent(
        relation,
        r ->
            Arrays.stream(relationQuantities[r])
                .boxed()
                .sorted(
                    Comparator.comparingLong(
                            (Integer q) -> -values.getOrDefault(quantities.get(q), 0L))
                        .thenComparingInt(q -> q))
                .mapToInt(Integer::intValue)
                .toArray());
  }

  /**
   * Returns a relation's left-hand side at the true figures (a quantity without a value counts as
   * 0), computed once: the known part of a long sum follows from it without reading its hundreds of
   * terms again.
   */
  long truthSum(Relation relation) {
    return truthSums.get(relation);
  }

  /** Returns the numbers of the relations that name a quantity, by the quantity's number. */
  List<Integer> relationsOf(int quantity) {
    return relationsOf.getOrDefault(quantity, List.of());
  }

  /** Returns the relations, each true for the real figures. */
  public List<Relation> relations() {
    return Collections.unmodifiableList(relations);
  }

  /** Returns the true value of every quantity a row publishes and of every remainder. */
  public Map<Quantity, Long> values() {
    return Collections.unmodifiableMap(values);
  }

  /**
   * Returns whether a quantity is published by no row (a remainder): always unknown to a reader.
   */
  public boolean isRemainder(Quantity q) {
    return remainders.contains(q);
  }

  /**
   * Returns whether a reader does not know the quantity: a remainder, or a published quantity that
   * is hidden.
   *
   * @param hidden whether a published quantity is hidden (every row publishing it suppressed)
   */
  boolean isUnknown(Quantity q, Predicate<Quantity> hidden) {
    return isRemainder(q) || (isPublished(q) && hidden.test(q));
  }

  /**
   * Returns whether a reader does not know the quantity of this number, as {@link
   * #isUnknown(Quantity, Predicate)} does; by number where {@code hidden} tells by number.
   */
  boolean isUnknown(int number, Predicate<Quantity> hidden) {
    if (remainderAt[number]) {
      return true;
    }
    if (!publishedAt[number]) {
      return false;
    }
    return hidden instanceof HiddenByNumber h && h.numbers(this)
        ? h.hidden(number)
        : hidden.test(quantities.get(number));
  }

  /** Returns the true value of the quantity of this number (0 for one without a value). */
  long valueAt(int number) {
    return valueAt[number];
  }

  /** Returns whether the quantity of this number is published, as {@link #isPublished}. */
  boolean isPublished(int number) {
    return publishedAt[number];
  }

  /** Returns whether the quantity of this number is a remainder, as {@link #isRemainder}. */
  boolean isRemainder(int number) {
    return remainderAt[number];
  }

  /** Returns whether some row publishes the quantity; a quantity without a row is a known 0. */
  public boolean isPublished(Quantity q) {
    return values.containsKey(q) && !remainders.contains(q);
  }

  /** Returns how many relations the true figures break and were left out. */
  public int falseRelations() {
    return falseRelations;
  }
}
