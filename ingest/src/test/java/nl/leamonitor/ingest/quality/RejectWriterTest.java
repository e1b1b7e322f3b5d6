package nl.leamonitor.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.RowRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rejected rows are written back with only the dataset's columns, without BSNs and without
 * spreadsheet formulas.
 */
class RejectWriterTest {
  private static final CsvDialect COMMA_UTF_8 = new CsvDialect(',', StandardCharsets.UTF_8, false);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path temp;

  @Test
  void keepsTheDatasetsColumnsAndMasksTheBsnColumnAndBsnsElsewhere() throws Exception {
    Path target = temp.resolve("afgekeurd/x.csv");
    Header header = new Header("x.csv", List.of(" BSN ", "opmerking", "leerling_id", "postcode"));
    RejectColumns columns = RejectColumns.of(header, Set.of("bsn", "leerling_id", "postcode"));
    try (RejectWriter w = new RejectWriter(target, columns, COMMA_UTF_8)) {
      w.write(
          7,
          new RowRejected(RejectReason.BSN_ONGELDIG, "bsn"),
          List.of(" 123456789 ", "zie 111.222.333", "111 222 333", "2711AA"));
      w.write(
          8,
          new RowRejected(RejectReason.POSTCODE_ONGELDIG, "postcode"),
          List.of("", "x", "kind-1", "woont bij 123-456-782"));
      w.write(9, new RowRejected(RejectReason.AANTAL_VELDEN_ONJUIST, null), List.of("12", "x"));
    }
    // opmerking is not a column of the dataset: it is left out, whatever it holds. A sentence with
    // a comma is quoted.
    assertEquals(
        "\uFEFFregelnummer,reden,toelichting,kolom,bsn,leerling_id,postcode\r\n"
            + "7,bsn_ongeldig,Het bsn is geen geldig BSN of onderwijsnummer (9 cijfers die de"
            + " elfproef doorstaan).,bsn,******789,******333,2711AA\r\n"
            + "8,postcode_ongeldig,\"De postcode moet 4 cijfers zijn (niet beginnend met 0),"
            + " eventueel met 2 letters erachter.\",postcode,,kind-1,woont bij ******782\r\n"
            + "9,aantal_velden_onjuist,De regel heeft meer of minder velden dan de kopregel.,,**,,"
            + "\r\n",
        Files.readString(target, StandardCharsets.UTF_8));
  }

  @Test
  void neutralisesFormulasButKeepsNumbers() {
    assertEquals("'=HYPERLINK(\"x\")", RejectWriter.protect("=HYPERLINK(\"x\")"));
    assertEquals("'+31 79 1234567", RejectWriter.protect("+31 79 1234567"));
    assertEquals("'@SUM(A1)", RejectWriter.protect("@SUM(A1)"));
    assertEquals("'\tx", RejectWriter.protect("\tx"));
    assertEquals("'\rx", RejectWriter.protect("\rx"));
    assertEquals("'-2+3", RejectWriter.protect("-2+3"));
    assertEquals("-1,5", RejectWriter.protect("-1,5"));
    assertEquals("+3", RejectWriter.protect("+3"));
    assertEquals("gewoon", RejectWriter.protect("gewoon"));
  }

  @Test
  void rejectsAreForTheOwnerOnly() throws Exception {
    Path target = temp.resolve("controle/afgekeurd/x.csv");
    try (RejectWriter w =
        new RejectWriter(
            target,
            RejectColumns.of(new Header("x.csv", List.of("bsn")), Set.of("bsn")),
            COMMA_UTF_8)) {
      w.write(2, new RowRejected(RejectReason.BSN_ONGELDIG, "bsn"), List.of("123456789"));
    }
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void writesNothingForAFileWithoutRejects() throws Exception {
    Path target = temp.resolve("afgekeurd/schoon.csv");
    new RejectWriter(
            target,
            RejectColumns.of(new Header("schoon.csv", List.of("a")), Set.of("a")),
            COMMA_UTF_8)
        .close();
    assertEquals(false, Files.exists(target));
  }

  @Test
  void aCharacterWindows1252CannotEncodeBecomesAQuestionMark() throws Exception {
    Path target = temp.resolve("afgekeurd/x.csv");
    try (RejectWriter w =
        new RejectWriter(
            target,
            RejectColumns.of(new Header("x.csv", List.of("naam")), Set.of("naam")),
            new CsvDialect(';', WINDOWS_1252, false))) {
      // U+FFFD is what the reader makes of a byte Windows-1252 leaves undefined; U+0141 (Ł) and
      // U+20AC (€, 0x80 in Windows-1252) show the encoder's choice beside it.
      w.write(
          2,
          new RowRejected(RejectReason.VERPLICHT_VELD_LEEG, "naam"),
          List.of("M\uFFFDller \u0141\u00f3d\u017a \u20ac"));
    }
    byte[] expected =
        ("regelnummer;reden;toelichting;kolom;naam\r\n"
             + "2;verplicht_veld_leeg;Een verplicht veld is leeg.;naam;M?ller ?\u00f3d? \u20ac\r\n")
            .getBytes(WINDOWS_1252);
    assertArrayEquals(expected, Files.readAllBytes(target));
    assertEquals((byte) 0xF3, expected[expected.length - 7]); // ó
    assertEquals((byte) 0x80, expected[expected.length - 3]); // €
  }

  @Test
  void everyExplanationIsOneSentenceThatWindows1252CanEncode() {
    for (RejectReason reason : RejectReason.values()) {
      String sentence = reason.explanation();
      assertTrue(Character.isUpperCase(sentence.charAt(0)), reason + ": " + sentence);
      assertTrue(sentence.endsWith("."), reason + ": " + sentence);
      assertFalse(sentence.substring(0, sentence.length() - 1).contains(". "), sentence);
      assertTrue(WINDOWS_1252.newEncoder().canEncode(sentence), sentence);
    }
  }
}
