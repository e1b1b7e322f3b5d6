package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.Skipped;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.TrendTest;
import nl.leamonitor.analytics.stats.Wilson;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.FunnelChart;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.charts.OutcomeChart;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.charts.TrendChart;
import nl.leamonitor.reports.charts.WijkBarChart;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * {@code rapport.pdf}: the voortgangsrapportage for the bestuurlijk platform. A cover, a management
 * summary per ambition (latest value, interval, change, significant trend, status against the
 * stuurgroep's targets), a chapter per ambition with trend, wijk, outcome and funnel charts per
 * indicator, and appendices on data quality, definitions, suppression and provenance.
 */
public final class EvaluationReport {
  /** Ambitions in the order the report discusses them. */
  static final List<Ambition> ORDER =
      List.of(
          Ambition.BOUWEN, Ambition.GELIJKE_KANSEN, Ambition.PASSENDE_PLEK, Ambition.OVERGANGEN);

  private static final int TREND_YEARS = 5;

  /** The explanation of x at the foot of every page that shows one. */
  static final String SUPPRESSED_NOTE =
      DutchFormat.SUPPRESSED_MEANING + " (zie bijlage C, Bescherming van kleine aantallen).";

  private final ReportInput input;
  private final PublishedTable table;
  private final List<PlottedChart> charts = new ArrayList<>();

  public EvaluationReport(ReportInput input) {
    this.input = input;
    this.table = new PublishedTable(input.rows());
  }

  /** Returns the charts drawn by the last {@link #write}, with the rows each one plots. */
  public List<PlottedChart> charts() {
    return charts;
  }

  /** Writes the report. */
  public void write(Path target, ReportFonts fonts) throws IOException {
    String title = "Voortgangsrapportage LEA " + input.gemeente() + " - " + input.period().label();
    try (PdfReportWriter pdf =
        new PdfReportWriter(
            target,
            fonts,
            title,
            "Voortgang van de Lokaal Educatieve Agenda " + input.gemeente() + " 2021-2030",
            input.rapportagedatum(),
            SUPPRESSED_NOTE)) {
      cover(pdf);
      summary(pdf);
      for (Ambition ambition : ORDER) {
        chapter(pdf, ambition);
      }
      appendices(pdf);
    } catch (DocumentException e) {
      throw new IOException("rapport.pdf kon niet geschreven worden: " + e.getMessage(), e);
    }
  }

  private void cover(PdfReportWriter pdf) throws DocumentException {
    pdf.big(
        "Voortgangsrapportage LEA " + input.gemeente(), 26, Font.BOLD, PdfReportWriter.ACCENT, 140);
    pdf.big("Lokaal Educatieve Agenda 2021-2030", 14, Font.NORMAL, PdfReportWriter.INK, 0);
    pdf.big("Periode: " + input.period().label(), 14, Font.NORMAL, PdfReportWriter.INK, 30);
    pdf.big("Schooljaren: " + coveredYears(), 12, Font.NORMAL, PdfReportWriter.INK, 0);
    pdf.big(
        "Rapportagedatum: " + DutchFormat.date(input.rapportagedatum()),
        12,
        Font.NORMAL,
        PdfReportWriter.INK,
        0);
    pdf.big(
        "Voor het bestuurlijk platform van de LEA: scholen (po, vo, so/vso, mbo, hbo),"
            + " kinderopvang, samenwerkingsverbanden passend onderwijs, bibliotheek, CKC en"
            + " gemeente.",
        10,
        Font.NORMAL,
        PdfReportWriter.MUTED,
        60);
    pdf.big(
        "Cijfers over minder dan "
            + input.minCel()
            + " kinderen, en cijfers waaruit die terug te rekenen zijn, staan er "
            + "niet in: "
            + DutchFormat.SUPPRESSED_MEANING
            + " (zie bijlage C). Gemaakt met LEA Monitor "
            + input.version()
            + ".",
        9,
        Font.NORMAL,
        PdfReportWriter.MUTED,
        0);
    pdf.newPage();
  }

  private String coveredYears() {
    List<Schooljaar> years =
        input.rows().stream().map(IndicatorRow::schooljaar).distinct().sorted().toList();
    return years.isEmpty()
        ? "geen"
        : years.get(0).label() + " tot en met " + years.get(years.size() - 1).label();
  }

  private void summary(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, "Samenvatting");
    pdf.text(
        "Per ambitie de stand van de indicatoren voor de gemeente in het laatste schooljaar met"
            + " gegevens, het 95%-betrouwbaarheidsinterval, het verschil met het jaar ervoor, de"
            + " trend (alleen als die statistisch significant is: chi-kwadraattoets voor trend over"
            + " de laatste "
            + TREND_YEARS
            + " jaren, p < 0,05) en de status ten opzichte van de doelen "
            + "van de stuurgroep.");
    for (Ambition ambition : ORDER) {
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
        "Een trend en een status worden alleen getoond waar de cijfers dat dragen; aantallen (I01)"
            + " krijgen geen trendtoets.");
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
    for (Indicator indicator : indicators(ambition)) {
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
      for (String categorie : summaryCategories(indicator)) {
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

  /** Returns why a figure is voorlopig: {@code schooljaar loopt nog op 30 juni 2025}. */
  private String stillRunning() {
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
        "voorlopig: " + stillRunning());
  }

  private List<String> summaryCategories(Indicator indicator) {
    return indicator.hasTotaal()
        ? java.util.Collections.singletonList(null)
        : table.categories(indicator.id());
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
  TrendTest.Direction trend(Indicator indicator, List<IndicatorRow> series) {
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

  static List<Indicator> indicators(Ambition ambition) {
    return IndicatorCatalogue.ALL.stream().filter(i -> i.ambition() == ambition).toList();
  }

  private void chapter(PdfReportWriter pdf, Ambition ambition) throws DocumentException {
    pdf.heading(1, ambition.title());
    for (Indicator indicator : indicators(ambition)) {
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
                .orElse("Geen schooljaar met gegevens voor deze indicator."));
        continue;
      }
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
      for (String categorie : summaryCategories(indicator)) {
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
    for (String categorie : summaryCategories(indicator)) {
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
                + stillRunning()
                + ". Dit cijfer kan nog veranderen en telt niet mee in de trend; wijkcijfers volgen"
                + " als het schooljaar voorbij is.");
      }
    }
  }

  private static String polarityText(Indicator indicator) {
    return switch (indicator.polarity()) {
      case HIGHER_IS_BETTER -> "Hoger is beter.";
      case LOWER_IS_BETTER -> "Lager is beter.";
      case NEUTRAL -> "";
    };
  }

  private void appendices(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, "Bijlage A: Datakwaliteit per aangeleverd bestand");
    pdf.text(
        "Elke regel van elk bestand is geaccepteerd, als duplicaat geteld of afgekeurd met een"
            + " reden; gelezen = geaccepteerd + duplicaten + afgekeurd. Afgekeurde regels staan met"
            + " regelnummer en reden in afgekeurd/.");
    List<List<String>> rows = new ArrayList<>();
    for (FileQuality q : input.quality()) {
      FileReport report =
          input.reports().stream().filter(r -> r.file().equals(q.file())).findFirst().orElse(null);
      String reasons =
          report == null
              ? ""
              : report.reasons().entrySet().stream()
                  .sorted(
                      Map.Entry.<nl.leamonitor.ingest.validate.RejectReason, Long>comparingByValue()
                          .reversed())
                  .limit(3)
                  .map(e -> e.getKey().code() + " (" + DutchFormat.number(e.getValue()) + ")")
                  .collect(Collectors.joining(", "));
      rows.add(
          List.of(
              q.file(),
              q.dataset().lakeName(),
              DutchFormat.number(q.read()),
              DutchFormat.number(q.accepted()),
              DutchFormat.number(q.duplicates()),
              DutchFormat.number(q.rejected()),
              DutchFormat.number(q.outsideGemeente()),
              reasons));
    }
    pdf.table(
        List.of(
            "Bestand",
            "Dataset",
            "Gelezen",
            "Geaccep- teerd",
            "Dupli- caten",
            "Afge- keurd",
            "Buiten gemeente",
            "Meest voorkomende redenen"),
        rows,
        new float[] {25, 12, 9, 9, 7, 7, 8, 23},
        Set.of(2, 3, 4, 5, 6));
    pdf.newPage();

    pdf.heading(1, "Bijlage B: Definities van de indicatoren");
    List<List<String>> definitions = new ArrayList<>();
    for (Indicator i : IndicatorCatalogue.ALL) {
      definitions.add(
          List.of(
              i.id(),
              i.label(),
              i.description(),
              i.scale().unit(),
              polarityText(i),
              i.breakdown()
                  .map(
                      b ->
                          b.name()
                              + ": "
                              + b.categories().stream()
                                  .map(Labels::category)
                                  .collect(Collectors.joining(", ")))
                  .orElse("-")));
    }
    pdf.table(
        List.of("Code", "Indicator", "Definitie", "Eenheid", "Richting", "Uitsplitsing"),
        definitions,
        new float[] {16, 16, 36, 8, 9, 15},
        Set.of());
    pdf.text(
        "Leeftijd is het aantal volle jaren op de peildatum 1 oktober van het schooljaar. Alleen"
            + " inwoners tellen mee: wie een postcode buiten de wijken van de gemeente heeft, staat"
            + " onder 'buiten gemeente' in bijlage A. Intervallen zijn Wilson-scoreintervallen (95"
            + " %). Een wijk is hoger of lager dan de gemeente als haar interval de gemeentewaarde"
            + " niet bevat.");

    pdf.heading(1, "Bijlage C: Bescherming van kleine aantallen");
    pdf.text(
        "Geen cijfer in dit rapport mag een kind herkenbaar maken. Een cijfer met een teller van 1"
            + " tot en met "
            + (input.minCel() - 1)
            + ", of een noemer onder "
            + input.minCel()
            + ", wordt niet gepubliceerd; bij een aandeel zonder uitsplitsing naar uitkomst ook"
            + " niet als het complement (noemer min teller) 1 tot en met "
            + (input.minCel() - 1)
            + " is, want dan is bekend hoeveel kinderen er niet onder vallen.");
    pdf.text(
        "Zo'n klein cijfer mag ook niet terug te rekenen zijn uit wat wel gepubliceerd is. De"
            + " controle gaat uit van een lezer die alles weet wat deze publicatie laat zien en wat"
            + " iedereen weet: aantallen zijn hele getallen van 0 of meer, een teller is hoogstens"
            + " zijn noemer, uitkomsten tellen op tot het cohort, wijken tellen op tot de gemeente,"
            + " en indicatoren hangen samen (de noemer van I03 is de teller van I02, een cohort is"
            + " een deel van de leerlingen van I01 in die sector). Met lineaire en geheeltallige"
            + " optimalisatie berekent LEA Monitor voor elk weggelaten klein cijfer tussen welke"
            + " waarden het kan liggen; dat moeten er minstens "
            + input.minCel()
            + " zijn. Waar nodig worden daarvoor andere cijfers weggelaten, zo weinig en zo klein"
            + " mogelijk; lukt dat niet, dan wordt er niets gepubliceerd.");
    if (!input.protection().isEmpty()) {
      // Per indicator the total only: how many of its hidden rows are small and how many protect
      // others would tell a reader which x is a small number (for I03 every x, where none
      // protects).
      List<List<String>> costs = new ArrayList<>();
      long hidden = 0;
      for (SmallNumberProtection.Cost cost : input.protection()) {
        costs.add(
            List.of(
                IndicatorCatalogue.byId(cost.indicator()).label(),
                DutchFormat.number(cost.primary() + cost.secondary())));
        hidden += cost.primary() + cost.secondary();
      }
      costs.add(List.of("Totaal", DutchFormat.number(hidden)));
      pdf.text(
          "Wat de bescherming kost: per indicator het aantal weggelaten cijfers (regels van"
              + " indicatoren.csv), samen "
              + DutchFormat.number(hidden)
              + " van de "
              + DutchFormat.number(input.rows().size())
              + ". Hoeveel daarvan klein zijn en hoeveel zijn weggelaten om een klein cijfer te"
              + " beschermen, staat alleen in de interne map van de analist: gepubliceerd zou het"
              + " verraden welke weggelaten cijfers klein zijn.");
      pdf.table(List.of("Indicator", "Weggelaten cijfers"), costs, new float[] {70, 30}, Set.of(1));
    }
    pdf.text(
        DutchFormat.SUPPRESSED_MEANING
            + ". In elke tabel staat een weggelaten cijfer als "
            + DutchFormat.SUPPRESSED
            + ", ook als het werkelijke cijfer groot is of 0: de letter zegt alleen dat het cijfer"
            + " niet gepubliceerd is, niet hoe groot het is. Ook een verschil met het vorige jaar"
            + " staat als "
            + DutchFormat.SUPPRESSED
            + " als een van beide jaren "
            + "niet gepubliceerd is.");
    pdf.text(
        "Grafieken tekenen alleen gepubliceerde cijfers, en niets waaruit een weggelaten cijfer"
            + " volgt: geen staaf, punt of lengte. Een wijk zonder gepubliceerd cijfer ontbreekt in"
            + " staafdiagram en trechterdiagram, en onder de grafiek staat welke wijken niet"
            + " getoond zijn. De uitkomsten van een overgang staan elk in een eigen kolom, als"
            + " staaf vanaf 0, met "
            + DutchFormat.SUPPRESSED
            + " waar een uitkomst weggelaten is; gestapeld tot 100 % zou het gat een weggelaten"
            + " uitkomst laten zien. Een trendlijn is onderbroken in een schooljaar zonder"
            + " gepubliceerde waarde.");

    pdf.heading(1, "Bijlage D: Verantwoording van deze run");
    pdf.text(
        "Rapportagedatum "
            + DutchFormat.date(input.rapportagedatum())
            + ", minimale celgrootte "
            + input.minCel()
            + ", LEA Monitor "
            + input.version()
            + ". De invoer, met SHA-256 (eerste 16 tekens) en aantallen regels:");
    List<List<String>> provenance = new ArrayList<>();
    for (InputFile file : input.provenance()) {
      provenance.add(List.of(file.file(), file.shortHash(), DutchFormat.number(file.rowsRead())));
    }
    pdf.table(
        List.of("Bestand", "SHA-256", "Regels gelezen"),
        provenance,
        new float[] {45, 35, 20},
        Set.of(2));
    if (!input.skipped().isEmpty()) {
      pdf.text(
          "Niet berekend: "
              + input.skipped().stream().map(Skipped::message).collect(Collectors.joining("; "))
              + ".");
    }
  }
}
