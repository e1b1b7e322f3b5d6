package nl.leamonitor.ingest.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging text is what Commons CSV's RFC 4180 printer wrote before (DuckDB reads it back, so
 * the lake depends on it byte for byte): checked on the values that decide quoting, and on random
 * values with a fixed seed, against the printer itself.
 */
class StagingWriterTest {
  private static final CSVFormat PRINTER =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private static String printed(String file, List<ValidatedBatch.Accepted> rows)
      throws IOException {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(text, PRINTER)) {
      for (ValidatedBatch.Accepted row : rows) {
        p.print(file);
        p.print(row.line());
        for (String v : row.values()) {
          p.print(v);
        }
        p.println();
      }
    }
    return text.toString();
  }

  @Test
  void quotesAsCommonsCsvDid() throws IOException {
    List<ValidatedBatch.Accepted> rows =
        List.of(
            new ValidatedBatch.Accepted(
                2, new String[] {"abc", null, "", "a,b", "say \"hi\"", "#x", " x", "x ", "a\nb"}),
            new ValidatedBatch.Accepted(7, new String[] {"!", "$", "\"", "\t", "x\r", "ü", null}));
    String expected =
        "f.csv,2,abc,,,\"a,b\",\"say \"\"hi\"\"\",\"#x\",\" x\",\"x \",\"a\nb\"\n"
            + "f.csv,7,\"!\",$,\"\"\"\",\"\t\",\"x\r\",ü,\n";
    assertEquals(expected, printed("f.csv", rows));
    assertEquals(expected, StagingWriter.format("f.csv", rows));
    // A file name that needs quotes, and an empty value first in its record.
    assertEquals(printed("a \"b\".csv", rows), StagingWriter.format("a \"b\".csv", rows));
    StringBuilder empty = new StringBuilder();
    StagingWriter.appendField(empty, "", true);
    assertEquals("\"\"", empty.toString());
  }

  @Test
  void randomValuesAsCommonsCsv() throws IOException {
    long seed = 20261130L;
    Random random = new Random(seed);
    String alphabet = "aZ09 ,\"\n\r\t#!$-_.;éü\u00a0\u200b";
    List<ValidatedBatch.Accepted> rows = new ArrayList<>();
    for (int r = 0; r < 2000; r++) {
      String[] values = new String[1 + random.nextInt(6)];
      for (int i = 0; i < values.length; i++) {
        if (random.nextInt(8) == 0) {
          continue; // null
        }
        StringBuilder v = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
          v.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        values[i] = v.toString();
      }
      rows.add(new ValidatedBatch.Accepted(r + 2, values));
    }
    assertEquals(printed("f.csv", rows), StagingWriter.format("f.csv", rows), "seed " + seed);
  }

  /**
   * A personal dataset's rows go to one staging file per partition value, each with the header;
   * rows whose wijk_code is null or empty (DuckDB reads both as null) are counted per file: f.csv 2
   * of 3, g.csv 0 of 1.
   */
  @Test
  void stagesEachPartitionInItsOwnFileAndCountsRowsWithoutWijk(@TempDir Path temp)
      throws IOException {
    List<LakeColumn> columns = List.of(LakeColumn.text("schooljaar"), LakeColumn.text("wijk_code"));
    try (StagingWriter stage = new StagingWriter(temp, "vsv", columns)) {
      StagingWriter.Records f =
          StagingWriter.format(
              "f.csv",
              List.of(
                  new ValidatedBatch.Accepted(2, new String[] {"2023-2024", null}),
                  new ValidatedBatch.Accepted(3, new String[] {"2022-2023", "WK1"}),
                  new ValidatedBatch.Accepted(4, new String[] {"2023-2024", ""})),
              0,
              1);
      assertEquals(Map.of("2023-2024", 2, "2022-2023", 1), f.counts());
      assertEquals(2, f.withoutWijk());
      stage.append("f.csv", f);
      stage.append(
          "g.csv",
          StagingWriter.format(
              "g.csv",
              List.of(new ValidatedBatch.Accepted(2, new String[] {"2023-2024", "WK2"})),
              0,
              1));
      stage.close();
      assertEquals(4, stage.rows());
      assertEquals(Map.of("f.csv", 2L), stage.withoutWijk());
      assertEquals(List.of("2022-2023", "2023-2024"), List.copyOf(stage.files().keySet()));
      assertEquals(
          "bestand,regelnummer,schooljaar,wijk_code\nf.csv,3,2022-2023,WK1\n",
          Files.readString(stage.files().get("2022-2023")));
      assertEquals(
          "bestand,regelnummer,schooljaar,wijk_code\nf.csv,2,2023-2024,\nf.csv,4,2023-2024,\n"
              + "g.csv,2,2023-2024,WK2\n",
          Files.readString(stage.files().get("2023-2024")));
    }
  }

  /** A dataset without rows gets one staging file with only the header. */
  @Test
  void aDatasetWithoutRowsGetsTheHeader(@TempDir Path temp) throws IOException {
    StagingWriter stage = new StagingWriter(temp, "rmc", List.of(LakeColumn.text("schooljaar")));
    stage.close();
    assertEquals(Map.of("", temp.resolve("rmc.csv")), stage.files());
    assertEquals("bestand,regelnummer,schooljaar\n", Files.readString(temp.resolve("rmc.csv")));
  }
}
