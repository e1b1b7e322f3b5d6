package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * {@code rapport.pdf}: the voortgangsrapportage for the bestuurlijk platform. A cover, "Wat valt
 * op" (the few findings that matter, in plain words: {@link WhatStandsOut}), a management summary
 * per ambition (latest value, interval, change, significant trend, status against the stuurgroep's
 * targets), a chapter per ambition with trend, wijk, outcome and funnel charts per indicator, the
 * pupil forecast toward 2040 ({@link ForecastChapter}), and appendices on data quality,
 * definitions, suppression and provenance. This class writes the cover; {@link WhatStandsOut},
 * {@link EvaluationSummary}, {@link AmbitionChapter} and {@link EvaluationAppendices} write the
 * rest.
 */
public final class EvaluationReport {
  /** Ambitions in the order the report discusses them. */
  static final List<Ambition> ORDER =
      List.of(
          Ambition.BOUWEN, Ambition.GELIJKE_KANSEN, Ambition.PASSENDE_PLEK, Ambition.OVERGANGEN);

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

  /**
   * Writes the report. It is laid out twice: page 2, "Wat valt op", points to the pages of later
   * sections, which a first layout finds (written nowhere, its charts not drawn: they take the
   * place they are given whatever they show). Page 2 is one page whatever it says, so the report
   * then puts every section on the page the first layout found for it.
   */
  public void write(Path target, ReportFonts fonts) throws IOException {
    String title = "Voortgangsrapportage LEA " + input.gemeente() + " - " + input.period().label();
    String subject = "Voortgang van de Lokaal Educatieve Agenda " + input.gemeente() + " 2021-2030";
    Map<String, Integer> pages =
        render(
            PdfReportWriter.layout(fonts, title, subject, input.rapportagedatum(), SUPPRESSED_NOTE),
            Map.of());
    charts.clear();
    render(
        new PdfReportWriter(
            target, fonts, title, subject, input.rapportagedatum(), SUPPRESSED_NOTE),
        pages);
  }

  /** Renders the report with page references from {@code pages}; returns its headings' pages. */
  private Map<String, Integer> render(PdfReportWriter opened, Map<String, Integer> pages)
      throws IOException {
    try (PdfReportWriter pdf = opened) {
      cover(pdf);
      new WhatStandsOut(input, table).write(pdf, pages);
      ForecastChapter forecast = new ForecastChapter(input);
      String forecastPointer = forecast.pointer(pages);
      new EvaluationSummary(input, table).write(pdf, forecastPointer);
      AmbitionChapter chapter = new AmbitionChapter(input, table, charts);
      for (Ambition ambition : ORDER) {
        chapter.write(pdf, ambition, ambition == Ambition.BOUWEN ? forecastPointer : null);
      }
      forecast.write(pdf);
      new EvaluationAppendices(input).write(pdf);
      pdf.close();
      return new HashMap<>(pdf.headingPages());
    } catch (DocumentException e) {
      throw new IOException("rapport.pdf kon niet geschreven worden: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the chapter on an ambition onto a writer other than the PDF's (a web page): its heading,
   * then its indicators' summary with the status against the stuurgroep's targets (a part of the
   * Samenvatting in the PDF), then the chapter's indicators as in the PDF; the first ambition ends
   * with where the pupil forecast stands, {@code forecastLink} the words that point to it.
   */
  public void writeAmbition(ReportWriter writer, Ambition ambition, String forecastLink)
      throws DocumentException {
    writer.heading(1, ambition.title());
    EvaluationSummary summary = new EvaluationSummary(input, table);
    writer.heading(2, "Stand en doelen");
    String introduction = summary.introduction();
    writer.text(Character.toUpperCase(introduction.charAt(0)) + introduction.substring(1));
    if (!summary.withTargets()) {
      writer.text(EvaluationSummary.NO_TARGETS);
    }
    summary.table(writer, ambition);
    writer.note(summary.explanation());
    boolean voorlopig =
        input.rows().stream()
            .anyMatch(
                r ->
                    r.voorlopig() && IndicatorCatalogue.byId(r.indicator()).ambition() == ambition);
    if (voorlopig) {
      writer.note(summary.voorlopigNote());
    }
    new AmbitionChapter(input, table, new ArrayList<>())
        .indicators(
            writer,
            ambition,
            ambition == Ambition.BOUWEN ? new ForecastChapter(input).pointer(forecastLink) : null);
  }

  /** Returns the title of the chapter on the pupil forecast: {@code Zoetermeer 2040}. */
  public String forecastTitle() {
    return new ForecastChapter(input).title();
  }

  /** Writes the chapter on the pupil forecast as in the PDF, onto another writer (a web page). */
  public void writeForecast(ReportWriter writer) throws DocumentException {
    new ForecastChapter(input).write(writer);
  }

  /** Writes appendix A, the data quality per delivered file, as a chapter of its own. */
  public void writeDataQuality(ReportWriter writer) throws DocumentException {
    new EvaluationAppendices(input).dataQuality(writer, EvaluationAppendices.DATA_QUALITY);
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

  static List<Indicator> indicators(Ambition ambition) {
    return IndicatorCatalogue.ALL.stream().filter(i -> i.ambition() == ambition).toList();
  }
}
