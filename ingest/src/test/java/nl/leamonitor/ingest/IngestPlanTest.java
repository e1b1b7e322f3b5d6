package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan is the executor's master: with an executor that only answers what it is told, the plan
 * reads the reference files first, stops there when they have problems, refuses a file over the
 * reject limit, writes each dataset once and reconciles every file.
 */
class IngestPlanTest {
  private static final CsvDialect DIALECT = new CsvDialect(';', StandardCharsets.UTF_8, false);

  @TempDir Path temp;

  /** An executor that answers from a table: per file its rows read and rejected, or a problem. */
  private static final class Scripted implements PartExecutor {
    final List<String> calls = new ArrayList<>();
    final Map<String, long[]> readRejected;
    final Map<String, LakeBuilder.FileCounts> counts;

    Scripted(Map<String, long[]> readRejected, Map<String, LakeBuilder.FileCounts> counts) {
      this.readRejected = readRejected;
      this.counts = counts;
    }

    @Override
    public List<FileRead> read(List<DeliveryFile> files, WijkLookup wijken, Path rejects) {
      calls.add("read " + files.stream().map(DeliveryFile::name).toList());
      List<FileRead> reads = new ArrayList<>();
      for (DeliveryFile f : files) {
        long[] rows = readRejected.get(f.name());
        if (rows == null) {
          reads.add(
              FileRead.stopped(
                  f, List.of(new FileProblem(f.name(), 0, null, "kapot", "Lever opnieuw aan."))));
        } else {
          FileReport report =
              new FileReport(f.name(), f.dataset(), DIALECT, rows[0], rows[1], Map.of(), Map.of());
          reads.add(FileRead.read(f, report, List.of(new LakeColumn("x", "VARCHAR"))));
        }
      }
      return reads;
    }

    @Override
    public Map<String, LakeBuilder.FileCounts> writeDataset(
        Dataset dataset, List<LakeColumn> columns, LakeLayout lake) {
      calls.add("write " + dataset.lakeName() + " at " + LakeLayout.relative(dataset));
      return counts;
    }

    @Override
    public void close() {}
  }

  private DeliveryFolder delivery() throws IOException {
    Path input = temp.resolve("aanlevering");
    Files.createDirectories(input.resolve("referentie"));
    for (String name :
        List.of(
            "referentie/wijken.csv",
            "referentie/postcodes.csv",
            "vsv_b.csv",
            "inschrijvingen_a.csv",
            "vsv_a.csv")) {
      Files.writeString(input.resolve(name), "x\n");
    }
    return DeliveryFolder.scan(input);
  }

  private OutputFolders out() throws IOException {
    return new OutputFolders(
        Files.createDirectories(temp.resolve("publicatie")), temp.resolve("intern"));
  }

  private IngestJob job(double maxRejectShare) {
    return new IngestJob(
        new IngestSettings(
            Optional.empty(), maxRejectShare, nl.leamonitor.ingest.MemoryLimit.megabytes(256)));
  }

  @Test
  void referencesFirstThenPersonalFilesThenEachDatasetOnceAndEveryFileReconciled()
      throws Exception {
    Scripted parts =
        new Scripted(
            Map.of(
                "referentie/wijken.csv", new long[] {10, 0},
                "referentie/postcodes.csv", new long[] {20, 1},
                "inschrijvingen_a.csv", new long[] {100, 5},
                "vsv_a.csv", new long[] {40, 2},
                "vsv_b.csv", new long[] {30, 0}),
            Map.of(
                "inschrijvingen_a.csv",
                new LakeBuilder.FileCounts(3, 7),
                "vsv_b.csv",
                new LakeBuilder.FileCounts(1, 0)));
    OutputFolders out = out();
    IngestResult result =
        job(0.05).run(delivery(), out, LakeLayout.at(temp.resolve("lake")), parts);

    assertEquals(
        List.of(
            "read [referentie/wijken.csv, referentie/postcodes.csv]",
            "read [inschrijvingen_a.csv, vsv_a.csv, vsv_b.csv]",
            "write wijken at referentie/wijken.parquet",
            "write postcodes at referentie/postcodes.parquet",
            "write inschrijvingen at inschrijvingen",
            "write vsv at vsv"),
        parts.calls);
    // accepted = read - rejected - duplicates: 100 - 5 - 3 = 92, 40 - 2 - 0 = 38, 30 - 0 - 1 = 29,
    // 20 - 1 = 19.
    assertEquals(
        List.of(
            new FileQuality("inschrijvingen_a.csv", Dataset.INSCHRIJVINGEN, 100, 92, 3, 5, 7),
            new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 20, 19, 0, 1, 0),
            new FileQuality("referentie/wijken.csv", Dataset.WIJKEN, 10, 10, 0, 0, 0),
            new FileQuality("vsv_a.csv", Dataset.VSV, 40, 38, 0, 2, 0),
            new FileQuality("vsv_b.csv", Dataset.VSV, 30, 29, 1, 0, 0)),
        result.quality());
    assertEquals(temp.resolve("lake").toUri() + "/", result.lake().toString());
    assertEquals(
        List.of(
            "bestand,dataset,rijen_gelezen,rijen_geaccepteerd,duplicaten,rijen_afgekeurd,buiten_gemeente_of_onbekend",
            "inschrijvingen_a.csv,inschrijvingen,100,92,3,5,7",
            "referentie/postcodes.csv,postcodes,20,19,0,1,0",
            "referentie/wijken.csv,wijken,10,10,0,0,",
            "vsv_a.csv,vsv,40,38,0,2,0",
            "vsv_b.csv,vsv,30,29,1,0,0"),
        Files.readAllLines(out.dataQuality()));
  }

  @Test
  void aReferenceProblemStopsBeforeThePersonalFiles() throws Exception {
    Scripted parts = new Scripted(Map.of("referentie/wijken.csv", new long[] {10, 0}), Map.of());
    List<FileProblem> problems =
        assertThrows(
                InputRejectedException.class,
                () -> job(0.05).run(delivery(), out(), LakeLayout.at(temp.resolve("lake")), parts))
            .problems();
    assertEquals(List.of("read [referentie/wijken.csv, referentie/postcodes.csv]"), parts.calls);
    assertEquals(
        List.of("referentie/postcodes.csv: kapot. Lever opnieuw aan."),
        problems.stream().map(FileProblem::message).toList());
  }

  @Test
  void everyFileOverTheRejectLimitIsAProblemInFolderOrderAndNothingIsWritten() throws Exception {
    // 6 of 100 is 6.0 %, 2 of 40 is 5.0 % (at the limit, allowed), 2 of 30 is 6.7 %.
    Scripted parts =
        new Scripted(
            Map.of(
                "referentie/wijken.csv", new long[] {10, 0},
                "referentie/postcodes.csv", new long[] {20, 1},
                "inschrijvingen_a.csv", new long[] {100, 6},
                "vsv_a.csv", new long[] {40, 2},
                "vsv_b.csv", new long[] {30, 2}),
            Map.of());
    List<FileProblem> problems =
        assertThrows(
                InputRejectedException.class,
                () -> job(0.05).run(delivery(), out(), LakeLayout.at(temp.resolve("lake")), parts))
            .problems();
    assertEquals(
        List.of(
            "inschrijvingen_a.csv: 6 van de 100 regels afgekeurd (6,0 %), meer dan de grens van 5,0"
                + " %. Bekijk afgekeurd/inschrijvingen_a.csv (kolommen regelnummer, reden,"
                + " toelichting, kolom), verbeter de export en lever opnieuw aan.",
            "vsv_b.csv: 2 van de 30 regels afgekeurd (6,7 %), meer dan de grens van 5,0 %. Bekijk"
                + " afgekeurd/vsv_b.csv (kolommen regelnummer, reden, toelichting, kolom), verbeter"
                + " de export en lever opnieuw aan."),
        problems.stream().map(FileProblem::message).toList());
    assertEquals(2, parts.calls.size(), parts.calls.toString());
  }
}
