package nl.leamonitor.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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
  @TempDir Path temp;

  @Test
  void keepsTheDatasetsColumnsAndMasksTheBsnColumnAndBsnsElsewhere() throws Exception {
    Path target = temp.resolve("afgekeurd/x.csv");
    Header header = new Header("x.csv", List.of(" BSN ", "opmerking", "leerling_id", "postcode"));
    RejectColumns columns = RejectColumns.of(header, Set.of("bsn", "leerling_id", "postcode"));
    try (RejectWriter w = new RejectWriter(target, columns)) {
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
    // opmerking is not a column of the dataset: it is left out, whatever it holds.
    assertEquals(
        "regelnummer,reden,kolom,bsn,leerling_id,postcode\n"
            + "7,bsn_ongeldig,bsn,******789,******333,2711AA\n"
            + "8,postcode_ongeldig,postcode,,kind-1,woont bij ******782\n"
            + "9,aantal_velden_onjuist,,**,,\n",
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
            target, RejectColumns.of(new Header("x.csv", List.of("bsn")), Set.of("bsn")))) {
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
    new RejectWriter(target, RejectColumns.of(new Header("schoon.csv", List.of("a")), Set.of("a")))
        .close();
    assertEquals(false, Files.exists(target));
  }
}
