package nl.leamonitor.reports;

import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_PARTITION;

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
import nl.leamonitor.reports.charts.StackedOutcomeChart;
import nl.leamonitor.reports.charts.TrendChart;
import nl.leamonitor.reports.charts.WijkBarChart;

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

  /** Room for a section's heading and introduction with its first indicator's heading and text. */
  private static final float INTRODUCTION_ROOM = 230;

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

  /**
   * A part of a chapter that groups its indicators from {@code first} to the chapter's end under a
   * heading of its own, with an introduction; their headings are one level lower.
   */
  private record Section(String first, String title, String introduction) {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section(
              "I12_toetsadvies_hoger",
              "Advies en toets bij de overgang naar het vo",
              "In groep 8 geeft de school een schooladvies; daarna maakt de leerling de"
                  + " doorstroomtoets. Is het toetsadvies hoger, dan heroverweegt de school het"
                  + " advies. Een toets die vaak hoger uitvalt dan het advies, en een advies dat"
                  + " daarna zelden wordt bijgesteld, kunnen wijzen op onderadvisering: een te laag"
                  + " advies, vaker bij kinderen uit gezinnen met minder kansen. Drie jaar later"
                  + " laat leerjaar 3 van het vo zien waar de leerlingen werkelijk staan ten"
                  + " opzichte van hun advies."),
          new Section(
              "I15_uitstroom_startkwalificatie",
              "Van school naar werk",
              "De laatste overgang: van school naar de arbeidsmarkt. Wie het onderwijs verlaat met"
                  + " een startkwalificatie (een diploma havo, vwo, mbo 2, 3 of 4, of hbo) heeft"
                  + " een betere kans op werk. Jongeren zonder startkwalificatie die niet meer op"
                  + " school zitten, staan in het register van het RMC; daar staat ook wat zij"
                  + " doen: werk, zorg, een traject terug naar school of werk, of niets."));

  /** Writes the chapter on an ambition. */
  void write(ReportWriter pdf, Ambition ambition) throws DocumentException {
    write(pdf, ambition, null);
  }

  /**
   * Writes the chapter on an ambition, ending with {@code pointer} (the pupil forecast's key point
   * and where it stands; null: none).
   */
  void write(ReportWriter pdf, Ambition ambition, String pointer) throws DocumentException {
    pdf.heading(1, ambition.title());
    indicators(pdf, ambition, pointer);
    pdf.newPage();
  }

  /**
   * Writes the sections on an ambition's indicators, under its heading, ending with {@code pointer}
   * (null: none).
   */
  void indicators(ReportWriter pdf, Ambition ambition, String pointer) throws DocumentException {
    int level = 2;
    for (Indicator indicator : EvaluationReport.indicators(ambition)) {
      for (Section section : SECTIONS) {
        if (section.first().equals(indicator.id())) {
          // The introduction goes on the page of its first indicator's heading and first chart.
          pdf.keepTogether(SIDE_BY_SIDE + INTRODUCTION_ROOM);
          pdf.heading(2, section.title(), SIDE_BY_SIDE + 50);
          pdf.text(section.introduction());
          level = 3;
        }
      }
      write(pdf, indicator, level);
    }
    if (pointer != null) {
      pdf.text(pointer);
    }
  }

  /** Writes the section on one indicator, its heading at a level. */
  private void write(ReportWriter pdf, Indicator indicator, int level) throws DocumentException {
    Optional<Skipped> skipped =
        input.skipped().stream().filter(s -> s.indicator().equals(indicator.id())).findFirst();
    Optional<Schooljaar> latest = table.latest(indicator.id());
    String description = (indicator.description() + " " + polarityText(indicator)).strip();
    Optional<String> gaps = NotCoveredText.some(input, indicator);
    if (skipped.isEmpty() && latest.isPresent()) {
      // The heading and description on the page of the first chart, not alone above a page break.
      pdf.keepTogether(
          pdf.headingHeight(level, indicator.label())
              + pdf.textHeight(description, false)
              + gaps.map(g -> pdf.textHeight(g, true)).orElse(0f)
              + SIDE_BY_SIDE
              + NOTE_ROOM);
    }
    pdf.heading(level, indicator.label(), SIDE_BY_SIDE + 50);
    pdf.text(description);
    if (skipped.isPresent() || !table.covers(indicator.id())) {
      pdf.note(
          skipped
              .map(Skipped::readerText)
              .orElse(
                  NotCoveredText.none(input, indicator)
                      .orElse("Geen schooljaar met gegevens voor deze indicator.")));
      return;
    }
    gaps.ifPresent(pdf::note);
    if (latest.isEmpty()) {
      voorlopigNotes(pdf, indicator);
      pdf.note(
          "Er is nog geen afgesloten schooljaar; een trend en wijkcijfers volgen als het"
              + " schooljaar voorbij is.");
      if (indicator.breakdown().isPresent() && indicator.additivity() == TELLER_PARTITION) {
        new CategoryFigures(input, table, charts).write(pdf, indicator);
      }
      return;
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
      pdf.chartsSideBySide(trend.compact().figure(), funnel.compact().figure(), SIDE_BY_SIDE);
      pdf.note(FUNNEL_NOTE);
    } else if (trend != null) {
      charts.add(trend);
      pdf.chart(trend.figure(), TREND_HEIGHT);
    }
    voorlopigNotes(pdf, indicator);
    if (indicator.isCount() && indicator.breakdown().isPresent()) {
      breakdownTable(pdf, indicator);
    }
    if (!indicator.isCount()
        && indicator.breakdown().isPresent()
        && indicator.additivity() == TELLER_PARTITION) {
      new CategoryFigures(input, table, charts).write(pdf, indicator);
    }
    for (String categorie : EvaluationSummary.categories(indicator, table)) {
      String title =
          indicator.label()
              + (categorie == null ? "" : ", " + Labels.category(categorie))
              + ": de wijken in "
              + latest.get();
      PlottedChart bars = WijkBarChart.of(indicator, table, latest.get(), categorie, false, title);
      if (bars == null) {
        pdf.note("Alle wijkcijfers van " + latest.get() + " zijn onderdrukt (kleine aantallen).");
      } else {
        charts.add(bars);
        pdf.chart(bars.figure(), WijkBarChart.height(bars));
        pdf.wijkMap(indicator, categorie, latest.get());
      }
    }
    if (indicator.transition().isPresent()) {
      outcomes(pdf, indicator, latest.get());
    }
    if (funnel != null && trend == null) {
      charts.add(funnel);
      pdf.keepTogether(SIDE_BY_SIDE + NOTE_ROOM);
      pdf.chart(funnel.figure(), SIDE_BY_SIDE);
      pdf.note(FUNNEL_NOTE);
    }
    if (indicator.id().equals(AdviceTable.INDICATOR)) {
      new AdviceTable(input, table).write(pdf, table.covers(indicator.id()));
    }
    if (latest.get().equals(table.schooljaren(indicator.id()).get(0))
        && indicator.transition().isPresent()) {
      int later = later(indicator);
      pdf.note(
          "Overgangen zijn alleen te meten voor schooljaren waarvan ook "
              + (later == 1 ? "het volgende schooljaar" : "het schooljaar " + yearsLater(later))
              + " is aangeleverd.");
    }
  }

  /** Returns {@code een jaar later}, {@code drie jaar later}. */
  private static String yearsLater(int years) {
    List<String> words = List.of("een", "twee", "drie", "vier", "vijf");
    return (years >= 1 && years <= words.size() ? words.get(years - 1) : Integer.toString(years))
        + " jaar later";
  }

  /** Returns how many schooljaren after the cohort's its outcome is measured: I14 3, else 1. */
  static int later(Indicator indicator) {
    return indicator.coverage().stream().mapToInt(r -> r.offset()).max().orElse(1);
  }

  /**
   * Writes where a cohort ends up: per outcome a panel of shares where the outcomes are the sectors
   * a year later (I06-I08); stacked shares per area where an indicator's own model gives more than
   * two outcomes (I14); where it gives two (I15), the wijk bars above already show the one and the
   * other is the rest to 100 %.
   */
  private void outcomes(ReportWriter pdf, Indicator indicator, Schooljaar latest)
      throws DocumentException {
    Indicator.Transition transition = indicator.transition().orElseThrow();
    if (!transition.bySectorNextYear() && transition.outcomes().size() == 2) {
      pdf.note(
          "De wijkcijfers hierboven zijn het aandeel "
              + Labels.category(transition.main())
              + "; de rest van het cohort, tot 100 %, is "
              + Labels.category(transition.outcomes().get(1))
              + ".");
      return;
    }
    if (!transition.bySectorNextYear()) {
      stacked(pdf, indicator, latest);
      return;
    }
    PlottedChart outcomes = OutcomeChart.of(indicator, table, latest);
    if (outcomes == null) {
      pdf.note("Geen uitkomst van " + latest + " is gepubliceerd (kleine aantallen).");
      return;
    }
    charts.add(outcomes);
    float height = 90 + 15f * table.wijken().size();
    pdf.keepTogether(height + NOTE_ROOM);
    pdf.chart(outcomes.figure(), height);
    pdf.note(
        "Elke uitkomst heeft een eigen vak met een eigen schaal: per gebied een staaf vanaf 0"
            + " met het percentage erbij. Zo is uit de lengte van de staven geen weggelaten"
            + " uitkomst af te lezen, wat bij gestapelde staven tot 100 % wel zou kunnen.");
  }

  /**
   * The note under the stacked outcomes of I14: how to read the bars, and what "niet gevonden" is.
   */
  static final String STACKED_NOTE =
      "Per gebied één staaf tot 100 %, verdeeld over de uitkomsten. Uitkomsten die in een gebied"
          + " niet gepubliceerd zijn, staan samen als één grijs deel; een gebied zonder enig"
          + " gepubliceerd cijfer krijgt geen staaf maar een "
          + DutchFormat.SUPPRESSED
          + ". Niet gevonden: de leerling staat drie schooljaren na groep 8 niet in leerjaar 3 van"
          + " het VO in de aangeleverde inschrijvingen, bijvoorbeeld omdat hij verhuisd is, een"
          + " jaar is blijven zitten, naar het VSO of praktijkonderwijs buiten de aanlevering is"
          + " gegaan, of niet meer op school zit.";

  /**
   * Writes an indicator's outcomes as stacked shares per area, of the latest schooljaar in which an
   * area has all its outcomes published.
   */
  private void stacked(ReportWriter pdf, Indicator indicator, Schooljaar latest)
      throws DocumentException {
    int later = later(indicator);
    List<Schooljaar> years = new java.util.ArrayList<>(table.schooljaren(indicator.id()));
    java.util.Collections.reverse(years);
    for (Schooljaar year : years) {
      PlottedChart stacked =
          StackedOutcomeChart.of(
              indicator,
              table,
              year,
              indicator.label() + ": groep 8 van " + year.label() + ", " + yearsLater(later));
      if (stacked == null) {
        continue;
      }
      charts.add(stacked);
      float height = StackedOutcomeChart.height(table.wijken().size() + 1);
      pdf.keepTogether(height + NOTE_ROOM);
      pdf.chart(stacked.figure(), height);
      pdf.note(
          STACKED_NOTE
              + (year.equals(latest)
                  ? ""
                  : " In "
                      + latest.label()
                      + " is in geen enkel gebied een uitkomst gepubliceerd; daarom staat hier "
                      + year.label()
                      + "."));
      return;
    }
    pdf.note(
        "In geen enkel gebied en geen enkel schooljaar zijn alle uitkomsten gepubliceerd (kleine"
            + " aantallen), dus er is geen verdeling over de uitkomsten te tonen.");
  }

  /**
   * Writes the voorlopig gemeente figures of an indicator, marked, with why they take no part in
   * the trend.
   */
  private void voorlopigNotes(ReportWriter pdf, Indicator indicator) throws DocumentException {
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
  private void breakdownTable(ReportWriter pdf, Indicator indicator) throws DocumentException {
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
    String heading =
        indicator.label() + " per " + indicator.breakdown().orElseThrow().name() + " (gemeente)";
    pdf.heading(3, heading, 40 + 16f * rows.size());
    pdf.table(heading, header, rows, widths, numeric);
  }

  /**
   * Returns the sentence on an indicator's polarity: {@code Hoger is beter.}, for a proportion
   * without better or worse (I12, I14) {@code Hoger of lager is geen oordeel.}, none for a count.
   */
  static String polarityText(Indicator indicator) {
    return switch (indicator.polarity()) {
      case HIGHER_IS_BETTER -> "Hoger is beter.";
      case LOWER_IS_BETTER -> "Lager is beter.";
      case NEUTRAL -> indicator.isCount() ? "" : "Hoger of lager is geen oordeel.";
    };
  }
}
