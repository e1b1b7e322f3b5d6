package nl.leamonitor.reports;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.FigureTable;
import nl.leamonitor.reports.maps.MapFill;

/**
 * What a choropleth of one indicator shows per wijk, from the published figures only: for a
 * percentage or rate the wijk's judgement against the gemeente (the colours of the bar charts,
 * {@link Judgement}), for a count a class of a sequential scale; a suppressed figure hatched.
 *
 * @param title the indicator (and category) and its schooljaar
 * @param fills per wijk code its fill; a wijk without a figure is not in it
 * @param legend the key: the fills the map uses, in a fixed order
 * @param classes whether the fills are classes of a count, whose key goes with the map
 * @param table per wijk its figure and what its fill means, in words: the map's text alternative
 */
public record IndicatorMaps(
    String title,
    Map<String, MapFill> fills,
    List<MapFill> legend,
    boolean classes,
    FigureTable table) {
  /** A wijk without a figure in the schooljaar, or whose figure cannot be compared. */
  public static final MapFill NO_FIGURE =
      MapFill.of(Judgement.ONBEKEND.color(), "", "geen vergelijking");

  /** The classes of a count, light to dark: ColorBrewer's Blues, readable in grey and by all. */
  static final List<Color> SEQUENTIAL =
      List.of(
          new Color(0xDE, 0xEB, 0xF7),
          new Color(0x9E, 0xCA, 0xE1),
          new Color(0x42, 0x92, 0xC6),
          new Color(0x08, 0x45, 0x94));

  /** Returns the map of a measure: each wijk judged against the gemeente. */
  public static IndicatorMaps judged(
      PublishedTable table, Indicator indicator, String categorie, Schooljaar year, String title) {
    Optional<IndicatorRow> gemeente =
        table.gemeenteSeries(indicator.id(), categorie).stream()
            .filter(r -> r.schooljaar().equals(year))
            .findFirst();
    Map<String, MapFill> fills = new LinkedHashMap<>();
    for (String code : table.wijken().keySet()) {
      Optional<IndicatorRow> own = table.row(indicator.id(), year, code, categorie);
      if (own.isEmpty()) {
        continue;
      }
      if (own.get().onderdrukt()) {
        fills.put(code, MapFill.SUPPRESSED);
        continue;
      }
      Judgement j =
          Judgement.of(
              WijkDifference.of(own.get(), gemeente.orElse(null)).comparison(),
              indicator.polarity());
      fills.put(code, j == Judgement.ONBEKEND ? NO_FIGURE : fill(j));
    }
    List<MapFill> legend = new ArrayList<>();
    List<Judgement> order =
        indicator.polarity() == Polarity.NEUTRAL
            ? List.of(Judgement.HOGER, Judgement.GELIJK, Judgement.LAGER)
            : List.of(Judgement.BETER, Judgement.GELIJK, Judgement.SLECHTER);
    order.forEach(j -> legend.add(fill(j)));
    List<List<String>> rows = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (Map.Entry<String, MapFill> e : fills.entrySet()) {
      IndicatorRow r = table.row(indicator.id(), year, e.getKey(), categorie).orElseThrow();
      rows.add(
          List.of(
              r.gebiedNaam(),
              DutchFormat.valueCell(indicator, r),
              DutchFormat.intervalCell(indicator, r),
              r.onderdrukt() ? DutchFormat.SUPPRESSED : e.getValue().label()));
      areas.add(e.getKey());
    }
    return new IndicatorMaps(
        title,
        fills,
        withRest(legend, fills, table),
        false,
        new FigureTable(
            title,
            List.of("Wijk", "Waarde", "95%-interval", "Vergelijking met de gemeente"),
            rows,
            Set.of(1, 2),
            areas));
  }

  /** Returns the fill of a judgement, with the symbol tables write beside hoger and lager. */
  static MapFill fill(Judgement j) {
    return MapFill.of(j.color(), j.symbol(), j.label());
  }

  /**
   * Returns the map of a count (the totaal of {@code categorie} null): four classes of equal width
   * from a round number at or below the smallest published figure, in steps of 1, 2 or 5 times a
   * power of ten.
   */
  public static IndicatorMaps counts(
      PublishedTable table, Indicator indicator, String categorie, Schooljaar year, String title) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, MapFill> fills = new LinkedHashMap<>();
    for (String code : table.wijken().keySet()) {
      table
          .row(indicator.id(), year, code, categorie)
          .ifPresent(
              r -> {
                if (r.onderdrukt() || r.waarde() == null) {
                  fills.put(code, MapFill.SUPPRESSED);
                } else {
                  values.put(code, r.waarde());
                }
              });
    }
    List<MapFill> legend = new ArrayList<>();
    if (!values.isEmpty()) {
      double low = values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double high = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double step = niceStep(Math.max(1, (high - low) / SEQUENTIAL.size()));
      double start = Math.floor(low / step) * step;
      while (start + SEQUENTIAL.size() * step <= high) {
        step = niceStep(step * 1.01);
        start = Math.floor(low / step) * step;
      }
      for (int k = 0; k < SEQUENTIAL.size(); k++) {
        long from = Math.round(start + k * step);
        long to = Math.round(start + (k + 1) * step);
        legend.add(
            MapFill.of(
                SEQUENTIAL.get(k), "", DutchFormat.number(from) + "-" + DutchFormat.number(to)));
      }
      for (Map.Entry<String, Double> e : values.entrySet()) {
        int k = (int) Math.min(SEQUENTIAL.size() - 1, Math.floor((e.getValue() - start) / step));
        fills.put(e.getKey(), legend.get(Math.max(0, k)));
      }
    }
    Map<String, MapFill> ordered = new LinkedHashMap<>();
    table
        .wijken()
        .keySet()
        .forEach(
            c -> {
              if (fills.containsKey(c)) {
                ordered.put(c, fills.get(c));
              }
            });
    List<List<String>> rows = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (Map.Entry<String, MapFill> e : ordered.entrySet()) {
      IndicatorRow r = table.row(indicator.id(), year, e.getKey(), categorie).orElseThrow();
      rows.add(
          List.of(
              r.gebiedNaam(),
              r.onderdrukt() || r.waarde() == null
                  ? DutchFormat.SUPPRESSED
                  : DutchFormat.value(indicator, r.waarde()),
              e.getValue().hatched() ? DutchFormat.SUPPRESSED : e.getValue().label()));
      areas.add(e.getKey());
    }
    return new IndicatorMaps(
        title,
        ordered,
        withRest(legend, ordered, table),
        true,
        new FigureTable(title, List.of("Wijk", "Aantal", "Klasse"), rows, Set.of(1), areas));
  }

  /** Returns the smallest of 1, 2 and 5 times a power of ten at least {@code raw}. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** Adds the keys of suppressed and missing figures where the map shows them. */
  private static List<MapFill> withRest(
      List<MapFill> legend, Map<String, MapFill> fills, PublishedTable table) {
    List<MapFill> all = new ArrayList<>(legend);
    if (fills.size() < table.wijken().size() || fills.containsValue(NO_FIGURE)) {
      all.add(NO_FIGURE);
    }
    if (fills.containsValue(MapFill.SUPPRESSED)) {
      all.add(MapFill.SUPPRESSED);
    }
    return all;
  }

  /** Returns whether a wijk's figure is suppressed on this map. */
  boolean showsSuppressed() {
    return fills.containsValue(MapFill.SUPPRESSED);
  }
}
