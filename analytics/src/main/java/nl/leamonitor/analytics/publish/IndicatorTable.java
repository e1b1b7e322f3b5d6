package nl.leamonitor.analytics.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.stats.Wilson;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Turns an engine's wijk cells into published rows: the gemeente row as the sum over all its
 * wijken, values, Wilson intervals, and after protection the comparison with the gemeente. Values
 * are computed here from the integer tellers and noemers, so every engine publishes the same
 * numbers to the last bit.
 */
public final class IndicatorTable {
  private static final Comparator<String> BYTES =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  /** The contract's order: the first seven columns, byte order. */
  public static final Comparator<IndicatorRow> ORDER =
      Comparator.comparing(IndicatorRow::indicator, BYTES)
          .thenComparing(IndicatorRow::schooljaar)
          .thenComparing(IndicatorRow::gebiedType, BYTES)
          .thenComparing(IndicatorRow::gebiedCode, BYTES)
          .thenComparing(IndicatorRow::gebiedNaam, BYTES)
          .thenComparing(IndicatorRow::uitsplitsing, BYTES)
          .thenComparing(r -> r.categorie() == null ? "" : r.categorie(), BYTES);

  private IndicatorTable() {}

  /**
   * Returns one indicator's rows: a wijk row where its noemer is above 0 (for a count: its teller),
   * and a gemeente row summing every wijk cell, including cells not published.
   */
  public static List<IndicatorRow> build(
      Indicator indicator,
      List<Cell> cells,
      SortedMap<String, String> wijken,
      String gemeenteCode,
      String gemeenteNaam) {
    List<IndicatorRow> rows = new ArrayList<>();
    Map<CellKey, long[]> gemeente = new LinkedHashMap<>();
    for (Cell c : cells) {
      if (!wijken.containsKey(c.wijkCode())) {
        continue;
      }
      long noemer = c.noemer() == null ? 0 : c.noemer();
      long[] sum = gemeente.computeIfAbsent(key(c), k -> new long[2]);
      sum[0] += c.teller();
      sum[1] += noemer;
      if (publishable(indicator, c.teller(), noemer)) {
        rows.add(
            row(
                indicator,
                c.schooljaar(),
                IndicatorRow.WIJK,
                c.wijkCode(),
                wijken.get(c.wijkCode()),
                c.uitsplitsing(),
                c.categorie(),
                c.teller(),
                noemer));
      }
    }
    for (Map.Entry<CellKey, long[]> g : gemeente.entrySet()) {
      long[] sum = g.getValue();
      if (publishable(indicator, sum[0], sum[1])) {
        rows.add(
            row(
                indicator,
                g.getKey().schooljaar(),
                IndicatorRow.GEMEENTE,
                gemeenteCode,
                gemeenteNaam,
                g.getKey().uitsplitsing(),
                g.getKey().categorie(),
                sum[0],
                sum[1]));
      }
    }
    rows.sort(ORDER);
    return rows;
  }

  /**
   * Returns one indicator's rows with its voorlopig schooljaren (contract section 2: it counts
   * events during the schooljaar, which was still running on the rapportagedatum) reduced to the
   * gemeente rows, marked voorlopig. The gemeente rows still sum every wijk cell.
   */
  public static List<IndicatorRow> voorlopig(
      Indicator indicator, List<IndicatorRow> rows, LocalDate rapportagedatum) {
    List<IndicatorRow> kept = new ArrayList<>(rows.size());
    for (IndicatorRow r : rows) {
      if (!indicator.voorlopig(r.schooljaar(), rapportagedatum)) {
        kept.add(r);
      } else if (r.isGemeente()) {
        kept.add(r.asVoorlopig());
      }
    }
    return kept;
  }

  /**
   * A cell's schooljaar, breakdown and category (null for totaal): what the gemeente sums its
   * wijken by.
   */
  private record CellKey(Schooljaar schooljaar, String uitsplitsing, String categorie) {}

  private static CellKey key(Cell c) {
    return new CellKey(c.schooljaar(), c.uitsplitsing(), c.categorie());
  }

  private static boolean publishable(Indicator indicator, long teller, long noemer) {
    return indicator.isCount() ? teller > 0 : noemer > 0;
  }

  private static IndicatorRow row(
      Indicator indicator,
      Schooljaar schooljaar,
      String type,
      String code,
      String name,
      String uitsplitsing,
      String categorie,
      long teller,
      long noemer) {
    if (indicator.isCount()) {
      return new IndicatorRow(
          indicator.id(),
          schooljaar,
          type,
          code,
          name,
          uitsplitsing,
          categorie,
          teller,
          null,
          (double) teller,
          null,
          null,
          null,
          null,
          null,
          false,
          false);
    }
    int factor = indicator.scale().factor();
    double value = (double) teller / noemer * factor;
    boolean interval = teller <= noemer;
    return new IndicatorRow(
        indicator.id(),
        schooljaar,
        type,
        code,
        name,
        uitsplitsing,
        categorie,
        teller,
        noemer,
        value,
        interval ? Wilson.lower(teller, noemer, Wilson.Z95) * factor : null,
        interval ? Wilson.upper(teller, noemer, Wilson.Z95) * factor : null,
        interval ? Wilson.lower(teller, noemer, Wilson.Z998) * factor : null,
        interval ? Wilson.upper(teller, noemer, Wilson.Z998) * factor : null,
        null,
        false,
        false);
  }

  /**
   * Adds, for an indicator whose noemer is another's teller (I03 on I02), a suppressed placeholder
   * row for every area where the other indicator's totaal row is suppressed and this one has no
   * row. Without it, the missing row would tell that the area has no thuiszitters, which the
   * suppressed I02 row hides; where I02's row is published, its teller says so anyway.
   *
   * @param rows protected rows
   * @return the rows with the placeholders, in contract order
   */
  public static List<IndicatorRow> completeLinked(List<IndicatorRow> rows) {
    List<IndicatorRow> complete = new ArrayList<>(rows);
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      if (indicator.noemerIsTellerOf().isEmpty()) {
        continue;
      }
      String linked = indicator.noemerIsTellerOf().get();
      Set<List<Object>> present = new HashSet<>();
      rows.stream()
          .filter(r -> r.indicator().equals(indicator.id()))
          .forEach(r -> present.add(List.of(r.schooljaar(), r.gebiedCode())));
      if (present.isEmpty()) {
        continue;
      }
      // The added row is voorlopig where the other indicator's is: it counts the same persons.
      for (IndicatorRow r : rows) {
        if (r.indicator().equals(linked)
            && IndicatorRow.TOTAAL.equals(r.uitsplitsing())
            && r.onderdrukt()
            && present.add(List.of(r.schooljaar(), r.gebiedCode()))) {
          complete.add(
              new IndicatorRow(
                      indicator.id(),
                      r.schooljaar(),
                      r.gebiedType(),
                      r.gebiedCode(),
                      r.gebiedNaam(),
                      IndicatorRow.TOTAAL,
                      null,
                      0L,
                      0L,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      false,
                      r.voorlopig())
                  .suppressed());
        }
      }
    }
    complete.sort(ORDER);
    return complete;
  }

  /**
   * Returns the rows with each wijk row compared with its gemeente row; empty for counts and where
   * either row is suppressed or has no interval.
   */
  public static List<IndicatorRow> compare(List<IndicatorRow> rows) {
    Map<List<Object>, IndicatorRow> gemeente = new HashMap<>();
    for (IndicatorRow r : rows) {
      if (r.isGemeente()) {
        gemeente.put(
            Arrays.asList(r.indicator(), r.schooljaar(), r.uitsplitsing(), r.categorie()), r);
      }
    }
    List<IndicatorRow> compared = new ArrayList<>(rows.size());
    for (IndicatorRow r : rows) {
      IndicatorRow g =
          gemeente.get(
              Arrays.asList(r.indicator(), r.schooljaar(), r.uitsplitsing(), r.categorie()));
      boolean comparable =
          !r.isGemeente()
              && !r.onderdrukt()
              && r.ciLaag() != null
              && g != null
              && !g.onderdrukt()
              && g.waarde() != null
              && g.ciLaag() != null;
      compared.add(
          comparable ? r.withComparison(Comparison.of(r.ciLaag(), r.ciHoog(), g.waarde())) : r);
    }
    return compared;
  }
}
