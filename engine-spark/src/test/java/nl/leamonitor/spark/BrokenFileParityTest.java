package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose CSV breaks halfway (text after a closing quote), read by Spark in parts of 4 kB: the
 * run is refused with DuckDB's problem, and the rejects stop where DuckDB's stop, though the parts
 * after the break were read by other tasks. A later file whose header lacks a column (found on the
 * driver, before any task) is listed after it on both engines: the one plan lists problems in
 * folder order.
 */
class BrokenFileParityTest {
  private static final String FILE = "inschrijvingen_po_parnassys.csv";
  private static final String LATER_FILE = "vsv_vo_rmc.csv";

  @TempDir Path temp;

  @AfterEach
  void stopSpark() {
    System.clearProperty(SparkEngineFactory.PART_BYTES);
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  @Test
  void aBrokenRecordStopsTheFileAtTheSameLineOnBothEngines() throws Exception {
    Path input = temp.resolve("aanlevering");
    new SampleGenerator(5, 300).write(input);
    List<String> lines =
        new ArrayList<>(Files.readAllLines(input.resolve(FILE), StandardCharsets.UTF_8));
    int broken = lines.size() / 2;
    lines.set(broken, "\"" + lines.get(broken).replaceFirst(";", "\"x;"));
    lines.set(broken / 2, "1;2"); // a reject before the break, in afgekeurd/
    lines.set(
        lines.size() - 2, "3;4"); // one after it, in a later part: never read by a serial parse
    Files.write(input.resolve(FILE), lines, StandardCharsets.UTF_8);
    List<String> later =
        new ArrayList<>(Files.readAllLines(input.resolve(LATER_FILE), StandardCharsets.UTF_8));
    later.set(0, later.get(0).replace(";schooljaar;", ";jaar;"));
    Files.write(input.resolve(LATER_FILE), later, StandardCharsets.UTF_8);

    IngestSettings settings =
        new IngestSettings(
            Optional.of(
                PseudonymKey.of(
                    "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8),
                    "test")),
            0.05,
            nl.leamonitor.ingest.MemoryLimit.megabytes(512));
    OutputFolders duck =
        new OutputFolders(
            Files.createDirectories(temp.resolve("duckdb")), temp.resolve("duckdb-intern"));
    List<FileProblem> duckProblems =
        assertThrows(
                InputRejectedException.class,
                () ->
                    EngineFactory.find("duckdb")
                        .orElseThrow()
                        .ingest(
                            settings,
                            IngestJob.Progress.NONE,
                            DeliveryFolder.scan(input),
                            duck,
                            Optional.empty()))
            .problems();
    System.setProperty(SparkEngineFactory.PART_BYTES, "4k");
    OutputFolders spark =
        new OutputFolders(
            Files.createDirectories(temp.resolve("spark")), temp.resolve("spark-intern"));
    List<FileProblem> sparkProblems =
        assertThrows(
                InputRejectedException.class,
                () ->
                    new SparkEngineFactory()
                        .ingest(
                            settings,
                            IngestJob.Progress.NONE,
                            DeliveryFolder.scan(input),
                            spark,
                            Optional.empty()))
            .problems();

    assertEquals(2, duckProblems.size(), duckProblems.toString());
    assertEquals(
        new FileProblem(
            FILE,
            broken + 1,
            null,
            "de CSV-opbouw klopt niet vanaf hier (een aanhalingsteken wordt niet gesloten of er"
                + " staat tekst direct na een afsluitend aanhalingsteken)",
            "Controleer de aanhalingstekens op deze regel en exporteer het bestand opnieuw."),
        duckProblems.get(0));
    assertEquals(
        List.of(LATER_FILE, "1", "schooljaar", "verplichte kolom ontbreekt in de kopregel"),
        List.of(
            duckProblems.get(1).file(),
            String.valueOf(duckProblems.get(1).line()),
            duckProblems.get(1).column(),
            duckProblems.get(1).problem()));
    assertEquals(duckProblems, sparkProblems);
    String duckRejects = Files.readString(duck.rejects().resolve(FILE));
    assertEquals(
        2, duckRejects.lines().count(), duckRejects); // header and the reject before the break
    assertTrue(
        duckRejects.contains(
            "\r\n"
                + (broken / 2 + 1)
                + ";aantal_velden_onjuist;De regel heeft meer of minder velden dan de kopregel.;"),
        duckRejects);
    assertArrayEquals(
        Files.readAllBytes(duck.rejects().resolve(FILE)),
        Files.readAllBytes(spark.rejects().resolve(FILE)));
  }
}
