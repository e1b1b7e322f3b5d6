package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.RejectDialectFixtures;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.FileQuality;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest module's reject-dialect and duplicate-postcode fixtures through both engines: Spark
 * writes the same reject bytes as DuckDB, in the delivered dialect (personal files' rejects are
 * masked in tasks and written on the driver), and reads {@code referentie/postcodes.csv} on the
 * driver with the same rules: the same wijk twice is a duplicate, another wijk a file problem.
 */
class RejectDialectParityTest {
  private static final IngestSettings SETTINGS =
      new IngestSettings(
          Optional.of(
              PseudonymKey.of(
                  "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8),
                  "test")),
          1.0, // most rows of the fixtures are rejected on purpose
          nl.leamonitor.ingest.MemoryLimit.megabytes(512));

  @TempDir Path temp;

  @AfterEach
  void stopSpark() {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  @Test
  void bothEnginesWriteTheRejectsInTheDeliveredDialectAndCountTheSameWijkTwiceAsADuplicate()
      throws Exception {
    Path input = temp.resolve("aanlevering");
    RejectDialectFixtures.copy("reference/wijken.csv", input.resolve("referentie/wijken.csv"));
    RejectDialectFixtures.copy(
        "reference/postcodes-dubbel-zelfde-wijk.csv", input.resolve("referentie/postcodes.csv"));
    for (RejectDialectFixtures.Case c : RejectDialectFixtures.cases()) {
      RejectDialectFixtures.copy(c.resource(), input.resolve(c.deliveredAs()));
    }
    OutputFolders duck = folders("duckdb");
    OutputFolders spark = folders("spark");
    IngestResult duckResult =
        duckDb().ingest(SETTINGS, IngestJob.Progress.NONE, scan(input), duck, Optional.empty());
    IngestResult sparkResult =
        new SparkEngineFactory()
            .ingest(SETTINGS, IngestJob.Progress.NONE, scan(input), spark, Optional.empty());

    for (RejectDialectFixtures.Case c : RejectDialectFixtures.cases()) {
      // ISO-8859-1 maps each byte to one character, so a difference shows where it is.
      String expected = new String(c.expected(), StandardCharsets.ISO_8859_1);
      assertEquals(expected, bytes(duck.rejects().resolve(c.deliveredAs())), "DuckDB " + c);
      assertEquals(expected, bytes(spark.rejects().resolve(c.deliveredAs())), "Spark " + c);
    }
    // 6 rows: line 6 repeats line 5 (2713 AB, 2713ab) and line 7 line 3 (2712), same wijk_codes.
    FileQuality postcodes =
        new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 6, 4, 2, 0, 0);
    assertEquals(postcodes, quality(duckResult, "referentie/postcodes.csv"));
    assertEquals(postcodes, quality(sparkResult, "referentie/postcodes.csv"));
  }

  @Test
  void aPostcodeInTwoWijkenIsTheSameFileProblemOnBothEngines() throws Exception {
    Path input = temp.resolve("aanlevering");
    RejectDialectFixtures.copy("reference/wijken.csv", input.resolve("referentie/wijken.csv"));
    RejectDialectFixtures.copy(
        "bad-file/postcodes-wijk-dubbel.csv", input.resolve("referentie/postcodes.csv"));
    RejectDialectFixtures.copy(
        "dialect/inschrijvingen-header-only.csv", input.resolve("inschrijvingen.csv"));
    List<FileProblem> duckProblems =
        assertThrows(
                InputRejectedException.class,
                () ->
                    duckDb()
                        .ingest(
                            SETTINGS,
                            IngestJob.Progress.NONE,
                            scan(input),
                            folders("duckdb"),
                            Optional.empty()))
            .problems();
    List<FileProblem> sparkProblems =
        assertThrows(
                InputRejectedException.class,
                () ->
                    new SparkEngineFactory()
                        .ingest(
                            SETTINGS,
                            IngestJob.Progress.NONE,
                            scan(input),
                            folders("spark"),
                            Optional.empty()))
            .problems();
    List<String> expected =
        List.of(
            "referentie/postcodes.csv, regel 5, kolom postcode: postcode 2711AB staat op regel 3"
                + " bij wijk_code WK063702 en op regel 5 bij wijk_code WK063701; de wijk van de"
                + " inwoners zou dan willekeurig zijn. Geef elke postcode één wijk_code:"
                + " verwijder of corrigeer een van de twee regels in postcodes.csv.");
    assertEquals(expected, duckProblems.stream().map(FileProblem::message).toList());
    assertEquals(expected, sparkProblems.stream().map(FileProblem::message).toList());
  }

  @Test
  void schooladviezenGiveTheSameLakeRejectsAndCountsOnBothEngines() throws Exception {
    Path input = temp.resolve("aanlevering");
    RejectDialectFixtures.copy("reference/wijken.csv", input.resolve("referentie/wijken.csv"));
    RejectDialectFixtures.copy(
        "reference/postcodes.csv", input.resolve("referentie/postcodes.csv"));
    RejectDialectFixtures.copy(
        "dialect/inschrijvingen-header-only.csv", input.resolve("inschrijvingen.csv"));
    List<String> files =
        List.of(
            "schooladviezen-aliases-combined.csv",
            "schooladviezen-verplicht-veld-leeg.csv",
            "schooladviezen-advies-onbekend.csv",
            "schooladviezen-advies-zelfde-niveau.csv",
            "schooladviezen-advies-omgekeerd.csv",
            "schooladviezen-advies-niet-aansluitend.csv");
    for (String file : files) {
      String folder = file.contains("aliases") ? "dialect/" : "bad-input/";
      RejectDialectFixtures.copy(folder + file, input.resolve(file));
    }
    OutputFolders duck = folders("duckdb");
    OutputFolders spark = folders("spark");
    IngestResult duckResult =
        duckDb().ingest(SETTINGS, IngestJob.Progress.NONE, scan(input), duck, Optional.empty());
    IngestResult sparkResult =
        new SparkEngineFactory()
            .ingest(SETTINGS, IngestJob.Progress.NONE, scan(input), spark, Optional.empty());

    for (String file : files) {
      assertEquals(quality(duckResult, file), quality(sparkResult, file), file);
      if (!file.contains("aliases")) {
        String rejects = bytes(duck.rejects().resolve(file));
        assertEquals(rejects, bytes(spark.rejects().resolve(file)), file);
        assertEquals(1, quality(sparkResult, file).rejected(), file);
      }
    }
    // The 5 dialect rows and advies-0001's 2023-2024 row: each reject fixture's good row is
    // advies-0001 in 2023-2024, so only the first file's (byte order: ...-advies-niet-aansluitend)
    // is kept and the other 4 are duplicates, on both engines.
    List<List<String>> duckLake = schooladviezen(duck.lake());
    assertEquals(6, duckLake.size());
    assertEquals(
        new FileQuality(
            "schooladviezen-advies-omgekeerd.csv", Dataset.SCHOOLADVIEZEN, 2, 0, 1, 1, 0),
        quality(sparkResult, "schooladviezen-advies-omgekeerd.csv"));
    assertEquals(duckLake, schooladviezen(spark.lake()));
  }

  private static List<List<String>> schooladviezen(Path lake) throws Exception {
    String columns =
        "persoon, sleutel_versie, schooljaar, schooladvies, schooladvies_rang, schooladvies_laag,"
            + " schooladvies_hoog, toetsadvies, toetsadvies_rang, toetsadvies_laag,"
            + " toetsadvies_hoog, definitief_advies, definitief_advies_rang,"
            + " definitief_advies_laag, definitief_advies_hoog, brin, vestiging, bestand,"
            + " regelnummer";
    String glob = lake.resolve("schooladviezen").toAbsolutePath() + "/**/*.parquet";
    List<List<String>> rows = new java.util.ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "select "
                    + columns
                    + " from read_parquet('"
                    + glob
                    + "', hive_partitioning = true) order by bestand, regelnummer")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static EngineFactory duckDb() {
    return EngineFactory.find("duckdb").orElseThrow();
  }

  private static DeliveryFolder scan(Path input) {
    return DeliveryFolder.scan(input);
  }

  private OutputFolders folders(String engine) throws Exception {
    return new OutputFolders(
        Files.createDirectories(temp.resolve(engine)), temp.resolve(engine + "-intern"));
  }

  private static String bytes(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  private static FileQuality quality(IngestResult result, String file) {
    return result.quality().stream().filter(q -> q.file().equals(file)).findFirst().orElseThrow();
  }
}
