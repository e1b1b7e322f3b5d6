package nl.leamonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.PartExecutor.FileRead;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.geo.WijkBoundariesReader;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.quality.DataQualityWriter;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest plan, the same for every engine: reads the reference files first (their wijken and
 * postcodes place every personal row) and stops there when they have problems, then the personal
 * files; refuses a file whose reject share is over the limit; writes each dataset to its place in
 * the lake ({@link LakeLayout}); reconciles every file (read = accepted + duplicates + rejected)
 * into {@code datakwaliteit.csv} in the publication. Every file problem is collected before the run
 * fails, so a partner sees all of them at once. The files' parts are read and the lake written by a
 * {@link PartExecutor}: this machine's threads ({@link #run(DeliveryFolder, OutputFolders)}) or
 * Spark tasks.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /** Receives progress while a file is read: its name, rows so far and rows per second. */
  @FunctionalInterface
  public interface Progress {
    void rows(String file, long rows, double perSecond);

    /** Reports nothing; the log still says what was read. */
    Progress NONE = (file, rows, perSecond) -> {};
  }

  private final IngestSettings settings;
  private final Progress progress;

  public IngestJob(IngestSettings settings) {
    this(settings, Progress.NONE);
  }

  /** Creates a job that reports reading progress on this machine, e.g. to a terminal. */
  public IngestJob(IngestSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Runs ingest on this machine's threads, with the lake in the internal folder ({@code lake/}) and
   * the staging in its {@code .werk/}, which the caller removes; throws {@link
   * InputRejectedException} when the delivery may not be published.
   */
  public IngestResult run(DeliveryFolder folder, OutputFolders out) throws IOException {
    OwnerOnly.createDirectories(out.internal());
    try (LocalPartExecutor parts = LocalPartExecutor.forRun(settings, progress, out.work())) {
      return run(folder, out, LakeLayout.at(out.lake()), parts);
    }
  }

  /**
   * Runs ingest with an executor, rejects in the internal folder and the lake at {@code lake};
   * throws {@link InputRejectedException} when the delivery may not be published.
   */
  public IngestResult run(
      DeliveryFolder folder, OutputFolders out, LakeLayout lake, PartExecutor parts)
      throws IOException {
    OwnerOnly.createDirectories(out.internal());
    Reading reading = read(folder, parts, out.rejects());
    if (!reading.problems().isEmpty()) {
      throw new InputRejectedException(reading.problems());
    }
    Map<String, LakeBuilder.FileCounts> counts = new HashMap<>();
    for (Map.Entry<Dataset, List<LakeColumn>> dataset : reading.lakeColumns().entrySet()) {
      counts.putAll(parts.writeDataset(dataset.getKey(), dataset.getValue(), lake));
    }
    List<FileQuality> quality = reconcile(reading.reports(), counts);
    DataQualityWriter.write(out.dataQuality(), quality);
    LOG.info(
        "Ingest klaar{}: {} bestanden, {} regels gelezen, {} afgekeurd, {} duplicaten; lake in {}",
        parts.where(),
        quality.size(),
        quality.stream().mapToLong(FileQuality::read).sum(),
        quality.stream().mapToLong(FileQuality::rejected).sum(),
        quality.stream().mapToLong(FileQuality::duplicates).sum(),
        lake.describe());
    return new IngestResult(
        lake.root(), quality, reading.reports(), folder.ignored(), reading.boundaries());
  }

  /**
   * What checking a delivery found without publishing anything: what reading each file found, and
   * the problems that would stop a run (empty when a run would go ahead).
   *
   * @param reports per file read, the dialect, counts and reject reasons
   * @param problems the file problems and reject shares over the limit
   * @param boundaryWarnings what reading {@code referentie/wijken.geojson} warned about (a feature
   *     of an unknown wijk, a wijk's second feature)
   */
  public record Check(
      List<FileReport> reports,
      List<FileProblem> problems,
      List<DeliveryWarning> boundaryWarnings) {
    /**
     * Returns what may be missing although every file was read: files with only a header,
     * schooljaren whose rows fell by more than half against the year before (accepted rows,
     * duplicates not yet dropped), and the warnings of the wijk boundaries.
     */
    public List<DeliveryWarning> warnings() {
      List<DeliveryWarning> warnings =
          new ArrayList<>(DeliveryWarning.of(reports, DeliveryWarning.acceptedRows(reports)));
      warnings.addAll(boundaryWarnings);
      return warnings;
    }
  }

  /**
   * Reads and validates every file as a run would, writing rejects to {@code afgekeurd/} under
   * {@code outDir} (readable by the owner only, as in a run), but builds no lake; duplicates are
   * only known to a run.
   */
  public Check check(DeliveryFolder folder, Path outDir) throws IOException {
    Path rejects = outDir.resolve("afgekeurd");
    Reading reading;
    try (LocalPartExecutor parts = LocalPartExecutor.checkOnly(settings)) {
      reading = read(folder, parts, rejects);
    }
    // Also the files an earlier check left there.
    OwnerOnly.restrictTree(rejects);
    return new Check(reading.reports(), reading.problems(), reading.boundaries().warnings());
  }

  /**
   * What reading the files found: reports in folder order, problems, and each dataset's lake
   * columns.
   */
  private record Reading(
      List<FileReport> reports,
      List<FileProblem> problems,
      Map<Dataset, List<LakeColumn>> lakeColumns,
      WijkBoundaries boundaries) {
    Reading with(WijkBoundaries read) {
      return new Reading(reports, problems, lakeColumns, read);
    }

    void add(List<FileRead> reads, double maxRejectShare) {
      for (FileRead read : reads) {
        problems.addAll(read.problems());
        if (read.report() != null) {
          reports.add(read.report());
          lakeColumns.putIfAbsent(read.file().dataset(), read.lakeColumns());
          tooManyRejects(read.report(), maxRejectShare).ifPresent(problems::add);
        }
      }
    }
  }

  /** Reads the reference files, then, when they are sound, the personal files. */
  private Reading read(DeliveryFolder folder, PartExecutor parts, Path rejects) throws IOException {
    WijkLookup wijken = new WijkLookup();
    Reading reading =
        new Reading(
            new ArrayList<>(),
            new ArrayList<>(),
            new EnumMap<>(Dataset.class),
            WijkBoundaries.NONE);
    List<DeliveryFile> references =
        folder.allFiles().stream().filter(f -> !f.dataset().personal()).toList();
    List<DeliveryFile> personal =
        folder.allFiles().stream().filter(f -> f.dataset().personal()).toList();
    reading.add(parts.read(references, wijken, rejects), settings.maxRejectShare());
    // The maps' boundaries with the other reference files: a file that is not such GeoJSON stops
    // the delivery before a personal file is read, as a bad postcodes.csv does.
    if (reading.problems().isEmpty()) {
      try {
        reading = reading.with(WijkBoundariesReader.read(folder, wijken.codes()));
      } catch (InputRejectedException e) {
        reading.problems().addAll(e.problems());
      }
    }
    // Without sound reference data every personal row would be judged wrongly.
    if (reading.problems().isEmpty()) {
      reading.add(parts.read(personal, wijken, rejects), settings.maxRejectShare());
    }
    return reading;
  }

  /** Returns the file problem of a file whose reject share is over the limit. */
  private static Optional<FileProblem> tooManyRejects(FileReport report, double maxShare) {
    if (report.rejectShare() <= maxShare) {
      return Optional.empty();
    }
    return Optional.of(
        new FileProblem(
            report.file(),
            0,
            null,
            String.format(
                DUTCH,
                "%d van de %d regels afgekeurd (%.1f %%), meer dan de grens van %.1f %%",
                report.rejected(),
                report.read(),
                100 * report.rejectShare(),
                100 * maxShare),
            "Bekijk afgekeurd/"
                + report.file()
                + " (kolommen regelnummer, reden, toelichting, kolom), verbeter de export en lever"
                + " opnieuw aan."));
  }

  /** Logs what reading a file found, the same line for every executor. */
  public static void logRead(FileReport report) {
    LOG.info(
        "{}: {} {} gelezen, {} afgekeurd{}",
        report.file(),
        report.read(),
        report.read() == 1 ? "regel" : "regels",
        report.rejected(),
        describe(report.reasons()));
  }

  private static String describe(Map<RejectReason, Long> reasons) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    reasons.forEach(
        (reason, count) ->
            text.append(text.length() > 2 ? ", " : "")
                .append(reason.code())
                .append(": ")
                .append(count));
    return text.append(')').toString();
  }

  /**
   * Returns datakwaliteit's rows: per file read, what the lake kept, the duplicates and rejects and
   * the rows outside the gemeente, in byte order of the file names.
   */
  static List<FileQuality> reconcile(
      List<FileReport> reports, Map<String, LakeBuilder.FileCounts> counts) {
    List<FileQuality> quality = new ArrayList<>();
    for (FileReport r : reports) {
      LakeBuilder.FileCounts c = counts.getOrDefault(r.file(), new LakeBuilder.FileCounts(0, 0));
      long staged = r.read() - r.rejected();
      quality.add(
          new FileQuality(
              r.file(),
              r.dataset(),
              r.read(),
              staged - c.duplicates(),
              c.duplicates(),
              r.rejected(),
              c.outsideGemeente()));
    }
    quality.sort(Comparator.comparing(FileQuality::file, DeliveryFolder.BYTE_ORDER));
    return quality;
  }
}
