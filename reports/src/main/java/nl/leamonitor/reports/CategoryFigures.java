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
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * The gemeente's figures per category of a breakdown that partitions the teller (I16: per situatie)
 * in the latest schooljaar published, voorlopig or final, as a {@link BreakdownBarChart}.
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

  /** Returns the gemeente's category rows of the latest schooljaar that has any, voorlopig too. */
  List<IndicatorRow> latestRows(Indicator indicator) {
    List<IndicatorRow> all = new ArrayList<>();
    for (String categorie : indicator.breakdown().orElseThrow().categories()) {
      all.addAll(table.gemeenteSeries(indicator.id(), categorie));
      all.addAll(table.voorlopigSeries(indicator.id(), categorie));
    }
    Optional<Schooljaar> latest =
        all.stream().map(IndicatorRow::schooljaar).max(Schooljaar::compareTo);
    return latest
        .map(y -> all.stream().filter(r -> r.schooljaar().equals(y)).toList())
        .orElse(List.of());
  }

  /** Writes the chart with a note on how to read it, or why there is none. */
  void write(PdfReportWriter pdf, Indicator indicator) throws DocumentException {
    List<IndicatorRow> rows = latestRows(indicator);
    if (rows.isEmpty()) {
      return;
    }
    Schooljaar year = rows.get(0).schooljaar();
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
                + year.label()
                + (voorlopig ? " (voorlopig)" : ""));
    if (chart == null) {
      pdf.note(
          "Geen "
              + breakdown
              + " van "
              + year.label()
              + " is gepubliceerd voor de gemeente (kleine aantallen).");
      return;
    }
    charts.add(chart);
    int categories = indicator.breakdown().orElseThrow().categories().size();
    pdf.keepTogether(BreakdownBarChart.height(categories) + 40);
    pdf.chart(chart.chart(), BreakdownBarChart.height(categories), chart.showsSuppressed());
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
                ? " Voorlopig: "
                    + EvaluationSummary.stillRunning(input)
                    + ", dus deze cijfers kunnen nog veranderen."
                : ""));
  }
}
