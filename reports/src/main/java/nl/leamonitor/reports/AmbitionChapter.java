package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.Skipped;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.FunnelChart;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.charts.OutcomeChart;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.charts.TrendChart;
import nl.leamonitor.reports.charts.WijkBarChart;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * A chapter of {@code rapport.pdf} on one ambition: per indicator its description, trend chart,
 * voorlopig figures, wijk bars, outcomes and funnel, or why they are missing.
 */
final class AmbitionChapter {
  private final ReportInput input;
  private final PublishedTable table;
  private final List<PlottedChart> charts;

  /** Adds every chart it draws to {@code charts}. */
  AmbitionChapter(ReportInput input, PublishedTable table, List<PlottedChart> charts) {
    this.input = input;
    this.table = table;
    this.charts = charts;
  }

  /** Writes the chapter on an ambition. */
  void write(PdfReportWriter pdf, Ambition ambition) throws DocumentException {
    pdf.heading(1, ambition.title());
    for (Indicator indicator : EvaluationReport.indicators(ambition)) {
      pdf.heading(2, indicator.label());
      pdf.text(indicator.description() + " " + polarityText(indicator));
      Optional<Skipped> skipped =
          input.skipped().stream().filter(s -> s.indicator().equals(indicator.id())).findFirst();
      Optional<Schooljaar> latest = table.latest(indicator.id());
      if (skipped.isPresent() || !table.covers(indicator.id())) {
        pdf.note(
            skipped
                .map(
                    s ->
                        "Niet berekend: niet aangeleverd: "
                            + s.missingFiles()
                            + ". Lever dit bestand aan om deze indicator te krijgen.")
                .orElse(
                    NotCoveredText.none(input, indicator)
                        .orElse("Geen schooljaar met gegevens voor deze indicator.")));
        continue;
      }
      NotCoveredText.some(input, indicator).ifPresent(pdf::note);
      if (latest.isEmpty()) {
        voorlopigNotes(pdf, indicator);
        pdf.note(
            "Er is nog geen afgesloten schooljaar; een trend en wijkcijfers volgen als het"
                + " schooljaar voorbij is.");
        continue;
      }
      PlottedChart trend = TrendChart.of(indicator, table);
      if (trend == null) {
        pdf.note(
            "Een trendlijn vraagt om ten minste twee schooljaren met een gepubliceerde waarde voor"
                + " de gemeente; die zijn er nog niet.");
      } else {
        charts.add(trend);
        pdf.chart(trend.chart(), 175, trend.showsSuppressed());
      }
      voorlopigNotes(pdf, indicator);
      for (String categorie : EvaluationSummary.categories(indicator, table)) {
        String title =
            indicator.label()
                + (categorie == null ? "" : ": " + Labels.category(categorie))
                + " per wijk, "
                + latest.get();
        PlottedChart bars =
            WijkBarChart.of(indicator, table, latest.get(), categorie, false, title);
        if (bars == null) {
          pdf.note("Alle wijkcijfers van " + latest.get() + " zijn onderdrukt (kleine aantallen).");
        } else {
          charts.add(bars);
          pdf.chart(bars.chart(), WijkBarChart.height(bars), bars.showsSuppressed());
        }
      }
      if (indicator.transition().isPresent()) {
        PlottedChart outcomes = OutcomeChart.of(indicator, table, latest.get());
        if (outcomes == null) {
          pdf.note("Geen uitkomst van " + latest.get() + " is gepubliceerd (kleine aantallen).");
        } else {
          charts.add(outcomes);
          pdf.chart(outcomes.chart(), 90 + 15f * table.wijken().size(), outcomes.showsSuppressed());
          pdf.note(
              "Elke uitkomst staat in een eigen kolom, als staaf vanaf 0: zo is uit de lengte van"
                  + " de staven geen weggelaten uitkomst af te lezen, wat bij gestapelde staven tot"
                  + " 100 % wel zou kunnen.");
        }
      }
      PlottedChart funnel = FunnelChart.of(indicator, table, latest.get());
      if (funnel != null) {
        charts.add(funnel);
        pdf.chart(funnel.chart(), 230, funnel.showsSuppressed());
        pdf.note(
            "Trechterdiagram: wijken buiten de gestippelde (95 %) of doorgetrokken (99,8 %) lijnen"
                + " wijken meer van de gemeente af dan toeval verklaart.");
      }
      if (latest.get().equals(table.schooljaren(indicator.id()).get(0))
          && indicator.transition().isPresent()) {
        pdf.note(
            "Overgangen zijn alleen te meten voor schooljaren waarvan ook het volgende schooljaar"
                + " is aangeleverd.");
      }
    }
    pdf.newPage();
  }

  /**
   * Writes the voorlopig gemeente figures of an indicator, marked, with why they take no part in
   * the trend.
   */
  private void voorlopigNotes(PdfReportWriter pdf, Indicator indicator) throws DocumentException {
    for (String categorie : EvaluationSummary.categories(indicator, table)) {
      for (IndicatorRow row : table.voorlopigSeries(indicator.id(), categorie)) {
        String value =
            row.onderdrukt()
                ? DutchFormat.SUPPRESSED
                : DutchFormat.value(indicator, row.waarde())
                    + (row.ciLaag() == null
                        ? ""
                        : " (95%-interval "
                            + DutchFormat.interval(indicator, row.ciLaag(), row.ciHoog())
                            + ")");
        pdf.note(
            "Voorlopig "
                + row.schooljaar().label()
                + (categorie == null ? "" : ", " + Labels.category(categorie))
                + ": gemeente "
                + value
                + "; "
                + EvaluationSummary.stillRunning(input)
                + ". Dit cijfer kan nog veranderen en telt niet mee in de trend; wijkcijfers volgen"
                + " als het schooljaar voorbij is.");
      }
    }
  }

  /** Returns the sentence on an indicator's polarity: {@code Hoger is beter.} or none. */
  static String polarityText(Indicator indicator) {
    return switch (indicator.polarity()) {
      case HIGHER_IS_BETTER -> "Hoger is beter.";
      case LOWER_IS_BETTER -> "Lager is beter.";
      case NEUTRAL -> "";
    };
  }
}
