package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and configuration give the same publication: byte-identical {@code
 * indicatoren.csv}, {@code datakwaliteit.csv} and {@code intern/latest/afgekeurd/} files, the same
 * lake content and the same PDF text, also when the files were copied into the folder in another
 * order.
 */
class RepeatabilityTest {
  @TempDir Path temp;

  @Test
  void sameInputSamePublicationWhateverTheCopyOrder() throws Exception {
    Path a = temp.resolve("a");
    new SampleGenerator(5, 3000).write(a);
    Path b = temp.resolve("b");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(a)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path file : files) {
      Path target = b.resolve(a.relativize(file));
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    String[] common = {"--rapportagedatum", "2025-06-30"};
    assertEquals(
        0,
        LeaProcess.runWithKey(temp, concat("run", "--input", "a", "--out", "uit-a", common))
            .exitCode());
    assertEquals(
        0,
        LeaProcess.runWithKey(temp, concat("run", "--input", "b", "--out", "uit-b", common))
            .exitCode());
    Path first = temp.resolve("uit-a");
    Path second = temp.resolve("uit-b");
    List<String> compared =
        new ArrayList<>(List.of("latest/indicatoren.csv", "latest/datakwaliteit.csv"));
    try (Stream<Path> rejects = Files.list(first.resolve("intern/latest/afgekeurd"))) {
      rejects.forEach(p -> compared.add("intern/latest/afgekeurd/" + p.getFileName()));
    }
    // The web publication, page for page (issue 17).
    try (Stream<Path> pages = Files.list(first.resolve("latest/web"))) {
      pages.forEach(p -> compared.add("latest/web/" + p.getFileName()));
    }
    assertTrue(compared.size() > 25);
    for (String name : compared) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
    for (String dataset :
        List.of("inschrijvingen", "vertragingen", "vsv", "thuiszitters", "schooladviezen", "rmc")) {
      assertEquals(
          lake(first.resolve("intern/latest"), dataset),
          lake(second.resolve("intern/latest"), dataset),
          dataset);
    }
    for (String pdf : List.of("rapport.pdf", "wijkvergelijking.pdf")) {
      assertEquals(
          text(first.resolve("latest").resolve(pdf)),
          text(second.resolve("latest").resolve(pdf)),
          pdf);
    }
  }

  private static String[] concat(String... parts) {
    return parts;
  }

  private static String[] concat(String a, String b, String c, String d, String e, String[] rest) {
    List<String> all = new ArrayList<>(List.of(a, b, c, d, e));
    all.addAll(List.of(rest));
    return all.toArray(new String[0]);
  }

  private static List<String> lake(Path internal, String dataset) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select * from read_parquet('"
                    + internal.toRealPath().resolve("lake").resolve(dataset)
                    + "/**/*.parquet', hive_partitioning = true) order by all")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rs.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static String text(Path pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }
}
