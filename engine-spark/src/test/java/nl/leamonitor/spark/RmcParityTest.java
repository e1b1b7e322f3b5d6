package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.RejectDialectFixtures;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rmc} dataset (issue 15) through both engines: the ingest module's rmc dialect fixture
 * and its five reject fixtures give the same lake rows, data quality and reject bytes on Spark as
 * on DuckDB. The reject fixtures' good row (good-00001, peildatum 2024-02-01) is in every file, so
 * all but the first are duplicates across files.
 */
class RmcParityTest {
  private static final IngestSettings SETTINGS =
      new IngestSettings(
          Optional.of(
              PseudonymKey.of(
                  "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8),
                  "test")),
          1.0, // half the rows of the reject fixtures are rejected on purpose
          nl.leamonitor.ingest.MemoryLimit.megabytes(512));

  private static final List<String> REJECT_FIXTURES =
      List.of(
          "rmc-geboortedatum-na-peildatum.csv",
          "rmc-peildatum-leeg.csv",
          "rmc-peildatum-ongeldig.csv",
          "rmc-postcode-ongeldig.csv",
          "rmc-situatie-onbekend.csv");

  @TempDir Path temp;

  @AfterEach
  void stopSpark() {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  @Test
  void bothEnginesGiveTheSameRmcLakeQualityAndRejects() throws Exception {
    Path input = temp.resolve("aanlevering");
    RejectDialectFixtures.copy("reference/wijken.csv", input.resolve("referentie/wijken.csv"));
    RejectDialectFixtures.copy(
        "reference/postcodes.csv", input.resolve("referentie/postcodes.csv"));
    RejectDialectFixtures.copy(
        "dialect/inschrijvingen-header-only.csv", input.resolve("inschrijvingen.csv"));
    RejectDialectFixtures.copy("dialect/rmc-register.csv", input.resolve("rmc_register.csv"));
    for (String fixture : REJECT_FIXTURES) {
      RejectDialectFixtures.copy("bad-input/" + fixture, input.resolve(fixture));
    }
    OutputFolders duck = ingest(EngineFactory.find("duckdb").orElseThrow(), input, "duckdb");
    OutputFolders spark = ingest(new SparkEngineFactory(), input, "spark");

    List<List<String>> lake = lakeRows(duck);
    // 5 rows of rmc_register.csv less its duplicate, and good-00001 once.
    assertEquals(5, lake.size(), lake.toString());
    assertEquals(lake, lakeRows(spark));
    assertEquals(Files.readString(duck.dataQuality()), Files.readString(spark.dataQuality()));
    for (String fixture : REJECT_FIXTURES) {
      assertArrayEquals(
          Files.readAllBytes(duck.rejects().resolve(fixture)),
          Files.readAllBytes(spark.rejects().resolve(fixture)),
          fixture);
    }
  }

  private OutputFolders ingest(EngineFactory engine, Path input, String name) throws Exception {
    OutputFolders out =
        new OutputFolders(
            Files.createDirectories(temp.resolve(name)), temp.resolve(name + "-intern"));
    engine.ingest(
        SETTINGS, IngestJob.Progress.NONE, DeliveryFolder.scan(input), out, Optional.empty());
    return out;
  }

  private static List<List<String>> lakeRows(OutputFolders out) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select persoon, sleutel_versie, schooljaar, geboortedatum, postcode, wijk_code,"
                    + " peildatum, situatie, bestand, regelnummer from read_parquet('"
                    + out.lake().resolve("rmc")
                    + "/**/*.parquet', hive_partitioning = true) order by bestand,"
                    + " regelnummer")) {
      List<List<String>> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
