package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import org.junit.jupiter.api.Test;

/**
 * A chunk whose quotes all stand around whole fields is read by FastCSV, any other by Commons CSV:
 * both give the same records, fields and lines there, and elsewhere Commons CSV's reading and
 * problems stay.
 */
class CsvRowReaderTest {
  private static final CsvDialect SEMICOLON = new CsvDialect(';', StandardCharsets.UTF_8, false);
  private static final CsvDialect TAB = new CsvDialect('\t', StandardCharsets.UTF_8, false);

  /** The characters CSV is made of, and text (a, space: Commons CSV skips it after a quote). */
  private static final char[] ALPHABET = {'a', ';', '\t', ' ', '"', '\r', '\n'};

  @Test
  void everyTextOfUpToSixCharactersReadsAsWithCommonsCsv() throws IOException {
    int texts = 0;
    int fast = 0;
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
              read(() -> CsvRowReader.withCommonsCsv(chunk, "f.csv", dialect)),
              read(() -> CsvRowReader.ofChunk(chunk, "f.csv", dialect)),
              () -> text.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
          if (CsvRowReader.readsWithFastCsv(chunk.text(), dialect.delimiter())) {
            fast++;
          }
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
    // 1 + 7 + 49 + ... + 7^6
    assertEquals(137_257, texts);
    // the texts without a quote (1 + 6 + ... + 6^6 = 55,987) and more, in each dialect
    assertTrue(fast > 2 * 55_987, "FastCSV read " + fast);
  }

  @Test
  void randomLongerTextsReadAsWithCommonsCsv() throws IOException {
    // Quoted line breaks need 8 characters to tell the parsers apart (see below).
    char[] csv = {'a', ';', ' ', '"', '"', '\r', '\n'};
    Random random = new Random(18);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int length = 7 + random.nextInt(14); text.length() < length; ) {
        text.append(csv[random.nextInt(csv.length)]);
      }
      RecordChunker.Chunk chunk = new RecordChunker.Chunk(0, text.toString());
      assertEquals(
          read(() -> CsvRowReader.withCommonsCsv(chunk, "f.csv", SEMICOLON)),
          read(() -> CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)),
          () -> text.toString().replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  @Test
  void longFilesOfQuotedFieldsReadAsWithCommonsCsv() throws IOException {
    // Long enough that FastCSV refills its buffer many times, also between a CR and its LF.
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      String[] breaks = {"\n", "\r\n", "\r"};
      String[] quoted = {"a", "b c", ";", "\"\"", "\r\n", "\n", "é"};
      StringBuilder text = new StringBuilder();
      while (text.length() < 300_000) {
        int fields = random.nextInt(5);
        for (int f = 0; f < fields; f++) {
          text.append(f > 0 ? ";" : "");
          if (random.nextBoolean()) {
            text.append('"');
            for (int n = random.nextInt(4); n > 0; n--) {
              text.append(quoted[random.nextInt(quoted.length)]);
            }
            text.append('"');
          } else {
            text.append("x y".substring(0, random.nextInt(4)));
          }
        }
        text.append(breaks[random.nextInt(breaks.length)]);
      }
      RecordChunker.Chunk chunk = new RecordChunker.Chunk(7, text.toString());
      assertTrue(CsvRowReader.readsWithFastCsv(chunk.text(), ';'), "seed " + seed);
      Read commons = read(() -> CsvRowReader.withCommonsCsv(chunk, "f.csv", SEMICOLON));
      assertTrue(commons.rows().size() > 10_000, "seed " + seed);
      assertEquals(commons, read(() -> CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)));
    }
  }

  @Test
  void whereFastCsvReadsOtherwiseCommonsCsvReads() throws IOException {
    // A quoted CR, later an LF: Commons CSV counts two lines, FastCSV one, so the next record's
    // line differs.
    RecordChunker.Chunk breaks = new RecordChunker.Chunk(0, "\"\ra\n\"\rb");
    Read commons =
        new Read(List.of(new RawRow(1, List.of("\ra\n")), new RawRow(4, List.of("b"))), List.of());
    assertEquals(commons, read(() -> CsvRowReader.withCommonsCsv(breaks, "f.csv", SEMICOLON)));
    assertEquals(
        3, read(() -> CsvRowReader.withFastCsv(breaks, "f.csv", SEMICOLON)).rows().get(1).line());
    assertEquals(commons, read(() -> CsvRowReader.ofChunk(breaks, "f.csv", SEMICOLON)));

    // A quote never closed: FastCSV reads it to the end, Commons CSV finds the problem.
    RecordChunker.Chunk open = new RecordChunker.Chunk(0, "a;\"b\n");
    assertEquals(
        new Read(List.of(new RawRow(1, List.of("a", "b\n"))), List.of()),
        read(() -> CsvRowReader.withFastCsv(open, "f.csv", SEMICOLON)));
    assertEquals(1, read(() -> CsvRowReader.ofChunk(open, "f.csv", SEMICOLON)).problems().size());

    // A space after a closing quote: Commons CSV skips it, FastCSV stops with its own exception.
    RecordChunker.Chunk space = new RecordChunker.Chunk(0, "\"a\" ;c\n");
    assertThrows(
        RuntimeException.class,
        () -> read(() -> CsvRowReader.withFastCsv(space, "f.csv", SEMICOLON)));
    assertEquals(
        new Read(List.of(new RawRow(1, List.of("a", "c"))), List.of()),
        read(() -> CsvRowReader.ofChunk(space, "f.csv", SEMICOLON)));
  }

  @Test
  void fastCsvReadsFieldsQuotedWholeAndCommonsCsvTheRest() {
    assertTrue(CsvRowReader.readsWithFastCsv("a;b\r\nc;\n", ';'));
    assertTrue(CsvRowReader.readsWithFastCsv("\"a;b\";\"c\"\"d\";\"\"\r\n\"e\"", ';'));
    assertTrue(CsvRowReader.readsWithFastCsv("\"a\"\t\"b\"\n", '\t'));
    // a quote inside an unquoted field, text or a space after a closing quote, a quote that
    // closes before a semicolon in a tab file, a quoted CR without LF, a quote never closed
    assertFalse(CsvRowReader.readsWithFastCsv("a\"b;c\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("\"a\"b;c\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("\"a\" ;c\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("\"a\";c\n", '\t'));
    assertTrue(CsvRowReader.readsWithFastCsv("\"a\r\nb\";\"c\nd\"\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("\"a\rb\";c\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("\"a\r", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("a;\"b\n", ';'));
    assertFalse(CsvRowReader.readsWithFastCsv("a;\"b", ';'));
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

  /** Opens a reader. */
  private interface Opened {
    CsvRowReader open() throws IOException;
  }

  /** The records read, and the problems that ended them (empty when none did). */
  private record Read(List<RawRow> rows, List<FileProblem> problems) {}

  private static Read read(Opened reader) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    try (CsvRowReader r = reader.open()) {
      for (RawRow row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
    } catch (InputRejectedException e) {
      return new Read(rows, e.problems());
    }
    return new Read(rows, List.of());
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
