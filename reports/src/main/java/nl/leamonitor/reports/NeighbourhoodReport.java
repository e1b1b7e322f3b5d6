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
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.catalogue.Scale;
import nl.leamonitor.analytics.compute.WijkInhabitants;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.charts.SpineChart;
import nl.leamonitor.reports.charts.WijkBarChart;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * {@code wijkvergelijking.pdf}: for the stuurgroep's choices where resources go. A profile page per
 * wijk (a spine chart over all indicators and the key numbers) and a ranking of the wijken per
 * indicator with intervals, so that differences that are noise are visibly noise.
 */
public final class NeighbourhoodReport {
  /** The explanation of x at the foot of every page that shows one. */
  static final String SUPPRESSED_NOTE =
      DutchFormat.SUPPRESSED_MEANING + " (zie 'Zo leest u dit rapport' op pagina 1).";

  private final ReportInput input;
  private final PublishedTable table;
  private final List<PlottedChart> charts = new ArrayList<>();
  private final Map<String, List<SpineChart.Line>> spines = new java.util.LinkedHashMap<>();

  private final List<WijkInhabitants> inhabitants;
  private final MapPages maps;

  /** Creates the report without the wijken's inhabitants (their size shows as {@code -}). */
  public NeighbourhoodReport(ReportInput input) {
    this(input, List.of());
  }

  /** Creates the report; {@code inhabitants} give each wijk's size on the overview page. */
  public NeighbourhoodReport(ReportInput input, List<WijkInhabitants> inhabitants) {
    this(input, inhabitants, WijkBoundaries.NONE);
  }

  /**
   * Creates the report; {@code boundaries} (from {@code referentie/wijken.geojson}) give a page of
   * maps per indicator and a map locating each wijk on its profile.
   */
  public NeighbourhoodReport(
      ReportInput input, List<WijkInhabitants> inhabitants, WijkBoundaries boundaries) {
    this.input = input;
    this.table = new PublishedTable(input.rows());
    this.inhabitants = List.copyOf(inhabitants);
    this.maps = new MapPages(table, boundaries);
  }

  /** Returns the ranking charts drawn by the last {@link #write}. */
  public List<PlottedChart> charts() {
    return charts;
  }

  /** Returns the spine chart lines drawn per wijk by the last {@link #write}. */
  public Map<String, List<SpineChart.Line>> spines() {
    return spines;
  }

  /** An indicator (and category) with its latest schooljaar, as one line of a profile. */
  record Measure(Indicator indicator, String categorie, Schooljaar schooljaar) {
    String label() {
      return indicator.label() + (categorie == null ? "" : ": " + Labels.category(categorie));
    }
  }

  private List<Measure> measures() {
    return measures(table);
  }

  /**
   * Returns the maps of the page of small maps of this report, one per indicator (and category) in
   * its latest final schooljaar: the count first, then each measure. The web publication shows the
   * same maps.
   */
  public static List<IndicatorMaps> overviewMaps(PublishedTable table) {
    return MapPages.maps(table, measures(table));
  }

  /** Returns what the page of small maps shows and how to read it. */
  public static String mapsIntroduction() {
    return MapPages.INTRODUCTION;
  }

  /** Returns the heading of the page of small maps. */
  public static String mapsHeading() {
    return MapPages.HEADING;
  }

  /**
   * Returns the indicators (and categories) a wijk is compared on, each in its latest final
   * schooljaar: every indicator but a count.
   */
  static List<Measure> measures(PublishedTable table) {
    List<Measure> measures = new ArrayList<>();
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      Optional<Schooljaar> latest = table.latest(indicator.id());
      // A count (I01) is a wijk's size, not a figure to compare; an indicator without better or
      // worse (I12, I14) is compared as higher or lower.
      if (latest.isEmpty() || indicator.isCount()) {
        continue;
      }
      if (indicator.hasTotaal()) {
        measures.add(new Measure(indicator, null, latest.get()));
      } else {
        table
            .categories(indicator.id())
            .forEach(c -> measures.add(new Measure(indicator, c, latest.get())));
      }
    }
    return measures;
  }

  /** Writes the report. */
  public void write(Path target, ReportFonts fonts) throws IOException {
    String title = "Wijkvergelijking LEA " + input.gemeente() + " - " + input.period().label();
    try (PdfReportWriter pdf =
        new PdfReportWriter(
            target,
            fonts,
            title,
            "Vergelijking van de wijken van " + input.gemeente() + " op de indicatoren van de LEA",
            input.rapportagedatum(),
            SUPPRESSED_NOTE)) {
      List<Measure> measures = measures();
      cover(pdf, measures.size());
      new WijkOverview(input, table, measures, inhabitants).write(pdf);
      if (!maps.isEmpty()) {
        maps.overview(pdf, measures);
      }
      pdf.landscape(false);
      for (Map.Entry<String, String> wijk : table.wijken().entrySet()) {
        profile(pdf, wijk.getKey(), wijk.getValue());
      }
      pdf.heading(1, "Rangorde van de wijken per indicator");
      pdf.text(
          "Per indicator de wijken van hoog naar laag, met hun 95%-interval en de gemeente als"
              + " stippellijn. Overlappen de intervallen van twee wijken, dan is het verschil"
              + " tussen die wijken mogelijk toeval.");
      for (Measure m : measures) {
        PlottedChart ranking =
            WijkBarChart.of(
                m.indicator(),
                table,
                m.schooljaar(),
                m.categorie(),
                true,
                m.label() + ", " + m.schooljaar().label());
        pdf.heading(
            2,
            m.label() + " (" + m.schooljaar().label() + ")",
            ranking == null ? 30 : WijkBarChart.height(ranking));
        if (ranking == null) {
          pdf.note("Alle wijkcijfers zijn onderdrukt (kleine aantallen).");
        } else {
          charts.add(ranking);
          pdf.chart(ranking.chart(), WijkBarChart.height(ranking), ranking.showsSuppressed());
        }
      }
    } catch (DocumentException e) {
      throw new IOException(
          "wijkvergelijking.pdf kon niet geschreven worden: " + e.getMessage(), e);
    }
  }

  private void cover(PdfReportWriter pdf, int measures) throws DocumentException {
    pdf.big("Wijkvergelijking LEA " + input.gemeente(), 26, Font.BOLD, PdfReportWriter.ACCENT, 120);
    pdf.big(
        "Periode: "
            + input.period().label()
            + ", rapportagedatum "
            + DutchFormat.date(input.rapportagedatum()),
        12,
        Font.NORMAL,
        PdfReportWriter.INK,
        20);
    pdf.heading(2, "Zo leest u dit rapport");
    pdf.text(
        "Eerst een overzicht: alle wijken met hun grootte en hun laatste cijfer op"
            + " elke indicator, gekleurd naar de vergelijking met de gemeente."
            + (maps.isEmpty()
                ? ""
                : " Dan per indicator een kaart van de wijken in dezelfde kleuren, en op elk"
                    + " profiel een kaartje dat de wijk aanwijst.")
            + " Daarna per wijk een profiel, en tot slot per indicator de rangorde van de wijken.");
    pdf.text(
        "Per wijk een profiel: elke regel is een indicator in het laatste schooljaar met gegevens."
            + " De grijze balk loopt van de slechtste wijk (links) tot de beste wijk (rechts), het"
            + " donkere deel omvat de middelste helft van de wijken en de zwarte streep is de"
            + " gemeente. De stip is de wijk: "
            + Judgement.colourKey()
            + (neutral(measures())
                ? ". Een indicator waarbij hoger of lager geen oordeel is (zoals het aandeel met"
                    + " een toetsadvies hoger dan het schooladvies), staat niet in het profiel"
                    + " maar wel in de tabel eronder, als hoger of lager dan de gemeente"
                : "")
            + ". Onder het profiel staat de"
            + " waarde van de wijk in elk van de laatste schooljaren, zodat te zien is hoe de wijk"
            + " zich ontwikkelt, elk cijfer in de eenheid die de indicator noemt (%, per 1000). Het"
            + " 95%-interval, de gemeente en het oordeel gaan over het laatste schooljaar van de"
            + " indicator: de meest rechtse waarde.");
    pdf.text(
        "Veel wijken en veel indicatoren geven veel kansen op toeval: "
            + table.wijken().size()
            + " wijken en "
            + measures
            + " indicatoren (met hun uitsplitsingen) geven "
            + table.wijken().size() * measures
            + " vergelijkingen met de gemeente, en bij 95 % wijkt 1 op de 20 af zonder dat er"
            + " iets aan de hand is: hier zo'n "
            + Math.round(table.wijken().size() * measures / 20.0)
            + ". Daarom staat ook of een verschil standhoudt bij 99,8 % (een tweede, strengere"
            + " grens): dan is het vrijwel zeker geen toeval. In de tabellen staat dan ** achter"
            + " het oordeel, in de grafieken ** achter de naam van de wijk. Bij minder dan "
            + WijkDifference.EXACT_BELOW
            + " personen in een wijk rust het oordeel op exacte grenzen, omdat het gewone"
            + " interval bij zo weinig kinderen te smal kan uitvallen; het oordeel kan dan"
            + " voorzichtiger zijn dan de vergelijking in het indicatorbestand.");
    pdf.text(
        DutchFormat.SUPPRESSED_MEANING
            + ". Een cijfer over 1 tot en met "
            + (input.minCel() - 1)
            + " kinderen, of over een groep kleiner dan "
            + input.minCel()
            + ", wordt niet gepubliceerd, en waar nodig ook cijfers "
            + "waaruit het terug te rekenen zou zijn. In tabellen staat dan "
            + DutchFormat.SUPPRESSED
            + "; grafieken laten zo'n cijfer weg en noemen onder de grafiek wat niet getoond is. In"
            + " de profielen loopt de grijze balk alleen over de wijken met een gepubliceerd"
            + " cijfer; de kolom rechts telt de wijken die er daardoor niet in staan.");
    // The overview has a column per indicator: a landscape page, the profiles portrait again.
    pdf.landscape(true);
    pdf.newPage();
  }

  /**
   * A wijk's profile, as its page in {@code wijkvergelijking.pdf} and its web page show it: the
   * lines of its spine chart (the indicators with a better and a worse) and its table, a row per
   * indicator (and category) with its published figures of the last schooljaren ({@code x} where
   * suppressed, {@code -} where there is none), its 95%-interval, the gemeente and the judgement.
   *
   * @param lines the spine chart's lines, empty when no indicator has one
   * @param header the table's column headers
   * @param rows the table's rows, the first cell naming the indicator with its unit
   * @param name the wijk's name
   * @param years the table's schooljaren
   * @param voorlopig those of them with a voorlopig gemeente figure (and no wijk figure yet)
   */
  public record WijkProfile(
      List<SpineChart.Line> lines,
      List<String> header,
      List<List<String>> rows,
      String name,
      List<Schooljaar> years,
      List<Schooljaar> voorlopig) {

    /**
     * Returns the line above the table: what its columns are and what {@code -} means; {@code
     * reference} says where the judgement is explained ({@code " (zie pagina 1)"}) or is empty.
     */
    public String caption(String reference) {
      return profileCaption(name, years, voorlopig, reference);
    }

    /** Returns whether the spine chart shows an {@code x} or leaves a wijk out. */
    public boolean showsSuppressed() {
      return lines.stream()
          .anyMatch(l -> l.notShown() > 0 || DutchFormat.SUPPRESSED.equals(l.note()));
    }
  }

  /** Returns the profile of a wijk in the published rows (see {@link WijkProfile}). */
  public static WijkProfile profile(PublishedTable table, String code, String name) {
    List<Measure> measures = measures(table);
    List<Schooljaar> years = profileYears(table, measures);
    List<SpineChart.Line> lines = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Measure m : measures) {
      Indicator ind = m.indicator();
      Optional<IndicatorRow> gemeente =
          table.gemeenteSeries(ind.id(), m.categorie()).stream()
              .filter(r -> r.schooljaar().equals(m.schooljaar()))
              .findFirst();
      Optional<IndicatorRow> own = table.row(ind.id(), m.schooljaar(), code, m.categorie());
      List<Double> values = table.wijkValues(ind.id(), m.schooljaar(), m.categorie());
      // Numbers without their unit: the indicator's label names it.
      String gemeenteText =
          gemeente
              .map(
                  r ->
                      r.onderdrukt() ? DutchFormat.SUPPRESSED : DutchFormat.number(ind, r.waarde()))
              .orElse("-");
      WijkDifference difference =
          own.map(r -> WijkDifference.of(r, gemeente.orElse(null))).orElse(WijkDifference.NONE);
      Judgement judgement = Judgement.of(difference.comparison(), ind.polarity());
      List<String> row = new ArrayList<>();
      row.add(m.label() + WijkOverview.unit(ind));
      for (Schooljaar year : years) {
        // Published wijk figures only, x where suppressed: a year's value, never a difference.
        row.add(
            table
                .row(ind.id(), year, code, m.categorie())
                .map(
                    r ->
                        r.onderdrukt()
                            ? DutchFormat.SUPPRESSED
                            : DutchFormat.number(ind, r.waarde()))
                .orElse("-"));
      }
      row.add(
          own.map(
                  r ->
                      r.onderdrukt()
                          ? DutchFormat.intervalCell(ind, r)
                          : DutchFormat.interval(Scale.COUNT, r.ciLaag(), r.ciHoog()))
              .orElse("-"));
      row.add(gemeenteText);
      row.add(
          own.isPresent()
              ? judgement.shortLabel() + (difference.alsoAt998() ? " **" : "")
              : "geen gegevens");
      rows.add(row);
      int notShown =
          (int)
              table.wijkRows(ind.id(), m.schooljaar(), m.categorie()).stream()
                  .filter(IndicatorRow::onderdrukt)
                  .count();
      // The spine runs from worse to better: an indicator without either is in the table only.
      if (ind.polarity() != Polarity.NEUTRAL
          && gemeente.isPresent()
          && !gemeente.get().onderdrukt()
          && values.size() >= 2) {
        boolean higherBetter = ind.polarity() == Polarity.HIGHER_IS_BETTER;
        double low = values.get(0);
        double high = values.get(values.size() - 1);
        double q1 = quantile(values, 0.25);
        double q3 = quantile(values, 0.75);
        Double wijk = own.filter(r -> !r.onderdrukt()).map(IndicatorRow::waarde).orElse(null);
        String note =
            own.isEmpty()
                ? "geen gegevens"
                : own.get().onderdrukt() ? DutchFormat.SUPPRESSED : null;
        lines.add(
            new SpineChart.Line(
                m.label(),
                higherBetter ? low : high,
                higherBetter ? q1 : q3,
                higherBetter ? q3 : q1,
                higherBetter ? high : low,
                gemeente.get().waarde(),
                wijk,
                judgement,
                note,
                notShown));
      }
    }
    List<String> header = new ArrayList<>();
    header.add("Indicator");
    years.forEach(y -> header.add(y.label()));
    header.addAll(List.of("95%-interval", "Gemeente", "Oordeel t.o.v. gemeente"));
    return new WijkProfile(
        lines, header, rows, name, years, voorlopigYears(table, measures, years));
  }

  private void profile(PdfReportWriter pdf, String code, String name) throws DocumentException {
    pdf.heading(1, name);
    WijkProfile profile = profile(table, code, name);
    List<SpineChart.Line> lines = profile.lines();
    List<List<String>> rows = profile.rows();
    spines.put(code, lines);
    if (!lines.isEmpty()) {
      pdf.draw(
          (g, area) -> SpineChart.paint(g, area, lines),
          SpineChart.height(lines.size()),
          profile.showsSuppressed());
    }
    if (!maps.isEmpty()) {
      maps.locator(pdf, code);
    }
    List<String> header = profile.header();
    // At 6,5 pt most labels hold on one line and the judgement "geen duidelijk verschil" too.
    float[] widths = new float[header.size()];
    java.util.Arrays.fill(widths, 6);
    widths[0] = 42;
    widths[widths.length - 3] = 10;
    widths[widths.length - 2] = 7;
    widths[widths.length - 1] = 17;
    Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size() - 1; i++) {
      numeric.add(i);
    }
    // The caption goes above the table, so nothing after it can end up alone on a page. The
    // table is set small enough that chart and table fit one page (18 lines in the sample); a
    // longer one runs on under its repeated header, with the wijk's name on the page.
    pdf.keepTogether(60 + 16f * Math.min(PROFILE_ROWS_KEPT, rows.size()));
    pdf.note(profile.caption(" (zie pagina 1)"));
    pdf.compactTable(header, rows, widths, numeric, PROFILE_TYPE);
    pdf.newPage();
  }

  /** The type size of a profile's table, so that it fits the page under the profile. */
  private static final float PROFILE_TYPE = 6.5f;

  /**
   * Returns the line above a profile's table: what its columns are, and what {@code -} means,
   * naming the voorlopig schooljaren in which wijken have no figure yet.
   */
  static String profileCaption(String name, List<Schooljaar> years, List<Schooljaar> voorlopig) {
    return profileCaption(name, years, voorlopig, " (zie pagina 1)");
  }

  private static String profileCaption(
      String name, List<Schooljaar> years, List<Schooljaar> voorlopig, String reference) {
    return name
        + ": interval, gemeente en oordeel over het laatste schooljaar"
        + reference
        + "; **:"
        + " vrijwel zeker geen toeval; - = geen cijfer"
        + (voorlopig.isEmpty()
            ? "."
            : ", in "
                + DutchFormat.and(voorlopig.stream().map(Schooljaar::label).toList())
                + " omdat dat schooljaar nog liep (voorlopig: alleen gemeentecijfers).");
  }

  /** Returns the profile's schooljaren in which some measure has a voorlopig gemeente figure. */
  private static List<Schooljaar> voorlopigYears(
      PublishedTable table, List<Measure> measures, List<Schooljaar> years) {
    return years.stream()
        .filter(
            y ->
                measures.stream()
                    .anyMatch(
                        m ->
                            table.voorlopigSeries(m.indicator().id(), m.categorie()).stream()
                                .anyMatch(r -> r.schooljaar().equals(y))))
        .toList();
  }

  /** Returns whether some measure has no better or worse, only higher or lower. */
  static boolean neutral(List<Measure> measures) {
    return measures.stream().anyMatch(m -> m.indicator().polarity() == Polarity.NEUTRAL);
  }

  /** The rows of a profile's table kept on the page of its explanation. */
  private static final int PROFILE_ROWS_KEPT = 4;

  /** The most schooljaren a profile shows per indicator. */
  private static final int PROFILE_YEARS = 4;

  /** Returns the latest final schooljaren of the measures' indicators, oldest first. */
  private static List<Schooljaar> profileYears(PublishedTable table, List<Measure> measures) {
    java.util.TreeSet<Schooljaar> years = new java.util.TreeSet<>();
    measures.forEach(m -> years.addAll(table.schooljaren(m.indicator().id())));
    List<Schooljaar> all = new ArrayList<>(years);
    return all.subList(Math.max(0, all.size() - PROFILE_YEARS), all.size());
  }

  /** Returns a quantile by linear interpolation between the sorted values. */
  static double quantile(List<Double> sorted, double q) {
    double position = q * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.size() - 1, below + 1);
    return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
  }
}
