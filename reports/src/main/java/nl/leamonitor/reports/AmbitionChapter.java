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

  /** The height of a trend chart alone, and of a trend chart and funnel plot side by side. */
  private static final float TREND_HEIGHT = 160;

  private static final float SIDE_BY_SIDE = 215;

  /** Room for the note under a chart, kept on the chart's page. */
  private static final float NOTE_ROOM = 40;

  private static final String FUNNEL_NOTE =
      "Trechterdiagram: elke stip is een wijk, naar het aantal kinderen waarover het cijfer gaat."
          + " Wijken buiten de gestippelde (95 %) of doorgetrokken (99,8 %) lijnen wijken meer van"
          + " de gemeente af dan toeval verklaart; wie buiten de 95%-lijnen valt, staat er met"
          + " naam bij.";

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
      pdf.heading(2, indicator.label(), SIDE_BY_SIDE + 50);
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
      PlottedChart funnel = FunnelChart.of(indicator, table, latest.get());
      if (trend == null) {
        pdf.note(
            "Een trendlijn vraagt om ten minste twee schooljaren met een gepubliceerde waarde voor"
                + " de gemeente; die zijn er nog niet.");
      }
      if (trend != null && funnel != null) {
        // The gemeente's course and the wijken against it side by side, with the funnel's note.
        charts.add(trend);
        charts.add(funnel);
        pdf.keepTogether(SIDE_BY_SIDE + NOTE_ROOM);
        pdf.chartsSideBySide(
            trend.compact().chart(),
            funnel.compact().chart(),
            SIDE_BY_SIDE,
            trend.showsSuppressed() || funnel.showsSuppressed());
        pdf.note(FUNNEL_NOTE);
      } else if (trend != null) {
        charts.add(trend);
        pdf.chart(trend.chart(), TREND_HEIGHT, trend.showsSuppressed());
      }
      voorlopigNotes(pdf, indicator);
      if (indicator.isCount() && indicator.breakdown().isPresent()) {
        breakdownTable(pdf, indicator);
      }
      for (String categorie : EvaluationSummary.categories(indicator, table)) {
        String title =
            indicator.label()
                + (categorie == null ? "" : ", " + Labels.category(categorie))
                + ": de wijken in "
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
          float height = 90 + 15f * table.wijken().size();
          pdf.keepTogether(height + NOTE_ROOM);
          pdf.chart(outcomes.chart(), height, outcomes.showsSuppressed());
          pdf.note(
              "Elke uitkomst heeft een eigen vak met een eigen schaal: per gebied een staaf vanaf 0"
                  + " met het percentage erbij. Zo is uit de lengte van de staven geen weggelaten"
                  + " uitkomst af te lezen, wat bij gestapelde staven tot 100 % wel zou kunnen.");
        }
      }
      if (funnel != null && trend == null) {
        charts.add(funnel);
        pdf.keepTogether(SIDE_BY_SIDE + NOTE_ROOM);
        pdf.chart(funnel.chart(), SIDE_BY_SIDE, funnel.showsSuppressed());
        pdf.note(FUNNEL_NOTE);
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

  /** The most schooljaren a breakdown table shows, the latest ones. */
  private static final int BREAKDOWN_YEARS = 6;

  /**
   * Writes a count's breakdown for the gemeente as a table: per category a row, per schooljaar (the
   * latest few) a column, {@code x} where a figure is not published.
   */
  private void breakdownTable(PdfReportWriter pdf, Indicator indicator) throws DocumentException {
    List<Schooljaar> years = table.schooljaren(indicator.id());
    years = years.subList(Math.max(0, years.size() - BREAKDOWN_YEARS), years.size());
    List<String> header = new java.util.ArrayList<>();
    header.add(
        indicator.breakdown().orElseThrow().name().substring(0, 1).toUpperCase()
            + indicator.breakdown().orElseThrow().name().substring(1));
    years.forEach(y -> header.add(y.label()));
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> present = table.categories(indicator.id());
    for (String categorie : indicator.breakdown().orElseThrow().categories()) {
      if (!present.contains(categorie)) {
        continue;
      }
      List<String> row = new java.util.ArrayList<>();
      row.add(Labels.category(categorie));
      for (Schooljaar year : years) {
        row.add(
            table.gemeenteSeries(indicator.id(), categorie).stream()
                .filter(r -> r.schooljaar().equals(year))
                .findFirst()
                .map(r -> DutchFormat.valueCell(indicator, r))
                .orElse("-"));
      }
      rows.add(row);
    }
    float[] widths = new float[header.size()];
    java.util.Arrays.fill(widths, 1);
    widths[0] = 2;
    java.util.Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    pdf.heading(
        3,
        indicator.label() + " per " + indicator.breakdown().orElseThrow().name() + " (gemeente)",
        40 + 16f * rows.size());
    pdf.table(header, rows, widths, numeric);
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
