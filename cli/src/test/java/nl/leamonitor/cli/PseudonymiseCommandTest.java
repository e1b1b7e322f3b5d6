package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea pseudonimiseer} writes the same pseudonyms the pipeline makes, so partner files link.
 */
class PseudonymiseCommandTest {
  @TempDir Path temp;

  @Test
  void replacesBsnByTheSameHmacAsIngest() throws Exception {
    Files.writeString(
        temp.resolve("in.csv"),
        "\uFEFFBSN;schooljaar;opmerking\r\n111222333;2023-2024;\"a;b\"\r\n12345672;2023-2024;broer"
            + " 123\u00A0456\u00A0782\r\n",
        StandardCharsets.UTF_8);
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "pseudonimiseer", "--in", "in.csv", "--out", "uit.csv");
    assertEquals(0, r.exitCode(), r.stderr());
    // Python: hmac.new(KEY, b"111222333", hashlib.sha256).hexdigest(); the 8-digit BSN is padded to
    // 012345672. The brother's BSN in the note (123456782 passes the elfproef: 9*1 + 8*2 + 7*3 +
    // 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 2 = 154 = 14 x 11) is masked.
    assertEquals(
        List.of(
            "leerling_id;schooljaar;opmerking",
            "d0fa8879c4618972bad4a934f94a0714712341e81565640256233c80863ed674;2023-2024;a;b"
                .replace("a;b", "\"a;b\""),
            "877823255bd9226d9b7ae0ee5291b45ce3466deca67daa41094f5c9a41d73013;2023-2024;broer"
                + " ******782"),
        Files.readAllLines(temp.resolve("uit.csv")));
    assertEquals(
        "2 regels gepseudonimiseerd naar uit.csv (sleutel-vingerafdruk b4cd87662da6f14b)",
        r.stdout().strip());
  }

  @Test
  void invalidBsnRefusesTheFileAndNamesTheLinesNotTheNumbers() throws Exception {
    Files.writeString(
        temp.resolve("in.csv"), "bsn;x\n111222333;a\n123456789;b\n", StandardCharsets.UTF_8);
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "pseudonimiseer", "--in", "in.csv", "--out", "uit.csv");
    assertEquals(3, r.exitCode());
    assertEquals(
        List.of(
            "Invoer afgekeurd, er is niets gepubliceerd:",
            "  in.csv, regel 3, kolom bsn: 1 regel zonder geldig BSN of onderwijsnummer (regel"
                + " 3). Verbeter of verwijder deze regels; er is niets geschreven."),
        r.stderrLines());
    assertFalse(r.stderr().contains("123456789"));
    assertFalse(Files.exists(temp.resolve("uit.csv")));
  }

  @Test
  void severalInvalidBsnsAreNamedAsAPersonWritesLines() throws Exception {
    // Lines 2 and 4 hold no valid BSN (123456789 fails the elfproef; "990 001 799" holds
    // non-breaking spaces between its digits). Before, this read "2 regel(s) ... (regels [2, 4])".
    Files.writeString(
        temp.resolve("in.csv"),
        "bsn;x\n123456789;a\n111222333;b\n990\u00a0001\u00a0799;c\n",
        StandardCharsets.UTF_8);
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "pseudonimiseer", "--in", "in.csv", "--out", "uit.csv");
    assertEquals(3, r.exitCode());
    assertEquals(
        List.of(
            "Invoer afgekeurd, er is niets gepubliceerd:",
            "  in.csv, regel 2, kolom bsn: 2 regels zonder geldig BSN of onderwijsnummer (regels"
                + " 2 en 4). Verbeter of verwijder deze regels; er is niets geschreven."),
        r.stderrLines());
    assertFalse(r.stderr().contains("123456789"));
    assertFalse(r.stderr().contains("799"));
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAConfigurationError() throws Exception {
    // As root too: no right lets a file be written inside a file, and a folder is no file. Before,
    // both were "Onverwachte fout" (exit 1) naming the temporary file uit.csv.deel.
    Files.writeString(temp.resolve("in.csv"), "bsn\n111222333\n", StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("leesmij.txt"), "een bestand, geen map\n");
    Files.createDirectories(temp.resolve("uitmap"));
    LeaProcess.Result inFile =
        LeaProcess.runWithKey(
            temp, "pseudonimiseer", "--in", "in.csv", "--out", "leesmij.txt/uit.csv");
    assertEquals(2, inFile.exitCode(), inFile.stderr());
    assertEquals(
        List.of(
            "Configuratiefout: De uitvoermap leesmij.txt kan niet beschreven worden: leesmij.txt"
                + " is een bestand, geen map. Verplaats of verwijder dat bestand, of kies met"
                + " --out een andere map."),
        inFile.stderrLines());
    LeaProcess.Result folder =
        LeaProcess.runWithKey(temp, "pseudonimiseer", "--in", "in.csv", "--out", "uitmap");
    assertEquals(2, folder.exitCode(), folder.stderr());
    assertEquals(
        List.of(
            "Configuratiefout: --out uitmap is een map, geen bestand. Geef met --out de naam van"
                + " het bestand dat geschreven wordt, bijvoorbeeld"
                + " uitmap/inschrijvingen-pseudoniem.csv."),
        folder.stderrLines());
  }

  @Test
  void aMissingOutputFolderIsMadeAsForTheOtherCommands() throws Exception {
    Files.writeString(temp.resolve("in.csv"), "bsn\n111222333\n", StandardCharsets.UTF_8);
    LeaProcess.Result r =
        LeaProcess.runWithKey(
            temp, "pseudonimiseer", "--in", "in.csv", "--out", "nieuw/deze-maand/uit.csv");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(
        List.of("leerling_id", "d0fa8879c4618972bad4a934f94a0714712341e81565640256233c80863ed674"),
        Files.readAllLines(temp.resolve("nieuw/deze-maand/uit.csv")));
  }

  @Test
  void withoutKeyItRefusesToGuess() throws Exception {
    Files.writeString(temp.resolve("in.csv"), "bsn\n111222333\n", StandardCharsets.UTF_8);
    LeaProcess.Result r =
        LeaProcess.run(temp, Map.of(), "pseudonimiseer", "--in", "in.csv", "--out", "uit.csv");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: Er is geen pseudonimiseringssleutel: zet LEA_PSEUDONIEM_SLEUTEL of"
                + " geef --sleutelbestand."),
        r.stderrLines());
  }

  @Test
  void aMissingInputFileIsAUsageError() throws Exception {
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "pseudonimiseer", "--in", "bestaat-niet.csv", "--out", "u.csv");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: Het bestand bestaat-niet.csv bestaat niet of is geen bestand. Geef"
                + " met --in het CSV-bestand met een kolom bsn."),
        r.stderrLines());
  }
}
