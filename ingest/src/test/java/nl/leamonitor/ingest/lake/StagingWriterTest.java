package nl.leamonitor.ingest.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

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
}
