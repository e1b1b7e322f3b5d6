package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.leamonitor.analytics.catalogue.Breakdown;
import nl.leamonitor.analytics.catalogue.Breakdown.Additivity;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;

/**
 * The published rows as quantities and grids: which quantities each row publishes, and how the
 * quantities add up (wijken to the gemeente; categories to the totaal, as each indicator's
 * breakdown says). A quantity is hidden when every row that publishes it is suppressed.
 */
public final class ProtectionModel implements Cover {
  private static final String MARGIN = IndicatorRow.TOTAAL;

  private final List<IndicatorRow> rows;
  private final boolean[] suppressed;
  private final Map<Quantity, List<Integer>> publishedBy = new HashMap<>();
  private final List<Grid> grids = new ArrayList<>();
  private final Map<String, TreeSet<String>> wijkenPerSchooljaar = new HashMap<>();
  private final TreeSet<String> allWijken = new TreeSet<>();

  /** Builds the model of a set of rows (all indicators of a run) with their primary suppression. */
  public ProtectionModel(List<IndicatorRow> rows, boolean[] suppressed) {
    this.rows = rows;
    this.suppressed = suppressed;
    Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow r = rows.get(i);
      for (Quantity q : quantitiesOf(r)) {
        publishedBy.computeIfAbsent(q, k -> new ArrayList<>()).add(i);
      }
      groups
          .computeIfAbsent(List.of(r.indicator(), r.schooljaar().label()), k -> new ArrayList<>())
          .add(i);
      if (!r.isGemeente()) {
        wijkenPerSchooljaar
            .computeIfAbsent(r.schooljaar().label(), k -> new TreeSet<>())
            .add(r.gebiedCode());
        allWijken.add(r.gebiedCode());
      }
    }
    for (Map.Entry<List<String>, List<Integer>> group : groups.entrySet()) {
      addGrids(
          IndicatorCatalogue.byId(group.getKey().get(0)), group.getKey().get(1), group.getValue());
    }
  }

  /** Returns the quantities one row publishes: its teller and, unless a count, its noemer. */
  static List<Quantity> quantitiesOf(IndicatorRow r) {
    Indicator ind = IndicatorCatalogue.byId(r.indicator());
    Additivity additivity = ind.additivity();
    String categorie = r.categorie() == null ? "" : r.categorie();
    List<Quantity> quantities = new ArrayList<>(2);
    if (additivity == Additivity.OUTCOMES_OF_NOEMER
        && r.uitsplitsing().equals(IndicatorRow.TOTAAL)) {
      String main = ind.transition().orElseThrow().main();
      quantities.add(
          new Quantity(
              'T',
              ind.id(),
              r.schooljaar().label(),
              ind.breakdown().get().name(),
              main,
              r.gebiedCode()));
    } else {
      quantities.add(
          new Quantity(
              'T', ind.id(), r.schooljaar().label(), r.uitsplitsing(), categorie, r.gebiedCode()));
    }
    if (ind.isCount()) {
      return quantities;
    }
    if (ind.noemerIsTellerOf().isPresent()) {
      quantities.add(
          new Quantity(
              'T',
              ind.noemerIsTellerOf().get(),
              r.schooljaar().label(),
              IndicatorRow.TOTAAL,
              "",
              r.gebiedCode()));
    } else if (additivity == Additivity.TELLER_SHARED_NOEMER
        || additivity == Additivity.TELLER_PARTITION
        || additivity == Additivity.OUTCOMES_OF_NOEMER) {
      quantities.add(
          new Quantity(
              'N', ind.id(), r.schooljaar().label(), IndicatorRow.TOTAAL, "", r.gebiedCode()));
    } else {
      quantities.add(
          new Quantity(
              'N', ind.id(), r.schooljaar().label(), r.uitsplitsing(), categorie, r.gebiedCode()));
    }
    return quantities;
  }

  private void addGrids(Indicator ind, String schooljaar, List<Integer> members) {
    // Where a teller may count persons outside its noemer (I02, I04), a wijk without a row may
    // still have tellers in the gemeente total: its cells are unknowns, not zeros.
    boolean unpublishedTellers = ind.tellerOutsideNoemer();
    // A voorlopig schooljaar publishes the gemeente only: its wijk cells exist but are not
    // published, so every wijk teller and noemer is an unknown, not a structural zero (which
    // would pin the gemeente's figures to 0 and make a suppressed one derivable).
    boolean voorlopig = members.stream().anyMatch(i -> rows.get(i).voorlopig());
    TreeSet<String> wijken =
        voorlopig
            ? new TreeSet<>(allWijken)
            : unpublishedTellers
                ? new TreeSet<>(wijkenPerSchooljaar.getOrDefault(schooljaar, new TreeSet<>()))
                : new TreeSet<>();
    this.phantoms = unpublishedTellers || voorlopig;
    this.phantomNoemers = voorlopig;
    String gemeente = null;
    for (int i : members) {
      IndicatorRow r = rows.get(i);
      if (r.isGemeente()) {
        gemeente = r.gebiedCode();
      } else {
        wijken.add(r.gebiedCode());
      }
    }
    if (gemeente == null) {
      return;
    }
    List<String> areas = new ArrayList<>(wijken);
    areas.add(gemeente);
    String id = ind.id();
    String base = id + " " + schooljaar;
    Breakdown b = ind.breakdown().orElse(null);
    Additivity additivity = b == null ? Additivity.NONE : b.additive();
    if (b == null) {
      single(base + " teller", areas, t(id, schooljaar, MARGIN, ""));
      if (!ind.isCount()) {
        single(
            base + " noemer",
            areas,
            ind.noemerIsTellerOf().isPresent()
                ? t(ind.noemerIsTellerOf().get(), schooljaar, MARGIN, "")
                : n(id, schooljaar, MARGIN, ""));
      }
      return;
    }
    switch (additivity) {
      case TELLER_AND_NOEMER -> {
        twoWay(
            base + " teller",
            areas,
            b,
            cat -> t(id, schooljaar, b.name(), cat),
            t(id, schooljaar, MARGIN, ""));
        if (!ind.isCount()) {
          twoWay(
              base + " noemer",
              areas,
              b,
              cat -> n(id, schooljaar, b.name(), cat),
              n(id, schooljaar, MARGIN, ""));
        }
      }
      case TELLER_SHARED_NOEMER, TELLER_PARTITION -> {
        twoWay(
            base + " teller",
            areas,
            b,
            cat -> t(id, schooljaar, b.name(), cat),
            t(id, schooljaar, MARGIN, ""));
        single(base + " noemer", areas, n(id, schooljaar, MARGIN, ""));
      }
      case OUTCOMES_OF_NOEMER ->
          twoWay(
              base + " uitkomsten",
              areas,
              b,
              cat -> t(id, schooljaar, b.name(), cat),
              n(id, schooljaar, MARGIN, ""));
      case NONE -> {
        for (String cat : b.categories()) {
          single(base + " teller " + cat, areas, t(id, schooljaar, b.name(), cat));
          single(base + " noemer " + cat, areas, n(id, schooljaar, b.name(), cat));
        }
      }
      default -> throw new IllegalStateException(additivity.name());
    }
  }

  /** A quantity template: the area is filled in per cell. */
  private record Template(
      char kind, String indicator, String schooljaar, String uitsplitsing, String categorie) {
    Quantity at(String area) {
      return new Quantity(kind, indicator, schooljaar, uitsplitsing, categorie, area);
    }
  }

  private static Template t(
      String indicator, String schooljaar, String uitsplitsing, String categorie) {
    return new Template('T', indicator, schooljaar, uitsplitsing, categorie);
  }

  private static Template n(
      String indicator, String schooljaar, String uitsplitsing, String categorie) {
    return new Template('N', indicator, schooljaar, uitsplitsing, categorie);
  }

  private void single(String name, List<String> areas, Template template) {
    Grid grid = Grid.of(name, areas, List.of(MARGIN), false);
    for (String area : areas) {
      put(grid, area, MARGIN, template.at(area));
    }
    add(grid);
  }

  private void twoWay(
      String name,
      List<String> areas,
      Breakdown b,
      java.util.function.Function<String, Template> category,
      Template margin) {
    List<String> columns = new ArrayList<>(b.categories());
    columns.add(MARGIN);
    Grid grid = Grid.of(name, areas, columns, true);
    for (String area : areas) {
      for (String cat : b.categories()) {
        put(grid, area, cat, category.apply(cat).at(area));
      }
      put(grid, area, MARGIN, margin.at(area));
    }
    add(grid);
  }

  private boolean phantoms;
  private boolean phantomNoemers;

  private void put(Grid grid, String area, String column, Quantity q) {
    boolean phantom =
        !area.equals(grid.gemeente())
            && (phantoms && q.kind() == 'T' || phantomNoemers && q.kind() == 'N');
    if (publishedBy.containsKey(q) || phantom) {
      grid.cells().put(List.of(area, column), q);
    }
  }

  private void add(Grid grid) {
    if (!grid.cells().isEmpty()) {
      grids.add(grid);
    }
  }

  public List<Grid> grids() {
    return grids;
  }

  /** Returns the rows that publish the quantity, in order (none for a quantity without a row). */
  int[] rowsPublishing(Quantity quantity) {
    return publishedBy.getOrDefault(quantity, List.of()).stream()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Returns whether every one of the rows is suppressed (true for none). */
  boolean allSuppressed(int[] rowNumbers) {
    for (int i : rowNumbers) {
      if (!suppressed[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean hidden(Quantity quantity) {
    for (int i : publishedBy.getOrDefault(quantity, List.of())) {
      if (!suppressed[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the quantity is hidden, as {@link #hidden}, from the rows publishing it. */
  @Override
  public java.util.function.BooleanSupplier hiddenTest(Quantity quantity) {
    int[] publishing = rowsPublishing(quantity);
    return () -> allSuppressed(publishing);
  }

  /** Returns the cost of hiding the quantity, as {@link #cost}, from the rows publishing it. */
  @Override
  public java.util.function.LongSupplier costTest(Quantity quantity) {
    int[] publishing = rowsPublishing(quantity);
    return () -> cost(publishing);
  }

  /** Returns the cost of hiding what the rows publish, as {@link #cost(Quantity)}. */
  long cost(int[] rowNumbers) {
    long cost = 0;
    for (int i : rowNumbers) {
      if (!suppressed[i]) {
        IndicatorRow r = rows.get(i);
        cost += 1 + (r.teller() == null ? 0 : r.teller());
      }
    }
    return cost;
  }

  @Override
  public long cost(Quantity quantity) {
    long cost = 0;
    for (int i : publishedBy.getOrDefault(quantity, List.of())) {
      if (!suppressed[i]) {
        IndicatorRow r = rows.get(i);
        cost += 1 + (r.teller() == null ? 0 : r.teller());
      }
    }
    return cost;
  }

  @Override
  public void hide(Quantity quantity) {
    for (int i : publishedBy.getOrDefault(quantity, List.of())) {
      suppressed[i] = true;
    }
  }
}
