package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.BreakdownBarChart;
import nl.leamonitor.reports.charts.PlottedChart;

/**
 * The gemeente's figures per category of a breakdown that partitions the teller (I16: per situatie)
 * in the latest final schooljaar, the year of the section's other charts, and beside it a voorlopig
 * schooljaar after it, marked, as a {@link BreakdownBarChart}.
 */
final class CategoryFigures {
  private final ReportInput input;
  private final PublishedTable table;
  private final List<PlottedChart> charts;

  /** Adds the chart it draws to {@code charts}. */
  CategoryFigures(ReportInput input, PublishedTable table, List<PlottedChart> charts) {
    this.input = input;
    this.table = table;
    this.charts = charts;
  }

  /**
   * Returns the gemeente's category rows of the latest final schooljaar that has any, and of the
   * latest voorlopig schooljaar after it.
   */
  List<IndicatorRow> latestRows(Indicator indicator) {
    List<IndicatorRow> finals = new ArrayList<>();
    List<IndicatorRow> voorlopig = new ArrayList<>();
    for (String categorie : indicator.breakdown().orElseThrow().categories()) {
      finals.addAll(table.gemeenteSeries(indicator.id(), categorie));
      voorlopig.addAll(table.voorlopigSeries(indicator.id(), categorie));
    }
    Optional<Schooljaar> lastFinal =
        finals.stream().map(IndicatorRow::schooljaar).max(Schooljaar::compareTo);
    Optional<Schooljaar> lastVoorlopig =
        voorlopig.stream()
            .map(IndicatorRow::schooljaar)
            .filter(y -> lastFinal.map(f -> y.compareTo(f) > 0).orElse(true))
            .max(Schooljaar::compareTo);
    List<IndicatorRow> rows = new ArrayList<>();
    lastFinal.ifPresent(
        y -> finals.stream().filter(r -> r.schooljaar().equals(y)).forEach(rows::add));
    lastVoorlopig.ifPresent(
        y -> voorlopig.stream().filter(r -> r.schooljaar().equals(y)).forEach(rows::add));
    return rows;
  }

  /** Writes the chart with a note on how to read it, or why there is none. */
  void write(ReportWriter pdf, Indicator indicator) throws DocumentException {
    List<IndicatorRow> rows = latestRows(indicator);
    if (rows.isEmpty()) {
      return;
    }
    List<String> yearLabels =
        rows.stream()
            .map(r -> r.schooljaar().label() + (r.voorlopig() ? " (voorlopig)" : ""))
            .distinct()
            .toList();
    int years = yearLabels.size();
    boolean voorlopig = rows.stream().anyMatch(IndicatorRow::voorlopig);
    String breakdown = indicator.breakdown().orElseThrow().name();
    PlottedChart chart =
        BreakdownBarChart.of(
            indicator,
            rows,
            indicator.label()
                + ", per "
                + breakdown
                + ": gemeente, "
                + DutchFormat.and(yearLabels));
    if (chart == null) {
      pdf.note(
          "Geen "
              + breakdown
              + " van "
              + DutchFormat.and(rows.stream().map(r -> r.schooljaar().label()).distinct().toList())
              + " is gepubliceerd voor de gemeente (kleine aantallen).");
      return;
    }
    charts.add(chart);
    int categories = indicator.breakdown().orElseThrow().categories().size();
    float height = BreakdownBarChart.height(categories, years);
    pdf.keepTogether(height + 40);
    pdf.chart(chart.figure(), height);
    pdf.note(
        "Elke "
            + breakdown
            + " een eigen staaf vanaf 0; samen vormen zij het cijfer van de gemeente."
            + " Een "
            + breakdown
            + " die niet gepubliceerd is, krijgt geen staaf maar een "
            + DutchFormat.SUPPRESSED
            + "."
            + (voorlopig
                ? " Voorlopig"
                    + (years > 1 ? " (de lichte staven)" : "")
                    + ": "
                    + EvaluationSummary.stillRunning(input)
                    + ", dus deze cijfers kunnen nog veranderen."
                : ""));
  }
}
