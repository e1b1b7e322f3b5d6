package nl.leamonitor.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.Skipped;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.forecast.Explanation;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.AdviceCrossTable;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;

/**
 * Everything the reports show, all of it already published or safe to publish: the protected
 * indicator rows, the data quality per file, and the run's facts.
 *
 * @param gemeente the gemeente's name
 * @param period the half year reported on
 * @param rapportagedatum the run's rapportagedatum, also the documents' creation date
 * @param minCel k, the minimum cell size
 * @param rows the protected indicator rows
 * @param skipped the indicators not computed, with why
 * @param notCovered per indicator, the schooljaren of the delivery it does not cover, with what is
 *     missing (contract section 3)
 * @param warnings what may be missing from the delivery although every file was read
 * @param quality per input file, the reconciled counts
 * @param reports per input file, the dialect and reject reasons
 * @param targets the stuurgroep's SMART targets
 * @param provenance the files read, for the account of the run
 * @param version LEA Monitor's version
 * @param protection per indicator, the rows suppressed for being small and to protect others
 * @param adviceCrossTable the gemeente's schooladvies against toetsadvies, already protected; empty
 *     where it may not be shown (issue 15)
 * @param forecast the pupil forecast (P01) toward 2040, or why there is none (issue 16)
 */
public record ReportInput(
    String gemeente,
    Periode period,
    LocalDate rapportagedatum,
    int minCel,
    List<IndicatorRow> rows,
    List<Skipped> skipped,
    List<NotCovered> notCovered,
    List<DeliveryWarning> warnings,
    List<FileQuality> quality,
    List<FileReport> reports,
    List<Target> targets,
    List<InputFile> provenance,
    String version,
    List<SmallNumberProtection.Cost> protection,
    Optional<AdviceCrossTable> adviceCrossTable,
    PupilForecast forecast) {

  /** Why a report made without a forecast has none (a run always passes its own). */
  static final Explanation NO_FORECAST =
      new Explanation(
          "Geen leerlingenprognose (P01): deze rapportage is gemaakt zonder prognose.",
          "Er is geen leerlingenprognose: deze rapportage is zonder prognose gemaakt.");

  /** Returns this input with a pupil forecast. */
  public ReportInput withForecast(PupilForecast forecast) {
    return new ReportInput(
        gemeente,
        period,
        rapportagedatum,
        minCel,
        rows,
        skipped,
        notCovered,
        warnings,
        quality,
        reports,
        targets,
        provenance,
        version,
        protection,
        adviceCrossTable,
        forecast);
  }

  /** Returns this input with the gemeente's protected cross-table of advices. */
  public ReportInput withAdviceCrossTable(Optional<AdviceCrossTable> table) {
    return new ReportInput(
        gemeente,
        period,
        rapportagedatum,
        minCel,
        rows,
        skipped,
        notCovered,
        warnings,
        quality,
        reports,
        targets,
        provenance,
        version,
        protection,
        table,
        forecast);
  }

  /**
   * Creates the input of a run without a cross-table of advices and without a pupil forecast (add
   * them with {@link #withAdviceCrossTable} and {@link #withForecast}).
   */
  public ReportInput(
      String gemeente,
      Periode period,
      LocalDate rapportagedatum,
      int minCel,
      List<IndicatorRow> rows,
      List<Skipped> skipped,
      List<NotCovered> notCovered,
      List<DeliveryWarning> warnings,
      List<FileQuality> quality,
      List<FileReport> reports,
      List<Target> targets,
      List<InputFile> provenance,
      String version,
      List<SmallNumberProtection.Cost> protection) {
    this(
        gemeente,
        period,
        rapportagedatum,
        minCel,
        rows,
        skipped,
        notCovered,
        warnings,
        quality,
        reports,
        targets,
        provenance,
        version,
        protection,
        Optional.empty(),
        PupilForecast.absent(NO_FORECAST));
  }
}
