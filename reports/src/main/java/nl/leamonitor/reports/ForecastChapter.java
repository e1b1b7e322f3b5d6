package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.forecast.Backtest;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.GebiedType;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.forecast.PupilForecasts;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.ForecastChart;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import org.jfree.chart.JFreeChart;

/**
 * The chapter "Zoetermeer 2040" of {@code rapport.pdf} (issue 16): the pupil forecast (P01) for the
 * gemeente and per wijk beside the pupils counted (I01), the table of expected pupils, the school
 * wijken' places against their expected pupils, the backtest and what the method assumes; or, when
 * there is no forecast, why. Only rounded figures: whole pupils in tables, tens in running text.
 */
final class ForecastChapter {
  private static final String I01 = "I01_leerlingen";

  /** The years the tables show, where the forecast reaches them. */
  private static final List<Integer> MILESTONES = List.of(2030, 2035, 2040);

  private static final float GEMEENTE_HEIGHT = 290;

  /** The height of one row of the wijken's small charts, and how many rows go in one drawing. */
  private static final float PANEL_HEIGHT = 118;

  private static final int COLUMNS = 3;

  private static final int ROWS_PER_DRAWING = 3;

  /** The points a table's header of three lines takes, and one row of one line. */
  private static final float TABLE_HEADER = 40;

  private static final float TABLE_ROW = 15;

  /** A light fill for a cell with a shortage of places. */
  private static final Color SHORT = new Color(0xF6, 0xD5, 0xC0);

  private final ReportInput input;
  private final PupilForecast forecast;

  ForecastChapter(ReportInput input) {
    this.input = input;
    this.forecast = input.forecast();
  }

  /** Returns the chapter's title: the gemeente and the forecast's last year (2040 without one). */
  String title() {
    int last =
        forecast.rows().stream()
            .mapToInt(r -> r.schooljaar().startYear())
            .max()
            .orElse(MILESTONES.get(MILESTONES.size() - 1));
    return input.gemeente() + " " + last;
  }

  /** Writes the chapter. */
  void write(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(1, title());
    if (!forecast.present()) {
      pdf.text(
          "Dit hoofdstuk laat zien hoeveel kinderen er de komende twintig jaar per wijk naar de"
              + " voorschoolse educatie, het basisonderwijs en het voortgezet onderwijs gaan, en"
              + " waar schoolgebouwen te klein of te leeg worden. Daarvoor is de"
              + " bevolkingsprognose van de gemeente nodig, per wijk, jaar en leeftijd.");
      pdf.text(forecast.missing().orElseThrow());
      return;
    }
    Schooljaar last = lastYear();
    Schooljaar lastBase = forecast.baseYears().get(forecast.baseYears().size() - 1);
    pdf.text(
        "Ambitie 1 van de LEA vraagt welk onderwijs en welke kinderopvang elke wijk nodig heeft,"
            + " gegeven de verwachte bevolkingsontwikkeling van de komende twintig jaar. Dit"
            + " hoofdstuk rekent de bevolkingsprognose van de gemeente om naar leerlingen: per wijk"
            + " en leeftijd het deel van de kinderen dat naar de VVE, het PO of het VO gaat"
            + " (gemeten in "
            + yearsText(forecast.baseYears())
            + "), toegepast op de verwachte bevolking tot en met "
            + last.label()
            + ".");
    pdf.text(summary(last, lastBase));
    pdf.note(
        "Alle aantallen in dit hoofdstuk zijn verwachtingen, afgerond: in tabellen op hele"
            + " leerlingen, in de tekst op tientallen. De gemeente is de som van de niet-afgeronde"
            + " wijkcijfers, één keer afgerond; ze kan daardoor een paar leerlingen verschillen van"
            + " de som van de wijken.");
    gemeente(pdf);
    wijken(pdf);
    table(pdf);
    // How good the method is, next to the figures it is about; then the school buildings.
    backtest(pdf);
    capacity(pdf, lastBase);
    assumptions(pdf, lastBase);
  }

  private Schooljaar lastYear() {
    return forecast.rows().stream()
        .map(ForecastRow::schooljaar)
        .max(Schooljaar::compareTo)
        .orElseThrow();
  }

  /** Returns per sector the gemeente's expected pupils in the last year against the last count. */
  private String summary(Schooljaar last, Schooljaar lastBase) {
    List<String> parts = new ArrayList<>();
    for (Sector sector : PupilForecasts.SECTORS) {
      Optional<Long> expected =
          forecastRows(GebiedType.GEMEENTE, null, sector).stream()
              .filter(r -> r.schooljaar().equals(last) && r.leerlingen() != null)
              .map(ForecastRow::leerlingen)
              .findFirst();
      if (expected.isEmpty()) {
        continue;
      }
      Long counted = counted(null, sector).get(lastBase.startYear());
      parts.add(
          DutchFormat.about(expected.get())
              + " naar "
              + sectorWords(sector)
              + (counted == null
                  ? ""
                  : " (" + DutchFormat.about(counted) + " in " + lastBase.label() + ")"));
    }
    if (parts.isEmpty()) {
      return "De prognose voor de gemeente is niet gepubliceerd: ze rust op te weinig kinderen.";
    }
    return "In " + last.label() + " gaan naar verwachting " + DutchFormat.and(parts) + ".";
  }

  private static String sectorWords(Sector sector) {
    return switch (sector) {
      case VVE -> "de voorschoolse educatie (VVE)";
      case PO -> "het basisonderwijs (PO)";
      case VO -> "het voortgezet onderwijs (VO)";
      default -> sector.name();
    };
  }

  private void gemeente(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(2, "De gemeente", GEMEENTE_HEIGHT);
    List<ForecastChart.Line> lines = new ArrayList<>();
    for (Sector sector : PupilForecasts.SECTORS) {
      lines.add(
          new ForecastChart.Line(
              sector.name(),
              counted(null, sector),
              forecastSeries(GebiedType.GEMEENTE, null, sector)));
    }
    pdf.chart(
        ForecastChart.gemeente(
            "Leerlingen per sector, " + input.gemeente() + ": geteld en verwacht", lines),
        GEMEENTE_HEIGHT);
  }

  private void wijken(PdfReportWriter pdf) throws DocumentException {
    Map<String, String> wijken = wijkNames();
    List<JFreeChart> panels = new ArrayList<>();
    boolean anySuppressed = false;
    for (Map.Entry<String, String> wijk : wijken.entrySet()) {
      List<ForecastChart.Line> lines = new ArrayList<>();
      List<String> suppressed = new ArrayList<>();
      for (Sector sector : PupilForecasts.SECTORS) {
        SortedMap<Integer, Long> expected = forecastSeries(GebiedType.WIJK, wijk.getKey(), sector);
        boolean hidden =
            forecastRows(GebiedType.WIJK, wijk.getKey(), sector).stream()
                .anyMatch(ForecastRow::onderdrukt);
        SortedMap<Integer, Long> counted = counted(wijk.getKey(), sector);
        if (hidden) {
          suppressed.add(sector.name());
        }
        // A suppressed sector is not drawn at all, also not its counted years.
        lines.add(
            new ForecastChart.Line(
                sector.name(), hidden ? Collections.emptySortedMap() : counted, expected));
      }
      anySuppressed |= !suppressed.isEmpty();
      panels.add(ForecastChart.wijk(wijk.getValue(), lines, suppressed));
    }
    String note =
        "Per wijk dezelfde lijnen als in de figuur van de gemeente (VVE, PO en VO in dezelfde"
            + " kleuren; doorgetrokken geteld, gestippeld verwacht), elk met een eigen schaal"
            + " vanaf 0. Een wijk of sector met minder dan "
            + input.minCel()
            + " leerlingen in de basisjaren is niet getekend ("
            + DutchFormat.SUPPRESSED
            + ").";
    int perDrawing = COLUMNS * ROWS_PER_DRAWING;
    for (int start = 0; start < panels.size(); start += perDrawing) {
      List<JFreeChart> part = panels.subList(start, Math.min(panels.size(), start + perDrawing));
      int rows = (part.size() + COLUMNS - 1) / COLUMNS;
      float height = rows * PANEL_HEIGHT + (rows - 1) * 8;
      if (start == 0) {
        pdf.heading(2, "Per wijk", height + pdf.textHeight(note, true));
        pdf.keepTogether(height + pdf.textHeight(note, true));
        pdf.note(note);
      }
      pdf.draw(ForecastChart.grid(part, COLUMNS), height, anySuppressed);
    }
  }

  /** Returns the milestones the forecast reaches, and its last year when past them. */
  private List<Schooljaar> milestones() {
    Schooljaar first = forecast.rows().get(0).schooljaar();
    Schooljaar last = lastYear();
    List<Schooljaar> years = new ArrayList<>();
    for (int year : MILESTONES) {
      if (year >= first.startYear() && year <= last.startYear()) {
        years.add(new Schooljaar(year));
      }
    }
    if (years.isEmpty() || years.get(years.size() - 1).compareTo(last) < 0) {
      years.add(last);
    }
    return years;
  }

  private void table(PdfReportWriter pdf) throws DocumentException {
    List<Schooljaar> years = milestones();
    List<String> header = new ArrayList<>(List.of("Wijk"));
    for (Sector sector : PupilForecasts.SECTORS) {
      for (Schooljaar year : years) {
        header.add(sector.name() + " " + year.startYear());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> wijk : wijkNames().entrySet()) {
      rows.add(tableRow(wijk.getValue(), GebiedType.WIJK, wijk.getKey(), years));
    }
    rows.add(tableRow(input.gemeente() + " (gemeente)", GebiedType.GEMEENTE, null, years));
    float[] widths = new float[header.size()];
    widths[0] = 3;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 1;
    }
    pdf.heading(2, "Verwachte leerlingen per wijk");
    pdf.text(
        "Het aantal leerlingen dat naar verwachting in de wijk woont, per sector, in "
            + DutchFormat.and(years.stream().map(Schooljaar::label).toList())
            + ". In de kop staat het schooljaar met zijn eerste jaar: "
            + years.get(0).startYear()
            + " is "
            + years.get(0).label()
            + ".");
    pdf.table(header, rows, widths, numericColumns(1, header.size()));
  }

  private List<String> tableRow(String name, GebiedType type, String code, List<Schooljaar> years) {
    List<String> row = new ArrayList<>(List.of(name));
    for (Sector sector : PupilForecasts.SECTORS) {
      List<ForecastRow> own = forecastRows(type, code, sector);
      for (Schooljaar year : years) {
        row.add(
            own.stream()
                .filter(r -> r.schooljaar().equals(year))
                .findFirst()
                .map(r -> r.onderdrukt() ? DutchFormat.SUPPRESSED : number(r.leerlingen()))
                .orElse(""));
      }
    }
    return row;
  }

  private void capacity(PdfReportWriter pdf, Schooljaar lastBase) throws DocumentException {
    List<ForecastRow> schoolRows = forecast.rows(GebiedType.SCHOOLWIJK);
    String heading = "Schoolgebouwen: plaatsen en verwachte leerlingen";
    if (schoolRows.isEmpty()) {
      pdf.heading(2, heading);
      for (String note : forecast.notes()) {
        pdf.text(note);
      }
      return;
    }
    // Per school wijk and sector its rows, in the order of the wijk codes.
    SortedMap<String, List<ForecastRow>> perWijk = new TreeMap<>();
    for (ForecastRow r : schoolRows) {
      perWijk
          .computeIfAbsent(r.gebiedCode() + "|" + r.sector().name(), k -> new ArrayList<>())
          .add(r);
    }
    List<Schooljaar> years = milestones();
    List<String> header = new ArrayList<>(List.of("Schoolwijk", "Sector", "Plaatsen"));
    for (Schooljaar year : years) {
      header.add("Leerlingen " + year.startYear());
      header.add("Tekort of ruimte " + year.startYear());
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<Color>> fills = new ArrayList<>();
    List<String> shortages = new ArrayList<>();
    for (List<ForecastRow> own : perWijk.values()) {
      ForecastRow any = own.get(0);
      List<String> row =
          new ArrayList<>(List.of(any.gebiedNaam(), any.sector().name(), number(any.capaciteit())));
      List<Color> fill = new ArrayList<>(java.util.Arrays.asList(null, null, null));
      for (Schooljaar year : years) {
        Optional<ForecastRow> r = own.stream().filter(x -> x.schooljaar().equals(year)).findFirst();
        row.add(
            r.map(x -> x.onderdrukt() ? DutchFormat.SUPPRESSED : number(x.leerlingen()))
                .orElse(""));
        row.add(r.map(ForecastChapter::shortageCell).orElse(""));
        fill.add(null);
        fill.add(r.filter(x -> x.tekort() != null && x.tekort() > 0).isPresent() ? SHORT : null);
      }
      rows.add(row);
      fills.add(fill);
      shortageText(own).ifPresent(shortages::add);
    }
    float[] widths = new float[header.size()];
    widths[0] = 2.5f;
    widths[1] = 0.8f;
    for (int i = 2; i < widths.length; i++) {
      widths[i] = 1.1f;
    }
    String introduction =
        "Waar de capaciteit van de schoolgebouwen is aangeleverd, zijn de verwachte"
            + " leerlingen ook verdeeld over de wijken waar hun school staat: de leerlingen uit"
            + " elke woonwijk gaan naar de schoolwijken zoals in "
            + lastBase.label()
            + ". Daar staan ze tegenover de plaatsen van de gebouwen in die wijk. Tekort: meer"
            + " leerlingen dan plaatsen; ruimte: plaatsen over. Alleen kinderen die in de"
            + " gemeente wonen zijn meegeteld; leerlingen van buiten de gemeente nemen ook"
            + " plaatsen in.";
    String findings =
        shortages.isEmpty()
            ? "In geen enkele schoolwijk wordt een tekort aan plaatsen verwacht."
            : "Een tekort aan plaatsen wordt verwacht in "
                + DutchFormat.and(shortages)
                + ". In de andere schoolwijken is er naar verwachting elk jaar ruimte.";
    // The section on one page where it fits: its table is read against its text.
    pdf.keepTogether(
        pdf.headingHeight(2, heading)
            + pdf.textHeight(introduction, false)
            + pdf.textHeight(findings, false)
            + TABLE_HEADER
            + rows.size() * TABLE_ROW);
    pdf.heading(2, heading);
    pdf.text(introduction);
    pdf.text(findings);
    pdf.table(header, rows, widths, numericColumns(2, header.size()), fills);
    for (String note : forecast.notes()) {
      pdf.note(note);
    }
  }

  /** Returns a school wijk's shortage or room in words: {@code tekort 120}, {@code ruimte 45}. */
  private static String shortageCell(ForecastRow r) {
    if (r.onderdrukt() || r.tekort() == null) {
      return DutchFormat.SUPPRESSED;
    }
    long tekort = r.tekort();
    if (tekort == 0) {
      return "0";
    }
    return (tekort > 0 ? "tekort " : "ruimte ") + DutchFormat.number(Math.abs(tekort));
  }

  /**
   * Returns when a school wijk is expected to be short of places, in words, or empty when it never
   * is: {@code Oosterheem (PO) vanaf 2029-2030 (op zijn grootst ongeveer 220 plaatsen)}.
   */
  private static Optional<String> shortageText(List<ForecastRow> own) {
    List<ForecastRow> shown = own.stream().filter(r -> r.tekort() != null).toList();
    List<ForecastRow> short_ = shown.stream().filter(r -> r.tekort() > 0).toList();
    if (short_.isEmpty()) {
      return Optional.empty();
    }
    ForecastRow first = short_.get(0);
    ForecastRow last = short_.get(short_.size() - 1);
    long largest = short_.stream().mapToLong(ForecastRow::tekort).max().orElseThrow();
    boolean fromStart = first == shown.get(0);
    boolean toEnd = last == shown.get(shown.size() - 1);
    boolean unbroken = short_.size() == shown.indexOf(last) - shown.indexOf(first) + 1;
    String when;
    if (fromStart && toEnd && unbroken) {
      when = "in elk jaar";
    } else if (toEnd && unbroken) {
      when = "vanaf " + first.schooljaar().label();
    } else if (fromStart && unbroken) {
      when = "tot en met " + last.schooljaar().label();
    } else {
      when = "in " + short_.size() + " van de " + shown.size() + " jaren";
    }
    return Optional.of(
        first.gebiedNaam()
            + " ("
            + first.sector().name()
            + ") "
            + when
            + (largest >= 5 ? " (op zijn grootst " + DutchFormat.about(largest) + " plaatsen)" : "")
            + (fromStart && unbroken && !toEnd ? ", daarna is er ruimte" : ""));
  }

  private void backtest(PdfReportWriter pdf) throws DocumentException {
    pdf.heading(2, "Hoe goed werkt de methode hier?");
    if (forecast.backtest().isEmpty()) {
      pdf.text(forecast.backtestMissing().orElse("Er is geen toetsing van de prognose."));
      return;
    }
    Backtest test = forecast.backtest().get();
    pdf.text(
        "Om de methode te toetsen is "
            + test.doeljaar().label()
            + " voorspeld alsof het nog moest komen: met de deelname per wijk en leeftijd in "
            + yearsText(test.baseYears())
            + " en de bevolking die op 1 oktober "
            + test.doeljaar().startYear()
            + " werkelijk geteld is. Zo meet de toets de methode, niet de bevolkingsprognose.");
    List<List<String>> rows = new ArrayList<>();
    for (Backtest.SectorError error : test.sectors()) {
      pdf.text(backtestSentence(error));
      rows.add(
          List.of(
              error.sector().name(),
              cellOrX(error.voorspeld()),
              cellOrX(error.waargenomen()),
              error.verschil() == null ? DutchFormat.SUPPRESSED : signed(error.verschil()),
              error.procent() == null ? "" : DutchFormat.signed(error.procent()) + " %",
              error
                  .grootsteWijk()
                  .map(
                      w ->
                          w.wijkNaam()
                              + ": "
                              + signed(w.verschil())
                              + (w.procent() == null
                                  ? ""
                                  : " (" + DutchFormat.signed(w.procent()) + " %)"))
                  .orElse("")));
    }
    String note =
        "Verschil: voorspeld min geteld, in hele leerlingen; positief is te veel voorspeld. Een"
            + " afwijking van een paar procent in één jaar is gewoon; over twintig jaar bepaalt"
            + " vooral de bevolkingsprognose hoe goed de verwachting uitkomt.";
    pdf.keepTogether(TABLE_HEADER + rows.size() * TABLE_ROW + pdf.textHeight(note, true));
    pdf.table(
        List.of(
            "Sector",
            "Voorspeld",
            "Geteld",
            "Verschil",
            "Verschil in %",
            "Grootste afwijking in een wijk"),
        rows,
        new float[] {0.8f, 1, 1, 1, 1, 3},
        Set.of(1, 2, 3, 4));
    pdf.note(note);
  }

  /** Returns the backtest of one sector in plain Dutch, with figures rounded to tens. */
  private String backtestSentence(Backtest.SectorError error) {
    String sector = capitalised(sectorWords(error.sector()));
    StringBuilder text = new StringBuilder(sector).append(": ");
    if (error.voorspeld() == null) {
      text.append("de toetsing rust op te weinig kinderen om te tonen.");
    } else if (error.waargenomen() == null) {
      text.append("voorspeld ")
          .append(DutchFormat.about(error.voorspeld()))
          .append(" leerlingen; het getelde aantal is niet gepubliceerd, dus niet te vergelijken.");
    } else {
      text.append("voorspeld ")
          .append(DutchFormat.about(error.voorspeld()))
          .append(" leerlingen, geteld ")
          .append(DutchFormat.about(error.waargenomen()))
          .append(": ")
          .append(difference(error.verschil(), error.procent()))
          .append('.');
    }
    error
        .grootsteWijk()
        .ifPresent(
            w ->
                text.append(" De grootste afwijking in een wijk: ")
                    .append(w.wijkNaam())
                    .append(", ")
                    .append(difference(w.verschil(), w.procent()))
                    .append('.'));
    return text.toString();
  }

  /** Returns {@code ongeveer 20 leerlingen te veel (2,1 %)} or {@code precies goed}. */
  private static String difference(long verschil, Double procent) {
    if (verschil == 0) {
      return "precies goed";
    }
    return DutchFormat.about(Math.abs(verschil))
        + " leerlingen te "
        + (verschil > 0 ? "veel" : "weinig")
        + (procent == null ? "" : " (" + DutchFormat.decimal(Math.abs(procent)) + " %)");
  }

  private void assumptions(PdfReportWriter pdf, Schooljaar lastBase) throws DocumentException {
    pdf.heading(2, "Wat de prognose aanneemt");
    pdf.text(
        "De deelname blijft zoals in de basisjaren: per wijk en leeftijd gaat hetzelfde deel van"
            + " de kinderen naar de VVE, het PO of het VO. Veranderingen in beleid (meer"
            + " VVE-plaatsen, een andere leerplicht), in schoolkeuze of in doorstroom zitten er"
            + " niet in.");
    pdf.text(
        "Leerlingen kiezen hun school zoals in "
            + lastBase.label()
            + ": een nieuwe school, een fusie of een verhuizing verandert de verdeling over de"
            + " schoolwijken. De plaatsen per gebouw blijven zoals opgegeven.");
    pdf.text(
        "Een leerlingenprognose is zo goed als de bevolkingsprognose waarop ze rust. Bouwt de"
            + " gemeente sneller, langzamer of anders dan gepland (meer gezinswoningen, of juist"
            + " kleine appartementen), dan komen er andere aantallen kinderen, en verandert alles"
            + " in dit hoofdstuk. Hoe verder weg, hoe onzekerder: "
            + lastYear().startYear()
            + " is een richting, geen aantal om zonder nieuwe prognose op te bouwen. In een kleine"
            + " wijk rust de deelname op weinig kinderen per leeftijd; kleine verschillen zijn daar"
            + " toeval.");
  }

  /** Returns per schooljaar (its first year) I01's count of a sector; null where suppressed. */
  private SortedMap<Integer, Long> counted(String wijk, Sector sector) {
    SortedMap<Integer, Long> counts = new TreeMap<>();
    for (IndicatorRow r : input.rows()) {
      if (r.indicator().equals(I01)
          && "sector".equals(r.uitsplitsing())
          && sector.name().equals(r.categorie())
          && (wijk == null ? r.isGemeente() : wijk.equals(r.gebiedCode()))) {
        counts.put(r.schooljaar().startYear(), r.onderdrukt() ? null : r.teller());
      }
    }
    return counts;
  }

  /** Returns the forecast rows of an area (code null: the gemeente) and sector, in year order. */
  private List<ForecastRow> forecastRows(GebiedType type, String code, Sector sector) {
    return forecast.rows(type).stream()
        .filter(r -> r.sector() == sector && (code == null || r.gebiedCode().equals(code)))
        .sorted((a, b) -> a.schooljaar().compareTo(b.schooljaar()))
        .toList();
  }

  /** Returns the forecast of an area and sector per year; empty when it is suppressed. */
  private SortedMap<Integer, Long> forecastSeries(GebiedType type, String code, Sector sector) {
    SortedMap<Integer, Long> series = new TreeMap<>();
    for (ForecastRow r : forecastRows(type, code, sector)) {
      if (r.onderdrukt()) {
        return Collections.emptySortedMap();
      }
      series.put(r.schooljaar().startYear(), r.leerlingen());
    }
    return series;
  }

  /** Returns the residence wijken of the forecast, code to name, in code order. */
  private Map<String, String> wijkNames() {
    Map<String, String> names = new TreeMap<>();
    for (ForecastRow r : forecast.rows(GebiedType.WIJK)) {
      names.putIfAbsent(r.gebiedCode(), r.gebiedNaam());
    }
    return new LinkedHashMap<>(names);
  }

  private static Set<Integer> numericColumns(int from, int columns) {
    Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = from; i < columns; i++) {
      numeric.add(i);
    }
    return numeric;
  }

  private static String yearsText(List<Schooljaar> years) {
    return DutchFormat.and(years.stream().map(Schooljaar::label).toList());
  }

  private static String number(Long value) {
    return value == null ? DutchFormat.SUPPRESSED : DutchFormat.number(value);
  }

  private static String cellOrX(Long value) {
    return number(value);
  }

  private static String signed(long value) {
    return (value > 0 ? "+" : value < 0 ? "-" : "") + DutchFormat.number(Math.abs(value));
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
