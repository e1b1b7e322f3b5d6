package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.WijkInhabitants;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * The first page of {@code wijkvergelijking.pdf}: all wijken against all indicators in one table,
 * each figure coloured by its comparison with the gemeente, beside the wijk's size (inhabitants
 * aged 0 to 23 and pupils). The indicators are numbered columns, named in a legend under the table.
 */
final class WijkOverview {
  /** The indicator that counts pupils, whose wijk totaal is a wijk's number of pupils. */
  private static final String PUPILS = "I01_leerlingen";

  private final ReportInput input;
  private final PublishedTable table;
  private final List<NeighbourhoodReport.Measure> measures;
  private final List<WijkInhabitants> inhabitants;

  WijkOverview(
      ReportInput input,
      PublishedTable table,
      List<NeighbourhoodReport.Measure> measures,
      List<WijkInhabitants> inhabitants) {
    this.input = input;
    this.table = table;
    this.measures = measures;
    this.inhabitants = inhabitants;
  }

  /** Writes the overview page. */
  void write(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, "Overzicht: alle wijken op alle indicatoren");
    // One page: the colours are named in their key under the table, not again in the text.
    pdf.text(
        "Per wijk het laatste cijfer van elke indicator, gekleurd naar de vergelijking met de"
            + " gemeente op grond van het 95%-interval van de wijk (bij minder dan "
            + WijkDifference.EXACT_BELOW
            + " personen: exacte grenzen). Onder de tabel staan de kleuren en de indicatoren bij"
            + " de nummers van de kolommen.");
    List<String> header = header();
    float[] widths = new float[header.size()];
    Arrays.fill(widths, 1);
    widths[0] = 3;
    widths[1] = 2;
    widths[2] = 2;
    Set<Integer> numeric = new HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    // Small type, so that the key and the legend fit the page of the table.
    pdf.compactTable(header, rows(), widths, numeric, fills(), OVERVIEW_TYPE);
    List<Judgement> colours =
        new ArrayList<>(List.of(Judgement.BETER, Judgement.GELIJK, Judgement.SLECHTER));
    if (NeighbourhoodReport.neutral(measures)) {
      colours.addAll(List.of(Judgement.HOGER, Judgement.LAGER));
    }
    List<String> colourRow =
        new ArrayList<>(
            colours.stream()
                .map(j -> j.label() + (j.symbol().isEmpty() ? "" : " " + j.symbol()))
                .toList());
    colourRow.add("geen vergelijking");
    List<Color> colourFills = new ArrayList<>(colours.stream().map(Judgement::color).toList());
    colourFills.add(null);
    List<String> colourHeader =
        new ArrayList<>(java.util.Collections.nCopies(colourRow.size(), ""));
    colourHeader.set(0, "Kleur");
    float[] colourWidths = new float[colourRow.size()];
    Arrays.fill(colourWidths, 1);
    pdf.compactTable(
        colourHeader, List.of(colourRow), colourWidths, Set.of(), List.of(colourFills), 7);
    // The legend in three parts side by side, whole on the page of the table.
    List<List<String>> legend = legend();
    int part = (legend.size() + LEGEND_PARTS - 1) / LEGEND_PARTS;
    List<List<String>> parts = new ArrayList<>();
    for (int i = 0; i < part; i++) {
      List<String> row = new ArrayList<>();
      for (int k = 0; k < LEGEND_PARTS; k++) {
        int at = i + k * part;
        row.addAll(at < legend.size() ? legend.get(at) : java.util.Collections.nCopies(3, ""));
      }
      parts.add(row);
    }
    List<String> legendHeader = new ArrayList<>();
    float[] legendWidths = new float[3 * LEGEND_PARTS];
    Set<Integer> numbers = new HashSet<>();
    for (int k = 0; k < LEGEND_PARTS; k++) {
      legendHeader.addAll(List.of("Nr", "Indicator", "Schooljaar"));
      legendWidths[3 * k] = 2;
      legendWidths[3 * k + 1] = 25;
      legendWidths[3 * k + 2] = 6;
      numbers.add(3 * k);
    }
    pdf.keepTogether(LEGEND_HEADER + LEGEND_ROW * part);
    pdf.compactTable(legendHeader, parts, legendWidths, numbers, OVERVIEW_TYPE);
    pdf.note(sizes());
  }

  /** The type size of the overview's tables. */
  private static final float OVERVIEW_TYPE = 6.5f;

  /** The legend's parts side by side. */
  private static final int LEGEND_PARTS = 3;

  /** The points the legend's header and each of its rows take, to keep it whole. */
  private static final float LEGEND_HEADER = 20;

  private static final float LEGEND_ROW = 20;

  /** Returns the header: wijk, its size, and a number per indicator. */
  List<String> header() {
    List<String> header = new ArrayList<>();
    header.add("Wijk");
    header.add("Inwoners 0-23 jaar");
    header.add("Leerlingen en studenten");
    for (int i = 1; i <= measures.size(); i++) {
      header.add(Integer.toString(i));
    }
    return header;
  }

  /** Returns the rows as the reader sees them: the gemeente first, then every wijk. */
  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    List<String> gemeente = new ArrayList<>();
    gemeente.add("Gemeente " + input.gemeente());
    gemeente.add(inhabitantsText(null));
    gemeente.add(pupilsText(null));
    for (NeighbourhoodReport.Measure m : measures) {
      gemeente.add(gemeenteRow(m).map(r -> cell(m.indicator(), r)).orElse("-"));
    }
    rows.add(gemeente);
    for (Map.Entry<String, String> wijk : table.wijken().entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(wijk.getValue());
      row.add(inhabitantsText(wijk.getKey()));
      row.add(pupilsText(wijk.getKey()));
      for (NeighbourhoodReport.Measure m : measures) {
        IndicatorRow gemeenteRow = gemeenteRow(m).orElse(null);
        row.add(
            table
                .row(m.indicator().id(), m.schooljaar(), wijk.getKey(), m.categorie())
                .map(
                    r -> {
                      WijkDifference difference = WijkDifference.of(r, gemeenteRow);
                      String symbol =
                          r.onderdrukt()
                              ? ""
                              : Judgement.of(difference.comparison(), m.indicator().polarity())
                                  .symbol();
                      return cell(m.indicator(), r)
                          + (symbol.isEmpty() ? "" : " " + symbol)
                          + (difference.alsoAt998() ? " **" : "");
                    })
                .orElse("-"));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Returns per cell its colour: a wijk's figure by its judgement, nothing else coloured. */
  List<List<Color>> fills() {
    List<List<Color>> fills = new ArrayList<>();
    fills.add(new ArrayList<>(java.util.Collections.nCopies(3 + measures.size(), null)));
    for (String code : table.wijken().keySet()) {
      List<Color> row = new ArrayList<>(java.util.Collections.nCopies(3, null));
      for (NeighbourhoodReport.Measure m : measures) {
        // The judgement of the profile pages and the charts: exact limits under 30.
        IndicatorRow gemeenteRow = gemeenteRow(m).orElse(null);
        Judgement j =
            table
                .row(m.indicator().id(), m.schooljaar(), code, m.categorie())
                .filter(r -> !r.onderdrukt())
                .map(
                    r ->
                        Judgement.of(
                            WijkDifference.of(r, gemeenteRow).comparison(),
                            m.indicator().polarity()))
                .orElse(Judgement.ONBEKEND);
        row.add(j == Judgement.ONBEKEND ? null : j.color());
      }
      fills.add(row);
    }
    return fills;
  }

  /**
   * Returns the legend: per column number its indicator with unit and direction, and schooljaar.
   */
  List<List<String>> legend() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      NeighbourhoodReport.Measure m = measures.get(i);
      rows.add(
          List.of(
              Integer.toString(i + 1),
              m.label()
                  + unit(m.indicator())
                  + (m.indicator().polarity() == nl.leamonitor.analytics.catalogue.Polarity.NEUTRAL
                      ? ": geen oordeel, "
                          + Judgement.HOGER.symbol()
                          + " hoger, "
                          + Judgement.LAGER.symbol()
                          + " lager"
                      : ": "
                          + AmbitionChapter.polarityText(m.indicator())
                              .toLowerCase()
                              .replace(".", "")),
              m.schooljaar().label()));
    }
    return rows;
  }

  /** Returns what the size columns count and when, and what x and - mean. */
  String sizes() {
    Optional<Schooljaar> sizeYear = inhabitantsYear();
    Optional<Schooljaar> pupilsYear = table.latest(PUPILS);
    return "Inwoners 0-23 jaar: op 1 oktober"
        + sizeYear.map(y -> " van schooljaar " + y.label()).orElse(" (niet aangeleverd)")
        + ". Leerlingen en studenten: inwoners met een inschrijving"
        + pupilsYear.map(y -> " in " + y.label()).orElse(" (niet berekend)")
        + ". "
        + DutchFormat.SUPPRESSED
        + ": niet gepubliceerd; -: geen cijfer; **: het verschil met de gemeente houdt ook stand"
        + " bij 99,8 %, dus vrijwel zeker geen toeval.";
  }

  /** Returns the unit a legend entry names: {@code (%)}, or none where the label says it. */
  static String unit(Indicator indicator) {
    return switch (indicator.scale()) {
      case PERCENT -> " (%)";
      case PER_THOUSAND -> indicator.label().contains("per 1000") ? "" : " (per 1000)";
      case COUNT -> "";
    };
  }

  private static String cell(Indicator indicator, IndicatorRow row) {
    return row.onderdrukt() ? DutchFormat.SUPPRESSED : DutchFormat.number(indicator, row.waarde());
  }

  private Optional<IndicatorRow> gemeenteRow(NeighbourhoodReport.Measure m) {
    return table.gemeenteSeries(m.indicator().id(), m.categorie()).stream()
        .filter(r -> r.schooljaar().equals(m.schooljaar()))
        .findFirst();
  }

  private Optional<Schooljaar> inhabitantsYear() {
    return inhabitants.stream().map(WijkInhabitants::schooljaar).max(Schooljaar::compareTo);
  }

  /**
   * Returns the inhabitants aged 0 to 23 of a wijk (null: the gemeente, their sum) in the latest
   * year; a number from 1 to k - 1 is not published.
   */
  private String inhabitantsText(String wijk) {
    Optional<Schooljaar> year = inhabitantsYear();
    if (year.isEmpty()) {
      return "-";
    }
    if (wijk == null
        && inhabitants.stream()
            .filter(i -> i.schooljaar().equals(year.get()))
            .map(WijkInhabitants::wijkCode)
            .anyMatch(w -> small(year.get(), w))) {
      // The gemeente's total less the published wijken would give a hidden wijk away: also a wijk
      // with inhabitants but no published row, which has no line of its own to show an x.
      return DutchFormat.SUPPRESSED;
    }
    if (wijk != null && small(year.get(), wijk)) {
      return DutchFormat.SUPPRESSED;
    }
    long count =
        inhabitants.stream()
            .filter(i -> i.schooljaar().equals(year.get()))
            .filter(i -> wijk == null || i.wijkCode().equals(wijk))
            .mapToLong(WijkInhabitants::count)
            .sum();
    return DutchFormat.number(count);
  }

  /** Returns whether a wijk's inhabitants aged 0 to 23 are too few to publish (1 to k - 1). */
  private boolean small(Schooljaar year, String wijk) {
    long count =
        inhabitants.stream()
            .filter(i -> i.schooljaar().equals(year) && i.wijkCode().equals(wijk))
            .mapToLong(WijkInhabitants::count)
            .sum();
    return count > 0 && count < input.minCel();
  }

  /** Returns a wijk's (null: the gemeente's) pupils in the latest year, as published. */
  private String pupilsText(String wijk) {
    Optional<Schooljaar> year = table.latest(PUPILS);
    if (year.isEmpty()) {
      return "-";
    }
    Indicator pupils = IndicatorCatalogue.byId(PUPILS);
    Optional<IndicatorRow> row =
        wijk == null
            ? table.gemeenteSeries(PUPILS, null).stream()
                .filter(r -> r.schooljaar().equals(year.get()))
                .findFirst()
            : table.row(PUPILS, year.get(), wijk, null);
    return row.map(r -> cell(pupils, r)).orElse("-");
  }
}
