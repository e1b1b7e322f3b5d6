package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * The appendices of {@code rapport.pdf}: A data quality per delivered file, B the indicators'
 * definitions, C the protection of small numbers and what it cost, D the run's provenance.
 */
final class EvaluationAppendices {
  private final ReportInput input;

  EvaluationAppendices(ReportInput input) {
    this.input = input;
  }

  /** Writes appendices A to D. */
  void write(PdfReportWriter pdf) throws DocumentException {
    dataQuality(pdf, "Bijlage A: " + DATA_QUALITY);
    pdf.newPage();
    definitions(pdf);
    protection(pdf);
    provenance(pdf);
  }

  /** The title of appendix A, and of the web page with the same content. */
  static final String DATA_QUALITY = "Datakwaliteit per aangeleverd bestand";

  /** Writes the data quality per delivered file under a chapter heading. */
  void dataQuality(ReportWriter pdf, String heading) throws DocumentException {
    pdf.heading(1, heading);
    pdf.text(
        "Elke regel van elk bestand is geaccepteerd, als duplicaat geteld of afgekeurd met een"
            + " reden; gelezen = geaccepteerd + duplicaten + afgekeurd. De afgekeurde regels staan"
            + " met regelnummer en reden in de interne map van de analist.");
    List<List<String>> rows = new ArrayList<>();
    for (FileQuality q : input.quality()) {
      FileReport report =
          input.reports().stream().filter(r -> r.file().equals(q.file())).findFirst().orElse(null);
      String reasons =
          report == null
              ? ""
              : report.reasons().entrySet().stream()
                  .sorted(Map.Entry.<RejectReason, Long>comparingByValue().reversed())
                  .limit(3)
                  // The code in words ("datum ongeldig"), as a reader reads it.
                  .map(
                      e ->
                          e.getKey().code().replace('_', ' ')
                              + " ("
                              + DutchFormat.number(e.getValue())
                              + ")")
                  .collect(Collectors.joining(", "));
      rows.add(
          List.of(
              q.file(),
              q.dataset().lakeName(),
              DutchFormat.number(q.read()),
              DutchFormat.number(q.accepted()),
              DutchFormat.number(q.duplicates()),
              DutchFormat.number(q.rejected()),
              q.outsideGemeentePublished().isPresent()
                  ? DutchFormat.number(q.outsideGemeentePublished().getAsLong())
                  : "-",
              reasons));
    }
    pdf.table(
        "Regels per aangeleverd bestand",
        List.of(
            "Bestand",
            "Dataset",
            "Gelezen",
            "Geaccepteerd",
            "Duplicaten",
            "Afgekeurd",
            "Buiten gemeente",
            "Meest voorkomende redenen"),
        rows,
        new float[] {25, 12, 9, 9, 7, 7, 8, 23},
        Set.of(2, 3, 4, 5, 6));
    if (!input.warnings().isEmpty()) {
      pdf.heading(2, WhatStandsOut.WARNINGS_HEADING);
      pdf.text(
          "Elk bestand is gelezen, maar de aanlevering mist misschien iets: een bestand met alleen"
              + " een kopregel, een schooljaar met minder dan de helft van de regels van het jaar"
              + " ervoor, of een bestand dat de vorige run wel las. Een indicator zonder de"
              + " gegevens van een schooljaar wordt voor dat jaar niet berekend; een cijfer van"
              + " een onvolledig jaar kan te laag zijn.");
      for (DeliveryWarning warning : input.warnings()) {
        pdf.text("- " + warning.message());
      }
    }
  }

  private void definitions(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, "Bijlage B: Definities van de indicatoren");
    pdf.text(
        "De code is het begin van de naam van de indicator in de indicatortabel en het"
            + " Excel-bestand, bijvoorbeeld I01 voor I01_leerlingen.");
    List<List<String>> definitions = new ArrayList<>();
    for (Indicator i : IndicatorCatalogue.ALL) {
      definitions.add(
          List.of(
              i.id().substring(0, i.id().indexOf('_')),
              i.label(),
              i.description(),
              i.scale().unit(),
              AmbitionChapter.polarityText(i),
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
    if (input.forecast().present()) {
      definitions.add(
          List.of(
              "P01",
              "Leerlingenprognose",
              "Verwachte leerlingen per wijk, sector en schooljaar tot het laatste jaar van de"
                  + " bevolkingsprognose: per wijk en leeftijd het deel van de kinderen dat in de"
                  + " laatste drie schooljaren met gegevens naar de sector ging (leerlingen gedeeld"
                  + " door inwoners van die leeftijd op 1 oktober), maal de verwachte inwoners van"
                  + " die leeftijd. De gemeente is de som van de wijken. Zie het hoofdstuk "
                  + new ForecastChapter(input).title()
                  + ".",
              "leerlingen",
              "",
              "sector: VVE, PO, VO"));
    }
    pdf.table(
        List.of("Code", "Indicator", "Definitie", "Eenheid", "Richting", "Uitsplitsing"),
        definitions,
        new float[] {6, 18, 44, 8, 9, 15},
        Set.of());
    pdf.text(
        "Leeftijd is het aantal volle jaren op de peildatum 1 oktober van het schooljaar. Alleen"
            + " inwoners tellen mee: wie een postcode buiten de wijken van de gemeente heeft, staat"
            + " onder 'buiten gemeente' in bijlage A. Intervallen zijn Wilson-scoreintervallen (95"
            + " %). Een wijk is hoger of lager dan de gemeente als haar interval de gemeentewaarde"
            + " niet bevat (de kolom vergelijking van indicatoren.csv). In de grafieken en de"
            + " wijkvergelijking staat ook of dat verschil standhoudt bij 99,8 % (** achter de"
            + " naam), en rust het oordeel bij een noemer onder "
            + WijkDifference.EXACT_BELOW
            + " op exacte binomiale (Clopper-Pearson) grenzen. Het verschil met het vorige jaar"
            + " heeft een 95%-interval volgens Newcombe (methode 10, uit de twee"
            + " Wilson-intervallen); bevat dat 0, dan staat er 'niet significant'. Een trend is de"
            + " chi-kwadraattoets voor trend (Cochran-Armitage) over 3 tot 5 opeenvolgende"
            + " afgesloten schooljaren, p < 0,05, en alleen als de cijfers niet significant van een"
            + " rechte lijn afwijken (chi-kwadraat voor afwijking van lineariteit, k - 2"
            + " vrijheidsgraden).");
  }

  private void protection(PdfReportWriter pdf) throws DocumentException {
    pdf.chapterContinuing("Bijlage C: Bescherming van kleine aantallen", 160);
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
            + " en indicatoren hangen samen (de noemer van Thuiszitters langer dan 3 maanden is de"
            + " teller van Thuiszitters per 1000 inwoners, een cohort van een overgang is een deel"
            + " van de leerlingen en studenten in die sector). Met lineaire en geheeltallige"
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
              + " de indicatortabel), samen "
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
            + " getoond zijn. Een trendlijn is onderbroken in een schooljaar zonder gepubliceerde"
            + " waarde.");
    pdf.text(STAVEN);
  }

  /** How the outcome charts treat suppressed outcomes: side by side, and I14's stacked bars. */
  static final String STAVEN =
      "De uitkomsten van een overgang naar het volgende schooljaar (groep 8 naar VO, VMBO-diploma"
          + " naar MBO, MBO-4-diploma naar HBO) staan naast elkaar, elk in een eigen vak met een"
          + " eigen schaal en een eigen kleur, die in elke grafiek dezelfde is. In elk vak heeft"
          + " elk gebied, de gemeente en elke wijk, een liggende staaf vanaf 0 met het percentage"
          + " erbij; is de uitkomst in een gebied weggelaten, dan staat daar "
          + DutchFormat.SUPPRESSED
          + " bij 0, zonder staaf. Een uitkomst die in geen enkel gebied gepubliceerd is, krijgt"
          + " geen vak; onder de grafiek staat welke. Deze staven zijn niet gestapeld: gestapeld"
          + " tot 100 % zou het gat een weggelaten uitkomst laten zien. De plaats in leerjaar 3"
          + " van het VO ten opzichte van het advies staat wel als één gestapelde staaf tot 100 %"
          + " per gebied: daar vormen de weggelaten uitkomsten van een gebied samen één grijs deel."
          + " Hoe groot dat deel is, volgt al uit de gepubliceerde cijfers (het cohort min de"
          + " gepubliceerde uitkomsten); elke weggelaten uitkomst afzonderlijk blijft verborgen."
          + " Een gebied zonder enig gepubliceerd cijfer krijgt geen staaf maar een "
          + DutchFormat.SUPPRESSED
          + ".";

  private void provenance(PdfReportWriter pdf) throws DocumentException {
    pdf.chapterContinuing("Bijlage D: Verantwoording van deze run", 160);
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
      provenance.add(
          List.of(
              file.file(),
              file.shortHash(),
              file.rowsRead() < 0 ? "-" : DutchFormat.number(file.rowsRead())));
    }
    pdf.table(
        List.of("Bestand", "SHA-256", "Regels gelezen"),
        provenance,
        new float[] {45, 35, 20},
        Set.of(2));
    if (!input.skipped().isEmpty() || !input.notCovered().isEmpty()) {
      String notComputed =
          "Niet berekend: "
              + java.util.stream.Stream.concat(
                      input.skipped().stream()
                          .map(
                              skipped ->
                                  IndicatorCatalogue.byId(skipped.indicator()).label()
                                      + ": niet aangeleverd: "
                                      + skipped.missingFiles()),
                      input.notCovered().stream().map(EvaluationAppendices::notCoveredLine))
                  .collect(Collectors.joining("; "))
              + ".";
      // The list whole on one page: a line or two of it alone on the next one reads as lost.
      pdf.keepTogether(pdf.textHeight(notComputed, false));
      pdf.text(notComputed);
    }
  }

  /**
   * Returns a gap for the reader: the indicator's label, not its code ({@code Overgang groep 8 naar
   * VO 2024-2025: geen VO-inschrijvingen van 2025-2026}).
   */
  private static String notCoveredLine(nl.leamonitor.analytics.coverage.NotCovered gap) {
    return IndicatorCatalogue.byId(gap.indicator()).label()
        + " "
        + gap.schooljaar().label()
        + ": "
        + gap.reasons();
  }
}
