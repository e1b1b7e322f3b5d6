package nl.leamonitor.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Looks up published indicator rows for the reports; it holds nothing that was not published.
 * Voorlopig rows (a schooljaar still running on the rapportagedatum) are kept apart: the series,
 * schooljaren and latest year that trends, changes, statuses and wijk comparisons read are the
 * final figures only, and {@link #voorlopigSeries} gives the voorlopig ones to show as such.
 */
public final class PublishedTable {
  private final List<IndicatorRow> rows;
  // Lookups by key, built once: at national scale (hundreds of wijken, 70,000 rows) scanning the
  // table per wijk and indicator took minutes. Keys are Arrays.asList, as a categorie may be null.
  private final Map<List<Object>, IndicatorRow> byArea = new HashMap<>();
  private final Map<List<Object>, List<IndicatorRow>> gemeenteSeries = new HashMap<>();
  private final Map<List<Object>, List<IndicatorRow>> voorlopigSeries = new HashMap<>();
  private final Map<List<Object>, List<IndicatorRow>> wijkRows = new HashMap<>();
  // The wijken and each indicator's final schooljaren, also built once: the web publication asks
  // for them per wijk page (a national run spent ten minutes rebuilding them from every row).
  private final SortedMap<String, String> wijken = new TreeMap<>();
  private final Map<String, TreeSet<Schooljaar>> finalYears = new HashMap<>();
  // Each indicator's categories, built once, and each wijk comparison's unsuppressed values, sorted
  // when first asked for: the wijk profiles asked for both per wijk. (Concurrent: the table is read
  // from more than one thread.)
  private final Map<String, List<String>> categories = new HashMap<>();
  private final Map<List<Object>, List<Double>> wijkValues = new ConcurrentHashMap<>();

  public PublishedTable(List<IndicatorRow> rows) {
    this.rows = List.copyOf(rows);
    Map<String, TreeSet<String>> categorySets = new HashMap<>();
    for (IndicatorRow r : this.rows) {
      if (!r.isGemeente()) {
        wijken.put(r.gebiedCode(), r.gebiedNaam());
      }
      TreeSet<Schooljaar> years = finalYears.computeIfAbsent(r.indicator(), k -> new TreeSet<>());
      if (!r.voorlopig()) {
        years.add(r.schooljaar());
      }
      if (r.categorie() != null) {
        categorySets.computeIfAbsent(r.indicator(), k -> new TreeSet<>()).add(r.categorie());
      }
      byArea.putIfAbsent(
          Arrays.asList(r.indicator(), r.schooljaar(), r.gebiedCode(), r.categorie()), r);
      if (r.isGemeente()) {
        (r.voorlopig() ? voorlopigSeries : gemeenteSeries)
            .computeIfAbsent(Arrays.asList(r.indicator(), r.categorie()), k -> new ArrayList<>())
            .add(r);
      } else {
        wijkRows
            .computeIfAbsent(
                Arrays.asList(r.indicator(), r.schooljaar(), r.categorie()), k -> new ArrayList<>())
            .add(r);
      }
    }
    gemeenteSeries.replaceAll(
        (k, v) -> v.stream().sorted(Comparator.comparing(IndicatorRow::schooljaar)).toList());
    voorlopigSeries.replaceAll(
        (k, v) -> v.stream().sorted(Comparator.comparing(IndicatorRow::schooljaar)).toList());
    wijkRows.replaceAll(
        (k, v) -> v.stream().sorted(Comparator.comparing(IndicatorRow::gebiedCode)).toList());
    categorySets.forEach((k, v) -> categories.put(k, List.copyOf(v)));
  }

  public List<IndicatorRow> rows() {
    return rows;
  }

  /** Returns the wijken that appear in the table: code to name, in code order. */
  public SortedMap<String, String> wijken() {
    return new TreeMap<>(wijken);
  }

  /**
   * Returns the schooljaren an indicator covers with final (not voorlopig) figures, oldest first.
   */
  public List<Schooljaar> schooljaren(String indicator) {
    return new ArrayList<>(finalYears.getOrDefault(indicator, new TreeSet<>()));
  }

  /** Returns whether an indicator has any published row, final or voorlopig. */
  public boolean covers(String indicator) {
    return finalYears.containsKey(indicator);
  }

  /** Returns the latest schooljaar an indicator covers with final figures. */
  public Optional<Schooljaar> latest(String indicator) {
    List<Schooljaar> years = schooljaren(indicator);
    return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
  }

  /**
   * Returns the gemeente's final (not voorlopig) rows of an indicator for one category (null:
   * totaal), oldest first.
   */
  public List<IndicatorRow> gemeenteSeries(String indicator, String categorie) {
    return gemeenteSeries.getOrDefault(Arrays.asList(indicator, categorie), List.of());
  }

  /**
   * Returns the gemeente's voorlopig rows of an indicator for one category (null: totaal), oldest
   * first.
   */
  public List<IndicatorRow> voorlopigSeries(String indicator, String categorie) {
    return voorlopigSeries.getOrDefault(Arrays.asList(indicator, categorie), List.of());
  }

  /**
   * Returns the wijk rows of an indicator, schooljaar and category (null: totaal), in wijk code
   * order.
   */
  public List<IndicatorRow> wijkRows(String indicator, Schooljaar schooljaar, String categorie) {
    return wijkRows.getOrDefault(Arrays.asList(indicator, schooljaar, categorie), List.of());
  }

  /**
   * Returns the values of the unsuppressed wijk rows of an indicator, schooljaar and category
   * (null: totaal), smallest first.
   */
  public List<Double> wijkValues(String indicator, Schooljaar schooljaar, String categorie) {
    return wijkValues.computeIfAbsent(
        Arrays.asList(indicator, schooljaar, categorie),
        key ->
            wijkRows.getOrDefault(key, List.of()).stream()
                .filter(r -> !r.onderdrukt())
                .map(IndicatorRow::waarde)
                .sorted()
                .toList());
  }

  /** Returns one area's row, if published (suppressed rows included). */
  public Optional<IndicatorRow> row(
      String indicator, Schooljaar schooljaar, String area, String categorie) {
    return Optional.ofNullable(byArea.get(Arrays.asList(indicator, schooljaar, area, categorie)));
  }

  /** Returns the categories of an indicator's breakdown that appear, in the table's order. */
  public List<String> categories(String indicator) {
    return new ArrayList<>(categories.getOrDefault(indicator, List.of()));
  }
}
