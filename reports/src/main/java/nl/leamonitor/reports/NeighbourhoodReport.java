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
import nl.leamonitor.analytics.publish.IndicatorRow;
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

  public NeighbourhoodReport(ReportInput input) {
    this.input = input;
    this.table = new PublishedTable(input.rows());
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
  private record Measure(Indicator indicator, String categorie, Schooljaar schooljaar) {
    String label() {
      return indicator.label() + (categorie == null ? "" : ": " + Labels.category(categorie));
    }
  }

  private List<Measure> measures() {
    List<Measure> measures = new ArrayList<>();
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      Optional<Schooljaar> latest = table.latest(indicator.id());
      if (latest.isEmpty() || indicator.polarity() == Polarity.NEUTRAL) {
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
      for (Map.Entry<String, String> wijk : table.wijken().entrySet()) {
        profile(pdf, wijk.getKey(), wijk.getValue(), measures);
      }
      pdf.heading(1, "Rangorde van de wijken per indicator");
      pdf.text(
          "Per indicator de wijken van hoog naar laag, met hun 95%-interval en de gemeente als"
              + " stippellijn. Overlappen de intervallen van twee wijken, dan is het verschil"
              + " tussen die wijken mogelijk toeval.");
      for (Measure m : measures) {
        pdf.heading(2, m.label() + " (" + m.schooljaar().label() + ")");
        PlottedChart ranking =
            WijkBarChart.of(
                m.indicator(),
                table,
                m.schooljaar(),
                m.categorie(),
                true,
                m.label() + ", " + m.schooljaar().label());
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
        "Per wijk een profiel: elke regel is een indicator in het laatste schooljaar met gegevens."
            + " De grijze balk loopt van de slechtste wijk (links) tot de beste wijk (rechts), het"
            + " donkere deel omvat de middelste helft van de wijken en de zwarte streep is de"
            + " gemeente. De stip is de wijk: "
            + Judgement.BETER.label()
            + " (blauw), "
            + Judgement.GELIJK.label()
            + " (grijs) of "
            + Judgement.SLECHTER.label()
            + " (oranje), op grond van het 95%-interval van de wijk.");
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
            + ". Daarom staat ook of een verschil standhoudt bij 99,8 % (de"
            + " tweede grens van Public Health England, ongeveer 3 in plaats van 2"
            + " standaardfouten): dan is het vrijwel zeker geen toeval. In de tabellen staat dan"
            + " 'ook bij 99,8 %', in de grafieken ** achter de naam van de wijk. Bij een noemer"
            + " onder "
            + WijkDifference.EXACT_BELOW
            + " rust het oordeel op exacte binomiale (Clopper-Pearson) grenzen in plaats van het"
            + " Wilson-interval, dat bij zo weinig kinderen te smal kan uitvallen; het oordeel kan"
            + " dan voorzichtiger zijn dan de kolom vergelijking in indicatoren.csv.");
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
    pdf.newPage();
  }

  private void profile(PdfReportWriter pdf, String code, String name, List<Measure> measures)
      throws DocumentException {
    pdf.heading(1, name);
    List<SpineChart.Line> lines = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Measure m : measures) {
      Indicator ind = m.indicator();
      Optional<IndicatorRow> gemeente =
          table.gemeenteSeries(ind.id(), m.categorie()).stream()
              .filter(r -> r.schooljaar().equals(m.schooljaar()))
              .findFirst();
      Optional<IndicatorRow> own = table.row(ind.id(), m.schooljaar(), code, m.categorie());
      List<Double> values =
          table.wijkRows(ind.id(), m.schooljaar(), m.categorie()).stream()
              .filter(r -> !r.onderdrukt())
              .map(IndicatorRow::waarde)
              .sorted()
              .toList();
      String ownText = own.map(r -> DutchFormat.valueCell(ind, r)).orElse("-");
      String gemeenteText = gemeente.map(r -> DutchFormat.valueCell(ind, r)).orElse("-");
      WijkDifference difference =
          own.map(r -> WijkDifference.of(r, gemeente.orElse(null))).orElse(WijkDifference.NONE);
      Judgement judgement = Judgement.of(difference.comparison(), ind.polarity());
      rows.add(
          List.of(
              m.label(),
              m.schooljaar().label(),
              ownText,
              own.map(r -> DutchFormat.intervalCell(ind, r)).orElse(""),
              gemeenteText,
              own.isPresent()
                  ? judgement.label() + (difference.alsoAt998() ? ", ook bij 99,8 %" : "")
                  : "geen gegevens"));
      int notShown =
          (int)
              table.wijkRows(ind.id(), m.schooljaar(), m.categorie()).stream()
                  .filter(IndicatorRow::onderdrukt)
                  .count();
      if (gemeente.isPresent() && !gemeente.get().onderdrukt() && values.size() >= 2) {
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
    spines.put(code, lines);
    if (!lines.isEmpty()) {
      boolean showsSuppressed =
          lines.stream().anyMatch(l -> l.notShown() > 0 || DutchFormat.SUPPRESSED.equals(l.note()));
      pdf.draw(
          (g, area) -> SpineChart.paint(g, area, lines),
          SpineChart.height(lines.size()),
          showsSuppressed);
    }
    pdf.table(
        List.of("Indicator", "Schooljaar", name, "95%-interval", "Gemeente", "Oordeel"),
        rows,
        new float[] {33, 13, 10, 14, 12, 18},
        Set.of(2, 3, 4));
    pdf.newPage();
  }

  /** Returns a quantile by linear interpolation between the sorted values. */
  static double quantile(List<Double> sorted, double q) {
    double position = q * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.size() - 1, below + 1);
    return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
  }
}
