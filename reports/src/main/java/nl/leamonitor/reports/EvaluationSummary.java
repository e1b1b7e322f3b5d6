package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.TrendTest;
import nl.leamonitor.analytics.stats.Wilson;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * The Samenvatting of {@code rapport.pdf}: per ambition a table with, per indicator, the latest
 * gemeente value, its interval, the change on the year before, the significant trend and the status
 * against the stuurgroep's targets.
 */
final class EvaluationSummary {
  private static final int TREND_YEARS = 5;

  private final ReportInput input;
  private final PublishedTable table;

  EvaluationSummary(ReportInput input, PublishedTable table) {
    this.input = input;
    this.table = table;
  }

  /** Writes the Samenvatting chapter. */
  void write(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, "Samenvatting");
    pdf.text(
        "Per ambitie de stand van de indicatoren voor de gemeente in het laatste schooljaar met"
            + " gegevens, het 95%-betrouwbaarheidsinterval, het verschil met het jaar ervoor, de"
            + " trend (alleen als die statistisch significant is: chi-kwadraattoets voor trend over"
            + " de laatste "
            + TREND_YEARS
            + " jaren, p < 0,05) en de status ten opzichte van de doelen "
            + "van de stuurgroep.");
    for (Ambition ambition : EvaluationReport.ORDER) {
      pdf.heading(2, ambition.title());
      pdf.table(
          List.of(
              "Indicator",
              "Schooljaar",
              "Gemeente",
              "95%-interval",
              "t.o.v. vorig jaar",
              "Trend",
              "Doel",
              "Status"),
          summaryRows(ambition),
          new float[] {22, 11, 10, 13, 10, 11, 12, 11},
          Set.of(2, 3, 4));
    }
    pdf.note(
        "Een trend en een status worden alleen getoond waar de cijfers dat dragen; aantallen"
            + " (leerlingen en studenten) krijgen geen trendtoets.");
    if (input.rows().stream().anyMatch(IndicatorRow::voorlopig)) {
      pdf.note(
          "Voorlopig: een regel met (voorlopig) gaat over een schooljaar dat op de rapportagedatum,"
              + " "
              + DutchFormat.date(input.rapportagedatum())
              + ", nog loopt. Zo'n indicator telt wat er in het schooljaar gebeurt, dus het cijfer"
              + " kan nog veranderen. Het staat er alleen voor de gemeente en telt niet mee in het"
              + " verschil met vorig jaar, de trend en de status; die gaan over het laatste"
              + " afgesloten schooljaar.");
    }
    pdf.newPage();
  }

  /**
   * Returns the summary table of an ambition as the reader sees it: per indicator (and category
   * without totaal) its latest final schooljaar with change, trend and status, then its voorlopig
   * schooljaren, marked, without them.
   */
  List<List<String>> summaryRows(Ambition ambition) {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator indicator : EvaluationReport.indicators(ambition)) {
      if (!table.covers(indicator.id())) {
        rows.add(
            List.of(
                indicator.label(),
                "-",
                "niet berekend",
                "",
                "",
                "",
                target(indicator).map(this::describe).orElse("-"),
                ""));
        continue;
      }
      for (String categorie : categories(indicator, table)) {
        if (!table.gemeenteSeries(indicator.id(), categorie).isEmpty()) {
          rows.add(summaryRow(indicator, categorie));
        }
        for (IndicatorRow voorlopig : table.voorlopigSeries(indicator.id(), categorie)) {
          rows.add(voorlopigRow(indicator, categorie, voorlopig));
        }
      }
    }
    return rows;
  }

  /**
   * Returns the categories the report discusses an indicator by: only the totaal (a {@code null}
   * categorie) where the indicator has one, else each published category.
   */
  static List<String> categories(Indicator indicator, PublishedTable table) {
    return indicator.hasTotaal()
        ? Collections.singletonList(null)
        : table.categories(indicator.id());
  }

  /** Returns why a figure is voorlopig: {@code schooljaar loopt nog op 30 juni 2025}. */
  static String stillRunning(ReportInput input) {
    return "schooljaar loopt nog op " + DutchFormat.date(input.rapportagedatum());
  }

  /**
   * Returns a summary line for a voorlopig gemeente figure: shown, marked, and without change,
   * trend or status.
   */
  private List<String> voorlopigRow(Indicator indicator, String categorie, IndicatorRow row) {
    String label =
        indicator.label()
            + (categorie == null ? "" : ": " + Labels.category(categorie))
            + " (voorlopig)";
    String value =
        row.onderdrukt() ? DutchFormat.SUPPRESSED : DutchFormat.value(indicator, row.waarde());
    String interval =
        row.onderdrukt() ? "" : DutchFormat.interval(indicator, row.ciLaag(), row.ciHoog());
    Optional<Target> target = categorie == null ? target(indicator) : Optional.empty();
    return List.of(
        label,
        row.schooljaar().label(),
        value,
        interval,
        "-",
        "-",
        target.map(this::describe).orElse("-"),
        "voorlopig: " + stillRunning(input));
  }

  private List<String> summaryRow(Indicator indicator, String categorie) {
    String label = indicator.label() + (categorie == null ? "" : ": " + Labels.category(categorie));
    List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), categorie);
    IndicatorRow latest = series.get(series.size() - 1);
    String value = DutchFormat.valueCell(indicator, latest);
    String interval = DutchFormat.intervalCell(indicator, latest);
    String change = "";
    if (series.size() >= 2) {
      IndicatorRow previous = series.get(series.size() - 2);
      // A change from or to a suppressed value would give that value away: it is not published
      // either.
      change =
          latest.onderdrukt() || previous.onderdrukt()
              ? DutchFormat.SUPPRESSED
              : DutchFormat.change(indicator, latest.waarde() - previous.waarde());
    }
    TrendTest.Direction trend = trend(indicator, series);
    String status = "";
    Optional<Target> target = categorie == null ? target(indicator) : Optional.empty();
    if (target.isPresent() && !latest.onderdrukt()) {
      status =
          Status.of(target.get(), latest.waarde(), latest.ciLaag(), latest.ciHoog(), trend).label();
    }
    return List.of(
        label,
        latest.schooljaar().label(),
        value,
        interval,
        change,
        trendText(indicator, trend, series),
        target.map(this::describe).orElse("-"),
        status);
  }

  /** Returns the significant trend over the last up to five published years (at least three). */
  static TrendTest.Direction trend(Indicator indicator, List<IndicatorRow> series) {
    if (indicator.isCount()) {
      return TrendTest.Direction.NONE;
    }
    List<IndicatorRow> usable =
        series.stream().filter(r -> !r.onderdrukt() && r.teller() <= r.noemer()).toList();
    List<IndicatorRow> last =
        usable.subList(Math.max(0, usable.size() - TREND_YEARS), usable.size());
    if (last.size() < 3) {
      return TrendTest.Direction.NONE;
    }
    long[] tellers = last.stream().mapToLong(IndicatorRow::teller).toArray();
    long[] noemers = last.stream().mapToLong(IndicatorRow::noemer).toArray();
    return TrendTest.direction(tellers, noemers, Wilson.Z95);
  }

  private static String trendText(
      Indicator indicator, TrendTest.Direction trend, List<IndicatorRow> series) {
    if (indicator.isCount() || series.stream().filter(r -> !r.onderdrukt()).count() < 3) {
      return "-";
    }
    return switch (trend) {
      case UP ->
          "\u2191 stijgend"
              + (indicator.polarity() == Polarity.HIGHER_IS_BETTER
                  ? " (beter)"
                  : indicator.polarity() == Polarity.LOWER_IS_BETTER ? " (slechter)" : "");
      case DOWN ->
          "\u2193 dalend"
              + (indicator.polarity() == Polarity.LOWER_IS_BETTER
                  ? " (beter)"
                  : indicator.polarity() == Polarity.HIGHER_IS_BETTER ? " (slechter)" : "");
      case NONE -> "geen significante trend";
    };
  }

  private Optional<Target> target(Indicator indicator) {
    return input.targets().stream().filter(t -> t.indicator().equals(indicator.id())).findFirst();
  }

  private String describe(Target t) {
    Indicator indicator = IndicatorCatalogue.byId(t.indicator());
    return (t.higherIsTarget() ? "\u2265 " : "\u2264 ")
        + DutchFormat.value(indicator, t.value())
        + " in "
        + t.deadline().label();
  }
}
