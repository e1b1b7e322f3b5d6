package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast's inputs (issue 16) through both engines: {@code bevolkingsprognose.csv} (decimal
 * comma and point, a duplicate key; then a negative aantal) and {@code scholen.csv} with {@code
 * capaciteit} (empty, 0; then not a number) give the same lake rows, data quality and reject bytes
 * on Spark as on DuckDB.
 */
class ForecastInputParityTest {
  private static final IngestSettings SETTINGS =
      new IngestSettings(
          Optional.empty(),
          1.0, // half the rows of the reject fixtures are rejected on purpose
          nl.leamonitor.ingest.MemoryLimit.megabytes(512));

  @TempDir Path temp;

  @AfterEach
  void stopSpark() {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  @Test
  void bothEnginesGiveTheSameForecastInputs() throws Exception {
    compare(
        "goed",
        "dialect/bevolkingsprognose-decimale-komma.csv",
        "dialect/scholen-capaciteit.csv",
        false);
    compare(
        "afgekeurd",
        "bad-input/bevolkingsprognose-aantal-negatief.csv",
        "bad-input/scholen-capaciteit-geen-getal.csv",
        true);
  }

  private void compare(String name, String prognose, String scholen, boolean rejects)
      throws Exception {
    Path input = temp.resolve(name).resolve("aanlevering");
    RejectDialectFixtures.copy("reference/wijken.csv", input.resolve("referentie/wijken.csv"));
    RejectDialectFixtures.copy(
        "reference/postcodes.csv", input.resolve("referentie/postcodes.csv"));
    RejectDialectFixtures.copy(
        "dialect/inschrijvingen-header-only.csv", input.resolve("inschrijvingen.csv"));
    RejectDialectFixtures.copy(prognose, input.resolve("referentie/bevolkingsprognose.csv"));
    RejectDialectFixtures.copy(scholen, input.resolve("referentie/scholen.csv"));
    OutputFolders duck =
        ingest(EngineFactory.find("duckdb").orElseThrow(), input, temp.resolve(name), "duckdb");
    OutputFolders spark = ingest(new SparkEngineFactory(), input, temp.resolve(name), "spark");
    String prognoseQuery =
        "select jaar, wijk_code, leeftijd, aantal from {} order by jaar, wijk_code, leeftijd";
    String scholenQuery =
        "select brin, vestiging, naam, postcode, wijk_code, capaciteit from {} order by brin,"
            + " vestiging nulls last";
    List<List<String>> duckPrognose = rows(duck, "bevolkingsprognose", prognoseQuery);
    assertEquals(rejects ? 1 : 4, duckPrognose.size(), duckPrognose.toString());
    assertEquals(duckPrognose, rows(spark, "bevolkingsprognose", prognoseQuery));
    assertEquals(rows(duck, "scholen", scholenQuery), rows(spark, "scholen", scholenQuery));
    assertEquals(Files.readString(duck.dataQuality()), Files.readString(spark.dataQuality()));
    if (rejects) {
      for (String file : List.of("bevolkingsprognose.csv", "scholen.csv")) {
        assertArrayEquals(
            Files.readAllBytes(duck.rejects().resolve("referentie").resolve(file)),
            Files.readAllBytes(spark.rejects().resolve("referentie").resolve(file)),
            file);
      }
    }
  }

  private static OutputFolders ingest(EngineFactory engine, Path input, Path work, String name)
      throws Exception {
    OutputFolders out =
        new OutputFolders(
            Files.createDirectories(work.resolve(name)), work.resolve(name + "-intern"));
    engine.ingest(
        SETTINGS, IngestJob.Progress.NONE, DeliveryFolder.scan(input), out, Optional.empty());
    return out;
  }

  /** Returns a reference dataset's lake rows (one file, or Spark's folder of part files). */
  private static List<List<String>> rows(OutputFolders out, String dataset, String query)
      throws Exception {
    Path path = out.lake().resolve("referentie").resolve(dataset + ".parquet");
    String source =
        "read_parquet('" + (Files.isDirectory(path) ? path + "/*.parquet" : path.toString()) + "')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query.replace("{}", source))) {
      List<List<String>> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
