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
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.coverage.Requirement;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.TrendTest;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * The Samenvatting of {@code rapport.pdf}: per ambition a table with, per indicator, the latest
 * gemeente value, its interval, the change on the year before, the significant trend and the status
 * against the stuurgroep's targets.
 */
final class EvaluationSummary {
  private final ReportInput input;
  private final PublishedTable table;

  EvaluationSummary(ReportInput input, PublishedTable table) {
    this.input = input;
    this.table = table;
  }

  /** Writes the Samenvatting chapter. */
  void write(PdfReportWriter pdf) throws DocumentException {
    write(pdf, null);
  }

  /**
   * Writes the Samenvatting chapter; {@code forecast}: the pupil forecast's key point with its
   * page, written under ambition 1's table (null: none).
   */
  void write(PdfReportWriter pdf, String forecast) throws DocumentException {
    pdf.heading(1, "Samenvatting");
    pdf.text("Per ambitie " + introduction());
    if (!withTargets()) {
      pdf.text(NO_TARGETS);
    }
    for (Ambition ambition : EvaluationReport.ORDER) {
      pdf.heading(2, ambition.title());
      table(pdf, ambition);
      if (ambition == Ambition.BOUWEN && forecast != null) {
        pdf.text(forecast);
      }
    }
    pdf.note(explanation());
    if (input.rows().stream().anyMatch(IndicatorRow::voorlopig)) {
      pdf.note(voorlopigNote());
    }
    pdf.newPage();
  }

  /**
   * Returns what the tables show, after {@code Per ambitie}: {@code de stand van de indicatoren
   * voor de gemeente ...}.
   */
  String introduction() {
    return "de stand van de indicatoren voor de gemeente in het laatste schooljaar met"
        + " gegevens, het 95%-betrouwbaarheidsinterval, het verschil met het jaar ervoor met"
        + " het 95%-interval van dat verschil ('niet significant' als 0 erbinnen ligt: dan"
        + " kan het verschil toeval zijn), de trend over de laatste "
        + TrendVerdict.MIN_YEARS
        + " tot "
        + TrendVerdict.MAX_YEARS
        + " opeenvolgende schooljaren (alleen als die statistisch significant is en de cijfers"
        + " ongeveer op een rechte lijn liggen)"
        + (withTargets() ? " en de status ten opzichte van de doelen van de stuurgroep." : ".");
  }

  /** Writes an ambition's table and, per target, how its status was reached. */
  void table(ReportWriter pdf, Ambition ambition) throws DocumentException {
    pdf.table(
        "Stand en doelen van de gemeente, " + DutchFormat.inSentence(ambition.title()),
        header(),
        tableRows(ambition),
        widths(),
        Set.of(2, 3, 4));
    for (String note : notes(ambition)) {
      pdf.note(note);
    }
  }

  /** Returns the note on when a trend and a status are shown, and what they mean. */
  String explanation() {
    return (withTargets()
            ? "Een trend en een status worden alleen getoond waar de cijfers dat dragen;"
                + " aantallen (leerlingen en studenten) krijgen geen trendtoets."
            : "Een trend wordt alleen getoond waar de cijfers dat dragen; aantallen"
                + " (leerlingen en studenten) krijgen geen trendtoets.")
        + " Een trend vraagt minstens "
        + TrendVerdict.MIN_YEARS
        + " opeenvolgende afgesloten schooljaren met een gepubliceerd cijfer. 'Verloop niet"
        + " rechtlijnig': de cijfers stijgen of dalen niet gelijkmatig (bijvoorbeeld eerst een"
        + " daling en dan een vlak verloop), zodat een pijl een richting zou suggereren die de"
        + " laatste jaren niet hebben. Gaat het laatste jaar de andere kant op, dan staat dat"
        + " bij de pijl; is die laatste verandering zelf significant, dan staat er geen pijl"
        + " ('richting onzeker')."
        + (withTargets() ? STATUS_NOTE : "");
  }

  /** Returns the note on the voorlopig rows of the tables. */
  String voorlopigNote() {
    return "Voorlopig: een regel met (voorlopig) gaat over een schooljaar dat op de"
        + " rapportagedatum, "
        + DutchFormat.date(input.rapportagedatum())
        + ", nog loopt. Zo'n indicator telt wat er in het schooljaar gebeurt, dus het cijfer"
        + " kan nog veranderen. Het staat er alleen voor de gemeente en telt niet mee in het"
        + " verschil met vorig jaar, de trend"
        + (withTargets() ? " en de status" : "")
        + "; die gaan over het laatste afgesloten schooljaar.";
  }

  private static final String STATUS_NOTE =
      " Status: behaald als het 95%-interval van het laatste schooljaar geheel aan de goede kant"
          + " van het doel ligt; anders wordt een rechte lijn door de laatste "
          + TargetCourse.MIN_YEARS
          + " tot "
          + TargetCourse.MAX_YEARS
          + " opeenvolgende afgesloten schooljaren (elk jaar gewogen naar de precisie van zijn"
          + " cijfer) doorgetrokken naar het doeljaar: op koers als de lijn het doel haalt, niet"
          + " op koers als ook het 95%-interval van de lijn het doel niet haalt, anders aandacht"
          + " nodig. Onder elke tabel staat per doel hoe de status tot stand kwam.";

  /** The line under the summary's introduction when lea.yaml sets no {@code doelen}. */
  static final String NO_TARGETS =
      "De stuurgroep heeft nog geen doelen (streefwaarden) vastgesteld, daarom hebben de tabellen"
          + " geen kolommen Doel en Status. Vastgestelde doelen neemt de analist op in de"
          + " instellingen van LEA Monitor; dan toont dit rapport per doel of het op koers ligt.";

  /** Returns whether the stuurgroep set targets, and so whether the tables show Doel and Status. */
  boolean withTargets() {
    return !input.targets().isEmpty();
  }

  /** Returns the summary tables' header: without Doel and Status when no targets are set. */
  List<String> header() {
    List<String> header =
        List.of(
            "Indicator",
            "Schooljaar",
            "Gemeente",
            "95%-interval",
            "t.o.v. vorig jaar",
            "Trend",
            "Doel",
            "Status");
    return withTargets() ? header : header.subList(0, 6);
  }

  private float[] widths() {
    // The name gets the width; the change sits on up to three short lines.
    return withTargets()
        ? new float[] {30, 8, 8, 11, 10, 14, 11, 9}
        : new float[] {34, 11, 10, 13, 11, 15};
  }

  /**
   * Returns an ambition's table as printed: {@link #summaryRows} with the change on up to three
   * lines (change, interval, judgement), and without Doel and Status when no targets are set.
   */
  List<List<String>> tableRows(Ambition ambition) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : summaryRows(ambition)) {
      List<String> printed = new ArrayList<>(row);
      printed.set(4, printed.get(4).replace(" (", "\n(").replace("), ", ")\n"));
      rows.add(withTargets() ? printed : printed.subList(0, 6));
    }
    return rows;
  }

  /**
   * Returns the summary table of an ambition as the reader sees it: per indicator (and category
   * without totaal) its latest final schooljaar with change, trend and status, then its voorlopig
   * schooljaren, marked, without them.
   */
  List<List<String>> summaryRows(Ambition ambition) {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator indicator : EvaluationReport.indicators(ambition)) {
      List<NotCovered> gaps = NotCoveredText.of(input, indicator);
      if (!table.covers(indicator.id())) {
        // Not computed at all: the latest schooljaar of the delivery and what it lacks, if known.
        NotCovered last = gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
        rows.add(
            List.of(
                indicator.label(),
                last == null ? "-" : last.schooljaar().label(),
                "niet berekend",
                last == null ? "" : last.reasons(),
                "",
                "",
                target(indicator).map(EvaluationSummary::describe).orElse("-"),
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
      // A schooljaar after the latest one shown whose data a partner should have delivered (not
      // one whose t+1 lies beyond the delivery): "niet berekend" instead of a figure.
      java.util.Optional<Schooljaar> shown = latestShown(indicator);
      for (NotCovered gap : gaps) {
        if (!gap.beyondDelivery()
            && shown.map(y -> gap.schooljaar().compareTo(y) > 0).orElse(true)) {
          rows.add(
              List.of(
                  indicator.label(),
                  gap.schooljaar().label(),
                  "niet berekend",
                  gap.reasons(),
                  "",
                  "",
                  target(indicator).map(EvaluationSummary::describe).orElse("-"),
                  ""));
        }
      }
    }
    return rows;
  }

  /** Returns the latest schooljaar the summary shows a figure of, final or voorlopig. */
  private java.util.Optional<Schooljaar> latestShown(Indicator indicator) {
    return table.rows().stream()
        .filter(r -> r.indicator().equals(indicator.id()) && r.isGemeente())
        .map(IndicatorRow::schooljaar)
        .max(Schooljaar::compareTo);
  }

  /** Returns the notes under an ambition's table: per target how its status was reached. */
  List<String> notes(Ambition ambition) {
    List<String> notes = new ArrayList<>();
    for (Indicator indicator : EvaluationReport.indicators(ambition)) {
      Optional<Target> target = target(indicator);
      if (target.isPresent() && indicator.hasTotaal()) {
        List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), null);
        notes.add(
            series.isEmpty()
                ? "Doel voor " + indicator.label() + ": niet te beoordelen zonder cijfers."
                : "Doel voor "
                    + TargetCourse.judge(target.get(), indicator, series)
                        .sentence(indicator.label()));
      }
    }
    return notes;
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
        target.map(EvaluationSummary::describe).orElse("-"),
        "voorlopig: " + stillRunning(input));
  }

  private List<String> summaryRow(Indicator indicator, String categorie) {
    String label =
        indicator.label()
            + (categorie == null ? valueLabel(indicator) : ": " + Labels.category(categorie));
    List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), categorie);
    IndicatorRow latest = series.get(series.size() - 1);
    String value = DutchFormat.valueCell(indicator, latest);
    String interval = DutchFormat.intervalCell(indicator, latest);
    // The change on t-1 (a change from or to a suppressed value would give that value away: x).
    String change = YearChange.of(indicator, table, latest).text(indicator);
    TrendVerdict trend = TrendVerdict.of(indicator, series, table);
    String status = "";
    Optional<Target> target = categorie == null ? target(indicator) : Optional.empty();
    if (target.isPresent()) {
      status = TargetCourse.judge(target.get(), indicator, series).status().label();
    }
    return List.of(
        label,
        cohortYear(indicator, latest.schooljaar()),
        value,
        interval,
        change,
        trend.text(),
        target.map(EvaluationSummary::describe).orElse("-"),
        status);
  }

  /**
   * Returns what the value of an indicator with outcomes but without better or worse is, where its
   * label does not say it: {@code : aandeel boven advies} for I14, whose outcomes are all news.
   */
  static String valueLabel(Indicator indicator) {
    return indicator.polarity() == Polarity.NEUTRAL && indicator.transition().isPresent()
        ? ": aandeel " + Labels.category(indicator.transition().get().main())
        : "";
  }

  /**
   * Returns the schooljaar as the summary names it: for I14, whose schooljaar is that of groep 8
   * while its outcome lies three years later, {@code groep 8 van 2021-2022}.
   */
  static String cohortYear(Indicator indicator, Schooljaar schooljaar) {
    boolean threeYearsOn =
        indicator.coverage().stream()
            .anyMatch(r -> r.kind() == Requirement.Kind.INSCHRIJVINGEN && r.offset() == 3);
    return (threeYearsOn ? "groep 8 van " : "") + schooljaar.label();
  }

  /**
   * Returns the direction of the trend marker the summary shows for a final series (oldest first):
   * NONE without a significant, straight trend over at least three consecutive years.
   */
  static TrendTest.Direction trend(Indicator indicator, List<IndicatorRow> series) {
    return TrendVerdict.of(indicator, series, new PublishedTable(series)).direction();
  }

  private Optional<Target> target(Indicator indicator) {
    return input.targets().stream().filter(t -> t.indicator().equals(indicator.id())).findFirst();
  }

  /** Returns a target as the tables write it: {@code ≥ 88,0 % in 2029-2030}. */
  static String describe(Target t) {
    Indicator indicator = IndicatorCatalogue.byId(t.indicator());
    return (t.higherIsTarget() ? "\u2265 " : "\u2264 ")
        + DutchFormat.value(indicator, t.value())
        + " in "
        + t.deadline().label();
  }
}
