package nl.leamonitor.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.RowRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rejected rows are written back without BSNs and without spreadsheet formulas. */
class RejectWriterTest {
  @TempDir Path temp;

  @Test
  void masksTheBsnColumnAndBsnLikeValuesElsewhere() throws Exception {
    Path target = temp.resolve("afgekeurd/x.csv");
    try (RejectWriter w = new RejectWriter(target, List.of("bsn", "opmerking", "leerling_id"), 0)) {
      w.write(7, new RowRejected(RejectReason.BSN_ONGELDIG, "bsn"), List.of(" 123456789 ", "zie 111.222.333", "111 222 333"));
      w.write(9, new RowRejected(RejectReason.AANTAL_VELDEN, null), List.of("12", "x"));
    }
    assertEquals("regelnummer,reden,kolom,bsn,opmerking,leerling_id\n"
        + "7,bsn_ongeldig,bsn,******789,zie 111.222.333,******333\n"
        + "9,aantal_velden_onjuist,,**,x\n", Files.readString(target, StandardCharsets.UTF_8));
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
    try (RejectWriter w = new RejectWriter(target, List.of("bsn"), 0)) {
      w.write(2, new RowRejected(RejectReason.BSN_ONGELDIG, "bsn"), List.of("123456789"));
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void writesNothingForAFileWithoutRejects() throws Exception {
    Path target = temp.resolve("afgekeurd/schoon.csv");
    new RejectWriter(target, List.of("a"), -1).close();
    assertEquals(false, Files.exists(target));
  }
}
