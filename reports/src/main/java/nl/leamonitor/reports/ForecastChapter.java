package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.leamonitor.analytics.forecast.Backtest;
import nl.leamonitor.analytics.forecast.Explanation;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.GebiedType;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.forecast.PupilForecasts;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Figure;
import nl.leamonitor.reports.charts.FigureTable;
import nl.leamonitor.reports.charts.ForecastChart;
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

  /** The heading of the school buildings' section, which Wat valt op and the summary point to. */
  static final String PLACES_HEADING = "Schoolgebouwen: plaatsen en verwachte leerlingen";

  private final ReportInput input;
  private final PupilForecast forecast;
  private Index index;

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

  /**
   * Returns the sentence that points to this chapter from the summary and ambition 1: its key point
   * (the school wijken short of places, or the gemeente's PO pupils) and its page, {@code (zie
   * Zoetermeer 2040, pagina 33)}, where {@code pages} knows it; null without a forecast.
   */
  String pointer(Map<String, Integer> pages) {
    if (!forecast.present()) {
      return null;
    }
    Optional<String> key = new SchoolPlaces(forecast).keyPoint();
    // The first rendering knows no pages yet: a stand-in of the same width keeps its lines.
    Integer page = pages.isEmpty() ? 99 : pages.get(key.isPresent() ? PLACES_HEADING : title());
    return pointer("zie " + title() + (page == null ? "" : ", pagina " + page));
  }

  /**
   * Returns the sentence that points to this chapter, as {@link #pointer(Map)} does, with {@code
   * where} it is: {@code zie Zoetermeer 2040} on a web page, which has no page numbers.
   */
  String pointer(String where) {
    if (!forecast.present()) {
      return null;
    }
    Optional<String> key = new SchoolPlaces(forecast).keyPoint();
    return key.map(k -> k + " (" + where + ").")
        .orElse(
            "Hoeveel leerlingen er tot en met "
                + lastYear().label()
                + " per wijk verwacht worden en of de schoolgebouwen volstaan: "
                + where
                + ".");
  }

  /** Writes the chapter. */
  void write(ReportWriter pdf) throws DocumentException {
    pdf.heading(1, title());
    if (!forecast.present()) {
      pdf.text(
          "Dit hoofdstuk laat zien hoeveel kinderen er de komende jaren per wijk naar de"
              + " voorschoolse educatie, het basisonderwijs en het voortgezet onderwijs gaan, en"
              + " waar schoolgebouwen te klein of te leeg worden. Daarvoor is de"
              + " bevolkingsprognose van de gemeente nodig, per wijk, jaar en leeftijd.");
      pdf.text(forecast.missing().orElseThrow().reader());
      return;
    }
    Schooljaar last = lastYear();
    Schooljaar lastBase = forecast.baseYears().get(forecast.baseYears().size() - 1);
    pdf.text(
        "Hoeveel kinderen gaan er de komende "
            + DutchFormat.words(last.startYear() - firstYear().startYear())
            + " jaar, tot en met "
            + last.label()
            + ", per wijk naar de voorschoolse educatie (VVE), het basisonderwijs (PO) en het"
            + " voortgezet onderwijs (VO), en waar worden schoolgebouwen te klein of te leeg? Dat"
            + " vraagt ambitie 1 van de LEA, gegeven de verwachte bevolkingsontwikkeling. Dit"
            + " hoofdstuk rekent de bevolkingsprognose van de gemeente om naar leerlingen: per wijk"
            + " en leeftijd het deel van de kinderen dat naar de VVE, het PO of het VO gaat"
            + " (gemeten in "
            + yearsText(forecast.baseYears())
            + "), toegepast op de verwachte bevolking. Over kinderopvang buiten de VVE gaat dit"
            + " hoofdstuk niet.");
    List<String> key = keyMessage(last);
    if (!key.isEmpty()) {
      pdf.text("In het kort: " + String.join(" ", key));
    }
    pdf.text(summary(last, lastBase));
    hiddenGemeente().ifPresent(pdf::text);
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

  /** Returns the forecast's first year: the schooljaar after the last base year. */
  private Schooljaar firstYear() {
    return forecast.rows().stream()
        .map(ForecastRow::schooljaar)
        .min(Schooljaar::compareTo)
        .orElseThrow();
  }

  /**
   * Returns the chapter's key message: how the gemeente's PO pupils go (up to a peak and down, or
   * one way), and which wijken' PO pupils grow or shrink by more than {@value #CHANGE} %.
   */
  private List<String> keyMessage(Schooljaar last) {
    List<String> key = new ArrayList<>();
    List<ForecastRow> po =
        forecastRows(GebiedType.GEMEENTE, null, Sector.PO).stream()
            .filter(r -> r.leerlingen() != null)
            .toList();
    if (!po.isEmpty()) {
      ForecastRow first = po.get(0);
      ForecastRow end = po.get(po.size() - 1);
      ForecastRow peak = first;
      ForecastRow low = first;
      for (ForecastRow r : po) {
        peak = r.leerlingen() > peak.leerlingen() ? r : peak;
        low = r.leerlingen() < low.leerlingen() ? r : low;
      }
      String from =
          " van ongeveer "
              + DutchFormat.number(round10(first.leerlingen()))
              + " in "
              + first.schooljaar().label();
      if (peak != first && peak != end) {
        key.add(
            "het aantal leerlingen in het basisonderwijs stijgt naar verwachting"
                + from
                + " tot ongeveer "
                + DutchFormat.number(round10(peak.leerlingen()))
                + " in "
                + peak.schooljaar().label()
                + " en daalt daarna tot ongeveer "
                + DutchFormat.number(round10(end.leerlingen()))
                + " in "
                + end.schooljaar().label()
                + ".");
      } else if (low != first && low != end) {
        key.add(
            "het aantal leerlingen in het basisonderwijs daalt naar verwachting"
                + from
                + " tot ongeveer "
                + DutchFormat.number(round10(low.leerlingen()))
                + " in "
                + low.schooljaar().label()
                + " en stijgt daarna tot ongeveer "
                + DutchFormat.number(round10(end.leerlingen()))
                + " in "
                + end.schooljaar().label()
                + ".");
      } else {
        key.add(
            "het aantal leerlingen in het basisonderwijs "
                + (end.leerlingen() >= first.leerlingen() ? "stijgt" : "daalt")
                + " naar verwachting"
                + from
                + " tot ongeveer "
                + DutchFormat.number(round10(end.leerlingen()))
                + " in "
                + end.schooljaar().label()
                + ".");
      }
    }
    List<String> growing = new ArrayList<>();
    List<String> shrinking = new ArrayList<>();
    for (Map.Entry<String, String> wijk : wijkNames().entrySet()) {
      SortedMap<Integer, Long> series = forecastSeries(GebiedType.WIJK, wijk.getKey(), Sector.PO);
      if (series.isEmpty() || series.get(series.firstKey()) == 0) {
        continue;
      }
      double change = 100.0 * series.get(series.lastKey()) / series.get(series.firstKey()) - 100;
      if (change > CHANGE) {
        growing.add(wijk.getValue());
      } else if (change < -CHANGE) {
        shrinking.add(wijk.getValue());
      }
    }
    String span = " van " + firstYear().label() + " tot " + last.label();
    if (!growing.isEmpty() && !shrinking.isEmpty()) {
      key.add(
          "Per wijk groeit het aantal basisschoolleerlingen"
              + span
              + " met meer dan "
              + CHANGE
              + " % in "
              + DutchFormat.and(growing)
              + ", en krimpt het met meer dan "
              + CHANGE
              + " % in "
              + DutchFormat.and(shrinking)
              + ".");
    } else if (!growing.isEmpty() || !shrinking.isEmpty()) {
      key.add(
          "Per wijk "
              + (growing.isEmpty() ? "krimpt" : "groeit")
              + " het aantal basisschoolleerlingen"
              + span
              + " met meer dan "
              + CHANGE
              + " % in "
              + DutchFormat.and(growing.isEmpty() ? shrinking : growing)
              + ".");
    } else if (!po.isEmpty()) {
      key.add(
          "In geen wijk verandert het aantal basisschoolleerlingen"
              + span
              + " met meer dan "
              + CHANGE
              + " %.");
    }
    return key;
  }

  /** The change in a wijk's PO pupils (in %) the key message names. */
  private static final int CHANGE = 10;

  private static long round10(long value) {
    return Math.round(value / 10.0) * 10;
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
              + (parts.isEmpty() ? " " + children(sector) : "")
              + " naar "
              + sectorWords(sector).replaceAll(" \\(.*\\)", "")
              + (counted == null
                  ? ""
                  : " (nu, in " + lastBase.label() + ", " + DutchFormat.about(counted) + ")"));
    }
    if (parts.isEmpty()) {
      return "Voor de gemeente als geheel staat er geen verwachting in dit hoofdstuk.";
    }
    return "In " + last.label() + " gaan naar verwachting " + DutchFormat.and(parts) + ".";
  }

  private static String children(Sector sector) {
    return switch (sector) {
      case VVE -> "peuters";
      case PO, VO -> "kinderen";
      default -> "leerlingen";
    };
  }

  /**
   * Returns why the gemeente's forecast of a sector is not shown, naming the wijken whose small
   * counts its total would give away; empty when every sector's is shown.
   */
  private Optional<String> hiddenGemeente() {
    List<String> sentences = new ArrayList<>();
    for (Sector sector : PupilForecasts.SECTORS) {
      boolean hidden =
          forecastRows(GebiedType.GEMEENTE, null, sector).stream()
              .anyMatch(ForecastRow::onderdrukt);
      if (!hidden) {
        continue;
      }
      List<String> wijken = new ArrayList<>();
      for (Map.Entry<String, String> wijk : wijkNames().entrySet()) {
        if (forecastRows(GebiedType.WIJK, wijk.getKey(), sector).stream()
            .anyMatch(ForecastRow::onderdrukt)) {
          wijken.add(wijk.getValue());
        }
      }
      String name = sectorWords(sector);
      String why =
          " (te weinig kinderen, of af te leiden uit andere cijfers; zie bijlage C van het"
              + " rapport)";
      if (wijken.isEmpty()) {
        sentences.add(
            "Voor "
                + name
                + " staat er geen verwachting voor de hele gemeente: haar aantallen van de"
                + " basisjaren zijn niet alle gepubliceerd"
                + why
                + ".");
      } else if (wijken.size() == wijkNames().size()) {
        sentences.add(
            "Voor "
                + name
                + " staat er geen verwachting, niet voor de hele gemeente en niet voor een wijk:"
                + " in elke wijk is een aantal van de basisjaren niet gepubliceerd"
                + why
                + ".");
      } else {
        sentences.add(
            "Voor "
                + name
                + " staat er geen verwachting voor de hele gemeente, en niet voor "
                + DutchFormat.and(wijken)
                + ": hun aantallen van de basisjaren zijn niet alle gepubliceerd"
                + why
                + ", en het totaal van de gemeente, min de andere wijken, zou ze verraden. De"
                + " andere wijken staan wel in de figuren en de tabel.");
      }
    }
    return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
  }

  /** Returns a sector in short words: {@code de VVE}, {@code het PO}. */
  static String shortWords(Sector sector) {
    return (sector == Sector.VVE ? "de " : "het ") + sector.name();
  }

  /** Returns a sector in words: {@code de voorschoolse educatie (VVE)}. */
  static String sectorWords(Sector sector) {
    return switch (sector) {
      case VVE -> "de voorschoolse educatie (VVE)";
      case PO -> "het basisonderwijs (PO)";
      case VO -> "het voortgezet onderwijs (VO)";
      default -> sector.name();
    };
  }

  private void gemeente(ReportWriter pdf) throws DocumentException {
    pdf.heading(2, "De gemeente", GEMEENTE_HEIGHT);
    List<ForecastChart.Line> lines = new ArrayList<>();
    for (Sector sector : PupilForecasts.SECTORS) {
      lines.add(
          new ForecastChart.Line(
              sector.name(),
              counted(null, sector),
              forecastSeries(GebiedType.GEMEENTE, null, sector),
              forecastRows(GebiedType.GEMEENTE, null, sector).stream()
                  .anyMatch(ForecastRow::onderdrukt)));
    }
    String title = "Leerlingen per sector, " + input.gemeente() + ": geteld en verwacht";
    JFreeChart chart = ForecastChart.gemeente(title, lines);
    pdf.chart(
        new Figure(
            title,
            "Lijngrafiek: per sector een lijn van het aantal leerlingen per schooljaar ("
                + DutchFormat.and(
                    ForecastChart.colours(lines.stream().map(ForecastChart.Line::label).toList()))
                + "), doorgetrokken waar geteld, gestreept waar verwacht (de prognose, op een"
                + " grijze achtergrond).",
            (g, area) -> chart.draw(g, area),
            List.of(ForecastChart.table(title, lines, countedYears(), forecastYears())),
            false),
        GEMEENTE_HEIGHT);
  }

  /** Returns the schooljaren (their first years) with pupils counted for the gemeente (I01). */
  private java.util.SortedSet<Integer> countedYears() {
    java.util.SortedSet<Integer> years = new TreeSet<>();
    for (Sector sector : PupilForecasts.SECTORS) {
      years.addAll(counted(null, sector).keySet());
    }
    return years;
  }

  /** Returns the schooljaren (their first years) of the forecast. */
  private java.util.SortedSet<Integer> forecastYears() {
    return new TreeSet<>(index().forecastYears);
  }

  private void wijken(ReportWriter pdf) throws DocumentException {
    Map<String, String> wijken = wijkNames();
    List<JFreeChart> panels = new ArrayList<>();
    List<FigureTable> tables = new ArrayList<>();
    boolean anySuppressed = false;
    for (Map.Entry<String, String> wijk : wijken.entrySet()) {
      List<ForecastChart.Line> lines = new ArrayList<>();
      List<ForecastChart.Line> figures = new ArrayList<>();
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
                sector.name(), hidden ? Collections.emptySortedMap() : counted, expected, hidden));
        // Its table as the chart: its counted years x as well.
        SortedMap<Integer, Long> notShown = new TreeMap<>();
        counted.keySet().forEach(year -> notShown.put(year, null));
        figures.add(
            new ForecastChart.Line(sector.name(), hidden ? notShown : counted, expected, hidden));
      }
      anySuppressed |= !suppressed.isEmpty();
      panels.add(ForecastChart.wijk(wijk.getValue(), lines, suppressed));
      tables.add(
          ForecastChart.table(
              "Leerlingen in " + wijk.getValue() + " per sector: geteld en verwacht",
              figures,
              countedYears(),
              forecastYears()));
    }
    String note =
        "Per wijk dezelfde lijnen als in de figuur van de gemeente, elk met een eigen schaal"
            + " vanaf 0. Een wijk of sector zonder gepubliceerde verwachting (te weinig leerlingen,"
            + " of af te leiden uit andere cijfers) is niet getekend ("
            + DutchFormat.SUPPRESSED
            + ").";
    List<String> labels = PupilForecasts.SECTORS.stream().map(Sector::name).toList();
    int perDrawing = COLUMNS * ROWS_PER_DRAWING;
    for (int start = 0; start < panels.size(); start += perDrawing) {
      List<JFreeChart> part = panels.subList(start, Math.min(panels.size(), start + perDrawing));
      int rows = (part.size() + COLUMNS - 1) / COLUMNS;
      float height = rows * PANEL_HEIGHT + (rows - 1) * 8;
      if (start == 0) {
        float above = pdf.textHeight(note, true) + KEY_HEIGHT;
        pdf.heading(2, "Per wijk", height + above);
        pdf.keepTogether(height + above);
        pdf.note(note);
        pdf.chart(key(labels), KEY_HEIGHT);
      } else if (pdf.room() < height + KEY_HEIGHT + 10) {
        // The key again on each new page of small charts: their lines are too short to tell a
        // dash from a line without it.
        pdf.newPage();
        pdf.chart(key(labels), KEY_HEIGHT);
      }
      List<String> names = new ArrayList<>(wijken.values());
      int end = Math.min(panels.size(), start + perDrawing);
      pdf.chart(
          new Figure(
              "Leerlingen per sector per wijk, geteld en verwacht: "
                  + names.get(start)
                  + (end - start > 1 ? " tot en met " + names.get(end - 1) : ""),
              "Kleine lijngrafieken, een per wijk, elk met een eigen schaal vanaf 0: per sector een"
                  + " lijn van het aantal leerlingen per schooljaar, doorgetrokken waar geteld,"
                  + " gestreept waar verwacht. Een sector die niet gepubliceerd wordt, is niet"
                  + " getekend; onder de naam van de wijk staat x met de sector.",
              ForecastChart.grid(part, COLUMNS),
              tables.subList(start, end),
              anySuppressed),
          height);
    }
  }

  /** Returns the key to the small charts, which has no figures of its own. */
  private static Figure key(List<String> labels) {
    return new Figure(
        "Legenda bij de grafieken per wijk",
        "Per sector een kleur: "
            + DutchFormat.and(ForecastChart.colours(labels))
            + ". Doorgetrokken: geteld; gestreept, op grijs: prognose.",
        ForecastChart.key(labels),
        List.of(),
        false);
  }

  /** The height of the key above the small charts. */
  private static final float KEY_HEIGHT = 16;

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

  private void table(ReportWriter pdf) throws DocumentException {
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
    String heading = "Verwachte leerlingen per wijk";
    pdf.heading(2, heading);
    pdf.text(
        "Het aantal leerlingen dat naar verwachting in de wijk woont, per sector, in "
            + DutchFormat.and(years.stream().map(Schooljaar::label).toList())
            + ". In de kop staat het schooljaar met zijn eerste jaar: "
            + years.get(0).startYear()
            + " is "
            + years.get(0).label()
            + ".");
    pdf.table(heading, header, rows, widths, numericColumns(1, header.size()));
    sameVo(years).ifPresent(pdf::text);
  }

  /**
   * Returns, when the VO forecast is the same in two successive table years in most wijken, that
   * this follows from the population forecast (the participation per age does not change, so equal
   * pupils mean as many children of VO age); empty otherwise.
   */
  private Optional<String> sameVo(List<Schooljaar> years) {
    Map<String, String> wijken = wijkNames();
    for (int i = 0; i + 1 < years.size(); i++) {
      Schooljaar a = years.get(i);
      Schooljaar b = years.get(i + 1);
      int same = 0;
      int shown = 0;
      for (String code : wijken.keySet()) {
        SortedMap<Integer, Long> vo = forecastSeries(GebiedType.WIJK, code, Sector.VO);
        if (vo.containsKey(a.startYear()) && vo.containsKey(b.startYear())) {
          shown++;
          if (vo.get(a.startYear()).equals(vo.get(b.startYear()))) {
            same++;
          }
        }
      }
      if (shown > 0 && same * 2 > shown) {
        return Optional.of(
            "Het VO is in "
                + same
                + " van de "
                + shown
                + " wijken in "
                + a.startYear()
                + " en "
                + b.startYear()
                + " gelijk. Dat volgt uit de bevolkingsprognose: die verwacht daar in beide jaren"
                + " evenveel jongeren van 12 tot 18 jaar, en de deelname per leeftijd blijft in de"
                + " prognose gelijk.");
      }
    }
    return Optional.empty();
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

  private void capacity(ReportWriter pdf, Schooljaar lastBase) throws DocumentException {
    SchoolPlaces places = new SchoolPlaces(forecast);
    String heading = PLACES_HEADING;
    if (places.wijken().isEmpty()) {
      pdf.heading(2, heading);
      for (Explanation note : forecast.notes()) {
        pdf.text(note.reader());
      }
      return;
    }
    Schooljaar first = firstYear();
    List<Schooljaar> years = new ArrayList<>(List.of(first));
    milestones().stream().filter(y -> y.compareTo(first) > 0).forEach(years::add);
    // A Sector column only where places were delivered for more than one sector.
    boolean oneSector = places.sectors().size() == 1;
    List<String> header = new ArrayList<>(List.of("Schoolwijk"));
    if (!oneSector) {
      header.add("Sector");
    }
    header.add("Plaatsen");
    for (Schooljaar year : years) {
      header.add("Bezetting " + year.startYear());
      header.add("Tekort of ruimte " + year.startYear());
    }
    header.add("Eerste jaar met tekort");
    int fixed = oneSector ? 2 : 3;
    List<List<String>> rows = new ArrayList<>();
    List<List<Color>> fills = new ArrayList<>();
    for (SchoolPlaces.SchoolWijk wijk : places.wijken()) {
      List<String> row = new ArrayList<>(List.of(wijk.naam()));
      if (!oneSector) {
        row.add(wijk.sector().name());
      }
      row.add(DutchFormat.number(wijk.plaatsen()));
      List<Color> fill = new ArrayList<>(Collections.nCopies(fixed, (Color) null));
      for (Schooljaar year : years) {
        Optional<ForecastRow> r = wijk.in(year);
        boolean isShort = r.filter(x -> x.tekort() != null && x.tekort() > 0).isPresent();
        row.add(
            r.isEmpty()
                ? ""
                : wijk.bezetting(year).map(b -> b + " %").orElse(DutchFormat.SUPPRESSED));
        row.add(r.map(ForecastChapter::shortageCell).orElse(""));
        fill.add(isShort ? SHORT : null);
        fill.add(isShort ? SHORT : null);
      }
      row.add(wijk.shortage().map(x -> x.from().label()).orElse("-"));
      fill.add(null);
      rows.add(row);
      fills.add(fill);
    }
    float[] widths = new float[header.size()];
    widths[0] = 2.2f;
    if (!oneSector) {
      widths[1] = 0.8f;
    }
    for (int i = fixed - 1; i < widths.length; i++) {
      widths[i] = 1.05f;
    }
    widths[widths.length - 1] = 1.5f;
    List<String> notDelivered =
        PupilForecasts.SECTORS.stream()
            .filter(x -> !places.sectors().contains(x))
            .map(ForecastChapter::shortWords)
            .toList();
    String introduction =
        "Waar de capaciteit van de schoolgebouwen is aangeleverd, zijn de verwachte"
            + " leerlingen ook verdeeld over de wijken waar hun school staat: de leerlingen uit"
            + " elke woonwijk gaan naar de schoolwijken zoals in "
            + lastBase.label()
            + ". Daar staan ze tegenover de plaatsen van de gebouwen in die wijk."
            + (notDelivered.isEmpty()
                ? ""
                : " De plaatsen zijn alleen aangeleverd voor "
                    + DutchFormat.and(
                        places.sectors().stream().map(ForecastChapter::sectorWords).toList())
                    + "; voor "
                    + DutchFormat.and(notDelivered)
                    + " is er niets om mee te vergelijken.")
            + " Bezetting: de verwachte leerlingen als deel van de plaatsen. Tekort: meer"
            + " leerlingen dan plaatsen; ruimte: plaatsen over. "
            + first.startYear()
            + " is het komende schooljaar, "
            + first.label()
            + ", het eerste jaar van de prognose. Alleen kinderen die in de gemeente wonen zijn"
            + " meegeteld; leerlingen van buiten de gemeente nemen ook plaatsen in.";
    List<String> findings = new ArrayList<>();
    List<SchoolPlaces.Shortage> shortages = places.shortages();
    if (shortages.isEmpty()) {
      findings.add("In geen enkele schoolwijk wordt een tekort aan plaatsen verwacht.");
    } else {
      findings.add("Een tekort aan plaatsen wordt verwacht in:");
      for (SchoolPlaces.Shortage x : shortages) {
        findings.add(x.finding(!oneSector));
      }
    }
    room(places, first, years.get(years.size() - 1)).ifPresent(findings::add);
    float findingsHeight = 0;
    for (String f : findings) {
      findingsHeight += pdf.textHeight(f, false);
    }
    // The section on one page where it fits: its table is read against its text.
    pdf.keepTogether(
        pdf.headingHeight(2, heading)
            + pdf.textHeight(introduction, false)
            + findingsHeight
            + TABLE_HEADER
            + rows.size() * TABLE_ROW);
    pdf.heading(2, heading);
    pdf.text(introduction);
    for (String f : findings) {
      pdf.text(f);
    }
    Set<Integer> numeric = numericColumns(fixed - 1, header.size() - 1);
    pdf.table(heading, header, rows, widths, numeric, fills);
    for (Explanation note : forecast.notes()) {
      pdf.note(note.reader());
    }
  }

  /**
   * Returns the sentence naming the school wijken with much room (more than {@value
   * SchoolPlaces#MUCH_ROOM} % of their places empty) in the last year, and which of them already in
   * the first; empty when none.
   */
  private static Optional<String> room(SchoolPlaces places, Schooljaar first, Schooljaar last) {
    boolean oneSector = places.sectors().size() == 1;
    List<String> atEnd = new ArrayList<>();
    List<String> now = new ArrayList<>();
    for (SchoolPlaces.SchoolWijk wijk : places.wijken()) {
      String name = wijk.naam() + (oneSector ? "" : " (" + wijk.sector().name() + ")");
      if (wijk.muchRoom(last)) {
        atEnd.add(name);
      }
      if (wijk.muchRoom(first)) {
        now.add(name);
      }
    }
    if (atEnd.isEmpty() && now.isEmpty()) {
      return Optional.of(
          "Veel ruimte, meer dan "
              + SchoolPlaces.MUCH_ROOM
              + " % van de plaatsen leeg, wordt in geen schoolwijk verwacht.");
    }
    StringBuilder text = new StringBuilder("Veel ruimte: ");
    if (!atEnd.isEmpty()) {
      text.append("in ")
          .append(last.label())
          .append(" staat naar verwachting meer dan ")
          .append(SchoolPlaces.MUCH_ROOM)
          .append(" % van de plaatsen leeg in ")
          .append(DutchFormat.and(atEnd))
          .append(". ");
    }
    text.append(
        now.isEmpty()
            ? "In het komende schooljaar, " + first.label() + ", is dat nog in geen schoolwijk zo."
            : "Al in het komende schooljaar, "
                + first.label()
                + ", is dat zo in "
                + DutchFormat.and(now)
                + ".");
    return Optional.of(text.toString().strip());
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

  private void backtest(ReportWriter pdf) throws DocumentException {
    String heading = "Hoe goed werkt de methode hier?";
    if (forecast.backtest().isEmpty()) {
      pdf.heading(2, heading);
      pdf.text(forecast.backtestMissing().orElse("Er is geen toetsing van de prognose."));
      return;
    }
    Backtest test = forecast.backtest().get();
    String introduction =
        "Om de methode te toetsen is "
            + test.doeljaar().label()
            + " voorspeld alsof het nog moest komen: met de deelname per wijk en leeftijd in "
            + yearsText(test.baseYears())
            + " en de bevolking die op 1 oktober "
            + test.doeljaar().startYear()
            + " werkelijk geteld is. Zo meet de toets de methode, niet de bevolkingsprognose.";
    List<String> texts = new ArrayList<>(List.of(introduction));
    List<List<String>> rows = new ArrayList<>();
    for (Backtest.SectorError error : test.sectors()) {
      texts.add(backtestSentence(error));
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
    List<String> meaning = backtestMeaning(test);
    String note =
        "Verschil: voorspeld min geteld, in hele leerlingen; positief is te veel voorspeld. Over"
            + " vijftien jaar bepaalt vooral de bevolkingsprognose hoe goed de verwachting"
            + " uitkomt.";
    // The sentences and the table on one page: the table is read against them. What follows
    // from them may run on to the next page.
    float height = pdf.headingHeight(2, heading) + TABLE_HEADER + rows.size() * TABLE_ROW;
    for (String text : texts) {
      height += pdf.textHeight(text, false);
    }
    pdf.keepTogether(height);
    pdf.heading(2, heading);
    for (String text : texts) {
      pdf.text(text);
    }
    pdf.table(
        "Toetsing: " + test.doeljaar().label() + " voorspeld en geteld",
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
    for (String text : meaning) {
      pdf.text(text);
    }
  }

  /** A wijk's backtest deviation (in %) from which the chapter warns about it. */
  static final int LARGE_WIJK_ERROR = 10;

  /**
   * Returns what the backtest means for the forecast: per sector whose gemeente was off by about 1
   * % or more, which way to correct the forecast; per wijk off by {@value #LARGE_WIJK_ERROR} % or
   * more, plainly that this is not the usual deviation of a few percent.
   */
  private List<String> backtestMeaning(Backtest test) {
    List<String> meaning = new ArrayList<>();
    Schooljaar last = lastYear();
    for (Backtest.SectorError error : test.sectors()) {
      String name = shortWords(error.sector());
      if (error.procent() != null && Math.round(Math.abs(error.procent())) >= 1) {
        boolean tooLow = error.procent() < 0;
        Optional<Long> expected =
            forecastRows(GebiedType.GEMEENTE, null, error.sector()).stream()
                .filter(r -> r.schooljaar().equals(last) && r.leerlingen() != null)
                .map(ForecastRow::leerlingen)
                .findFirst();
        StringBuilder text =
            new StringBuilder(capitalised(name))
                .append(" is in de toets ")
                .append(percentText(error.procent()))
                .append(" te ")
                .append(tooLow ? "laag" : "hoog")
                .append(" voorspeld. Houdt dat aan, dan valt ook de prognose van ")
                .append(name)
                .append(" in dit hoofdstuk zoveel te ")
                .append(tooLow ? "laag" : "hoog")
                .append(" uit");
        // The observed count is the forecast over (1 + error): 5.400 at -1,3 % is about 5.470.
        expected.ifPresent(
            e ->
                text.append(": in ")
                    .append(last.label())
                    .append(" eerder ")
                    .append(DutchFormat.about(Math.round(e / (1 + error.procent() / 100))))
                    .append(" dan ")
                    .append(DutchFormat.about(e))
                    .append(" leerlingen"));
        meaning.add(text.append('.').toString());
      }
      error
          .grootsteWijk()
          .filter(w -> w.procent() != null && Math.abs(w.procent()) >= LARGE_WIJK_ERROR)
          .ifPresent(
              w ->
                  meaning.add(
                      "Let op: in "
                          + w.wijkNaam()
                          + " zat de toets voor "
                          + name
                          + " er "
                          + percentText(w.procent())
                          + " naast ("
                          + difference(w.verschil(), null)
                          + "). Dat is meer dan de afwijking van een paar procent die gewoon is;"
                          + " in een wijk met weinig kinderen kan de deelname van jaar tot jaar"
                          + " flink verschillen. Lees de verwachting voor "
                          + name
                          + " per wijk daarom als een richting, niet als een aantal."));
    }
    return meaning;
  }

  /** Returns a percentage for running text: {@code ongeveer 20 %}, {@code minder dan 1 %}. */
  static String percentText(double procent) {
    long whole = Math.round(Math.abs(procent));
    return whole < 1 ? "minder dan 1 %" : "ongeveer " + whole + " %";
  }

  /** Returns the backtest of one sector in plain Dutch, with figures rounded to tens. */
  private String backtestSentence(Backtest.SectorError error) {
    String sector = capitalised(sectorWords(error.sector()));
    StringBuilder text = new StringBuilder(sector).append(": ");
    if (error.voorspeld() == null) {
      text.append(
          "de toetsing is voor de hele gemeente niet te tonen (te weinig kinderen, of af te"
              + " leiden uit andere cijfers).");
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

  /** Returns {@code ongeveer 20 leerlingen te veel (ongeveer 2 %)} or {@code precies goed}. */
  private static String difference(long verschil, Double procent) {
    if (verschil == 0) {
      return "precies goed";
    }
    return DutchFormat.about(Math.abs(verschil))
        + " leerlingen te "
        + (verschil > 0 ? "veel" : "weinig")
        + (procent == null ? "" : " (" + percentText(procent) + ")");
  }

  private void assumptions(ReportWriter pdf, Schooljaar lastBase) throws DocumentException {
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
    SortedMap<Integer, Long> counts = index().counted.get(Arrays.asList(wijk, sector.name()));
    return counts == null ? new TreeMap<>() : new TreeMap<>(counts);
  }

  /** Returns the forecast rows of an area (code null: the gemeente) and sector, in year order. */
  private List<ForecastRow> forecastRows(GebiedType type, String code, Sector sector) {
    return index().forecastRows.getOrDefault(Arrays.asList(type, code, sector), List.of());
  }

  /** Returns the lookups the chapter makes per wijk and sector, built on first use. */
  private Index index() {
    if (index == null) {
      index = new Index(input.rows(), forecast.rows());
    }
    return index;
  }

  /**
   * The chapter's lookups, built once: at national scale (hundreds of wijken) scanning I01's rows
   * and the forecast's rows per wijk and sector took most of the reports' time.
   */
  private static final class Index {
    /** Per (wijk code, or null for the gemeente; sector), I01's counts per year as counted(). */
    final Map<List<Object>, SortedMap<Integer, Long>> counted = new HashMap<>();

    /** Per (area type; code, or null for all of that type; sector), rows in year order. */
    final Map<List<Object>, List<ForecastRow>> forecastRows = new HashMap<>();

    /** The forecast's schooljaren (their first years). */
    final java.util.SortedSet<Integer> forecastYears = new TreeSet<>();

    Index(List<IndicatorRow> rows, List<ForecastRow> forecast) {
      for (IndicatorRow r : rows) {
        if (r.indicator().equals(I01) && "sector".equals(r.uitsplitsing())) {
          Long count = r.onderdrukt() ? null : r.teller();
          if (r.isGemeente()) {
            counted
                .computeIfAbsent(Arrays.asList(null, r.categorie()), k -> new TreeMap<>())
                .put(r.schooljaar().startYear(), count);
          }
          if (r.gebiedCode() != null) {
            counted
                .computeIfAbsent(Arrays.asList(r.gebiedCode(), r.categorie()), k -> new TreeMap<>())
                .put(r.schooljaar().startYear(), count);
          }
        }
      }
      for (ForecastRow r : forecast) {
        forecastYears.add(r.schooljaar().startYear());
        forecastRows
            .computeIfAbsent(
                Arrays.asList(r.gebiedType(), null, r.sector()), k -> new ArrayList<>())
            .add(r);
        forecastRows
            .computeIfAbsent(
                Arrays.asList(r.gebiedType(), r.gebiedCode(), r.sector()), k -> new ArrayList<>())
            .add(r);
      }
      // A stable sort, as the stream's was: rows of one year keep their file order.
      forecastRows.replaceAll(
          (k, v) -> v.stream().sorted((a, b) -> a.schooljaar().compareTo(b.schooljaar())).toList());
    }
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
