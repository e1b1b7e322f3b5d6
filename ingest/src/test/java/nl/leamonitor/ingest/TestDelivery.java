package nl.leamonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds a delivery folder from classpath fixtures, runs ingest on it and reads the results back.
 */
final class TestDelivery {
  /** The test key; its HMAC vectors were computed outside the code (Python's hmac module). */
  static final String KEY = "lea-test-sleutel-0123456789abcdef-0123456789";

  final Path input;
  final Path run;

  TestDelivery(Path tempDir) throws IOException {
    input = tempDir.resolve("aanlevering");
    run = tempDir.resolve("run");
    Files.createDirectories(input.resolve("referentie"));
    Files.createDirectories(run);
    add("reference/wijken.csv", "referentie/wijken.csv");
    add("reference/postcodes.csv", "referentie/postcodes.csv");
  }

  /** Copies a classpath fixture into the delivery under a name. */
  TestDelivery add(String resource, String name) throws IOException {
    try (InputStream in = TestDelivery.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("fixture ontbreekt: " + resource);
      }
      Files.createDirectories(input.resolve(name).getParent());
      Files.copy(in, input.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    return this;
  }

  /** Writes a file into the delivery. */
  TestDelivery write(String name, String content) throws IOException {
    Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    return this;
  }

  IngestResult ingest(double maxRejectShare) throws IOException {
    Optional<PseudonymKey> key =
        Optional.of(PseudonymKey.of(KEY.getBytes(StandardCharsets.UTF_8), "test"));
    return new IngestJob(
            new IngestSettings(
                key, maxRejectShare, nl.leamonitor.ingest.MemoryLimit.megabytes(512)))
        .run(DeliveryFolder.scan(input), new OutputFolders(run, run));
  }

  IngestResult ingest() throws IOException {
    return ingest(IngestSettings.DEFAULT_MAX_REJECT_SHARE);
  }

  /** Returns the rows of a query over the lake, each value as text (null as "null"). */
  List<List<String>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET file_search_path = '" + run.resolve("lake") + "'");
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(sql)) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            row.add(String.valueOf(rs.getObject(i)));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** Returns the SQL source of a personal lake dataset. */
  String dataset(String name) {
    return "read_parquet('"
        + run.resolve("lake").resolve(name)
        + "/**/*.parquet', hive_partitioning = true)";
  }

  /** Returns the records of an output CSV (header included). */
  List<CSVRecord> csv(String relative) throws IOException {
    try (var parser =
        CSVFormat.RFC4180.parse(
            Files.newBufferedReader(run.resolve(relative), StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }

  /**
   * Returns the records of a delivered file's reject file (header included), read in the dialect it
   * is written in: UTF-8 after a byte order mark, else Windows-1252, and the delimiter that follows
   * {@code regelnummer}.
   */
  List<CSVRecord> rejects(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(run.resolve("afgekeurd").resolve(file));
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    String text =
        bom
            ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
            : new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    char delimiter = text.charAt("regelnummer".length());
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .get()
            .parse(new java.io.StringReader(text))) {
      return parser.getRecords();
    }
  }
}
