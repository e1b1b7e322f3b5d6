package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import org.junit.jupiter.api.Test;

/**
 * A chunk without quotes is read by FastCSV, any other by Commons CSV: both give the same records,
 * fields and lines where there is no quote, and quotes keep Commons CSV's reading and problems.
 */
class CsvRowReaderTest {
  private static final CsvDialect SEMICOLON = new CsvDialect(';', StandardCharsets.UTF_8, false);
  private static final CsvDialect TAB = new CsvDialect('\t', StandardCharsets.UTF_8, false);

  /** The characters that make up CSV without quotes, and text that is neither (a, #, space). */
  private static final char[] ALPHABET = {'a', ';', '\t', ' ', '#', '\r', '\n'};

  @Test
  void everyTextWithoutQuotesOfUpToSixCharactersReadsAsWithCommonsCsv() throws IOException {
    int texts = 0;
    for (int length = 0; length <= 6; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder text = new StringBuilder();
        for (int d : digits) {
          text.append(ALPHABET[d]);
        }
        for (CsvDialect dialect : List.of(SEMICOLON, TAB)) {
          RecordChunker.Chunk chunk = new RecordChunker.Chunk(41, text.toString());
          assertEquals(
              rows(CsvRowReader.withCommonsCsv(chunk, "f.csv", dialect)),
              rows(CsvRowReader.ofChunk(chunk, "f.csv", dialect)),
              () -> text.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
        }
        texts++;
        int i = length - 1;
        while (i >= 0 && ++digits[i] == ALPHABET.length) {
          digits[i--] = 0;
        }
        if (i < 0) {
          break;
        }
      }
    }
    // 1 + 7 + 49 + ... + 7^6, each in two dialects
    assertEquals(137_257, texts);
  }

  @Test
  void linesCountFromTheChunksFirstLineAndBlankRecordsAreSkipped() throws IOException {
    // Lines 11-15: a record, a blank line, a line of spaces and delimiters, CR only, CR LF, last
    // record without a break.
    RecordChunker.Chunk chunk = new RecordChunker.Chunk(10, "1;2\n\n ; \r3;;\r\n4\n5; x");
    List<RawRow> expected =
        List.of(
            new RawRow(11, List.of("1", "2")),
            new RawRow(14, List.of("3", "", "")),
            new RawRow(15, List.of("4")),
            new RawRow(16, List.of("5", " x")));
    assertEquals(expected, rows(CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)));
    assertEquals(expected, rows(CsvRowReader.withCommonsCsv(chunk, "f.csv", SEMICOLON)));
  }

  @Test
  void aRecordWithMoreFieldsThanFastCsvAllowsByDefaultIsReadWhole() throws IOException {
    // FastCSV stops at 16,384 fields unless told otherwise; Commons CSV has no such limit, and
    // the row is rejected for its field count, not the file for a CSV problem.
    String wide = ";".repeat(20_000) + "x\n";
    List<RawRow> rows =
        rows(CsvRowReader.ofChunk(new RecordChunker.Chunk(0, wide), "f.csv", SEMICOLON));
    assertEquals(1, rows.size());
    assertEquals(20_001, rows.get(0).fields().size());
    assertEquals("x", rows.get(0).fields().get(20_000));
  }

  @Test
  void aFieldLongerThanFastCsvAllowsByDefaultIsReadWhole() throws IOException {
    // FastCSV's default longest field is 16,777,216 characters; RecordChunker's longest record
    // is 32 M.
    String field = "x".repeat(17_000_000);
    List<RawRow> rows =
        rows(
            CsvRowReader.ofChunk(
                new RecordChunker.Chunk(0, "1;" + field + "\n2;y\n"), "f.csv", SEMICOLON));
    assertEquals(2, rows.size());
    assertEquals(field, rows.get(0).fields().get(1));
    assertEquals(new RawRow(2, List.of("2", "y")), rows.get(1));
  }

  @Test
  void aChunkWithQuotesKeepsCommonsCsvsReading() throws IOException {
    // Commons CSV skips spaces after a closing quote; a quote inside an unquoted field is text.
    RecordChunker.Chunk chunk = new RecordChunker.Chunk(0, "\"a;b\" ;c\n1\"2;3\n");
    assertEquals(
        List.of(new RawRow(1, List.of("a;b", "c")), new RawRow(2, List.of("1\"2", "3"))),
        rows(CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)));
  }

  @Test
  void aQuoteNeverClosedIsTheFileProblemOfCommonsCsv() throws IOException {
    RecordChunker.Chunk chunk = new RecordChunker.Chunk(4, "1;2\n3;\"open\n4;5\n");
    List<RawRow> before = new ArrayList<>();
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> {
              try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)) {
                for (RawRow row = reader.next(); row != null; row = reader.next()) {
                  before.add(row);
                }
              }
            });
    assertEquals(List.of(new RawRow(5, List.of("1", "2"))), before);
    assertEquals(
        List.of(
            new FileProblem(
                "f.csv",
                6,
                null,
                "de CSV-opbouw klopt niet vanaf hier (een aanhalingsteken wordt niet gesloten of er"
                    + " staat tekst direct na een afsluitend aanhalingsteken)",
                "Controleer de aanhalingstekens op deze regel en exporteer het bestand opnieuw.")),
        e.problems());
  }

  private static List<RawRow> rows(CsvRowReader reader) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    try (reader) {
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
