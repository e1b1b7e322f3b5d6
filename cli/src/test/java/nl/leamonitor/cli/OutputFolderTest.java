package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder the user named that cannot be written is a configuration error (exit 2): one
 * Dutch message naming the folder, the cause in words and what to do, never a Java class name.
 */
class OutputFolderTest {
  @TempDir Path temp;
  private Path input;

  @BeforeEach
  void smallDelivery() throws Exception {
    input = temp.resolve("aanlevering");
    Files.createDirectories(input.resolve("referentie"));
    Files.writeString(
        input.resolve("referentie/wijken.csv"),
        "wijk_code;wijk_naam;gemeente_code\nWK063701;Centrum;GM0637\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("referentie/postcodes.csv"),
        "postcode;wijk_code\n2711;WK063701\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("inschrijvingen.csv"),
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "kind-000001;2023-2024;2015-01-01;2711AA;12AB;PO;3\n",
        StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("leesmij.txt"), "een bestand, geen map\n");
  }

  private static void assertOnlyMessage(String expected, LeaProcess.Result r) {
    assertEquals(2, r.exitCode(), r.stderr());
    // A run logs its start (the scan of the delivery) before it reaches the folder.
    List<String> lines = r.stderrLines();
    assertEquals(expected, lines.get(lines.size() - 1), r.stderr());
    assertFalse(r.stderr().contains("Exception"), r.stderr());
    assertFalse(r.stderr().contains("java."), r.stderr());
  }

  @Test
  void aReadOnlyFolderIsNamedWithItsCause() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any folder");
    Path readOnly = Files.createDirectories(temp.resolve("alleen-lezen"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      String expected =
          "Configuratiefout: De uitvoermap alleen-lezen kan niet beschreven worden: onvoldoende"
              + " rechten. Geef de gebruiker die lea start lees- en schrijfrechten, of kies met"
              + " --out een andere map.";
      assertOnlyMessage(
          expected,
          LeaProcess.run(
              temp, Map.of(), "run", "--input", input.toString(), "--out", "alleen-lezen"));
      // A new folder inside it cannot be made either. (controleer makes a folder of the user's
      // own 0700, as it does with every folder its rejects go into, so it only meets this case.)
      for (String command : List.of("controleer", "sample")) {
        LeaProcess.Result r =
            command.equals("sample")
                ? LeaProcess.run(temp, Map.of(), "sample", "--out", "alleen-lezen/nieuw")
                : LeaProcess.run(
                    temp,
                    Map.of(),
                    "controleer",
                    "--input",
                    "aanlevering",
                    "--out",
                    "alleen-lezen/nieuw");
        assertOnlyMessage(
            "Configuratiefout: De uitvoermap alleen-lezen/nieuw kan niet beschreven worden:"
                + " onvoldoende rechten. Geef de gebruiker die lea start lees- en schrijfrechten,"
                + " of kies met --out een andere map.",
            r);
      }
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileInTheWayIsNamed() throws Exception {
    // As root too: no right lets a folder be made inside a file. The file is named.
    String fileInTheWay =
        " kan niet beschreven worden: leesmij.txt is een bestand, geen map. Verplaats of"
            + " verwijder dat bestand, of kies met --out een andere map.";
    assertOnlyMessage(
        "Configuratiefout: De uitvoermap leesmij.txt/uit" + fileInTheWay,
        LeaProcess.run(
            temp, Map.of(), "run", "--input", input.toString(), "--out", "leesmij.txt/uit"));
    assertOnlyMessage(
        "Configuratiefout: De uitvoermap leesmij.txt/controle" + fileInTheWay,
        LeaProcess.run(
            temp,
            Map.of(),
            "controleer",
            "--input",
            "aanlevering",
            "--out",
            "leesmij.txt/controle"));
    assertOnlyMessage(
        "Configuratiefout: De uitvoermap leesmij.txt/sample" + fileInTheWay,
        LeaProcess.run(temp, Map.of(), "sample", "--out", "leesmij.txt/sample"));
    assertOnlyMessage(
        "Configuratiefout: De uitvoermap leesmij.txt" + fileInTheWay,
        LeaProcess.run(temp, Map.of(), "run", "--input", input.toString(), "--out", "leesmij.txt"));
  }
}
