package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on an incomplete delivery, as issue 14 found it: no VO file (the po schools delivered,
 * the vo schools did not) and a vsv file with only its header. Nothing may be published as 0 %: I04
 * and I06 have no rows, and the log, {@code manifest.json} and {@code rapport.pdf} say which
 * schooljaren were not computed and what was missing. The second run also misses a file the first
 * read, and its enrolment of 2023-2024 is less than half of 2022-2023's.
 */
class IncompleteDeliveryTest {
  @TempDir Path temp;

  private void write(String name, String content) throws Exception {
    Path file = temp.resolve("aanlevering").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /**
   * Writes the delivery: per wijk (Centrum 2711, Dorp 2712) and schooljaar 30 pupils in groep 8 and
   * 30 MBO students of 17 (2023-2024: 12 of each), no VO row; an empty vsv file.
   */
  private void delivery(boolean withVertragingen) throws Exception {
    write(
        "referentie/wijken.csv",
        "wijk_code;wijk_naam;gemeente_code;gemeente_naam\n"
            + "WK063701;Centrum;GM0637;Zoetermeer\nWK063702;Dorp;GM0637;Zoetermeer\n");
    write("referentie/postcodes.csv", "postcode;wijk_code\n2711;WK063701\n2712;WK063702\n");
    StringBuilder rows =
        new StringBuilder(
            "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;onderwijstype;leerjaar\n");
    int n = 0;
    for (int year = 2021; year <= 2023; year++) {
      int each = year == 2023 ? 12 : 30;
      for (String postcode : List.of("2711AA", "2712AA")) {
        for (int i = 0; i < each; i++) {
          rows.append(
              String.format(
                  "po-%05d;%d-%d;%d-03-03;%s;12AB;PO;;8%n",
                  n++, year, year + 1, year - 12, postcode));
          rows.append(
              String.format(
                  "mbo-%05d;%d-%d;%d-03-03;%s;15AB;MBO;2;1%n",
                  n++, year, year + 1, year - 17, postcode));
        }
      }
    }
    write("inschrijvingen.csv", rows.toString());
    write("vsv.csv", "leerling_id;schooljaar;geboortedatum;postcode;sector\n");
    if (withVertragingen) {
      StringBuilder delays =
          new StringBuilder("leerling_id;schooljaar;meetmoment;domein;vertraging_maanden\n");
      for (int i = 0; i < 12; i++) {
        delays.append(String.format("po-%05d;2021-2022;E;REKENEN;%d%n", 2 * i, i % 2 == 0 ? 4 : 1));
      }
      write("vertragingen.csv", delays.toString());
    } else {
      Files.delete(temp.resolve("aanlevering/vertragingen.csv"));
    }
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(n -> strings.add(n.asText()));
    return strings;
  }

  /**
   * The wijk boundaries are read with the reference files (an analyst waited for the indicators
   * before a cut-off wijken.geojson stopped the run): a file that is not GeoJSON stops the run
   * before a personal file is read, exit 3; a sound one is in the manifest's invoer with its
   * SHA-256 and in lea.log.
   */
  @Test
  void theWijkBoundariesAreReadWithTheReferenceFilesAndAccountedFor() throws Exception {
    delivery(true);
    String[] run = {
      "run", "--input", "aanlevering", "--out", "uit", "--rapportagedatum", "2024-11-15"
    };
    write("referentie/wijken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[");
    LeaProcess.Result broken = LeaProcess.runWithKey(temp, run);
    assertEquals(3, broken.exitCode(), broken.stderr());
    assertTrue(
        broken.stderr().contains("referentie/wijken.geojson, regel 1: geen geldige JSON."),
        broken.stderr());
    assertFalse(broken.stderr().contains("Lezen: inschrijvingen.csv"), broken.stderr());

    write(
        "referentie/wijken.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"statcode\":\"WK063701\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[4.4,52.0],[4.5,52.0],[4.5,52.1],[4.4,52.0]]]}}]}");
    LeaProcess.Result sound = LeaProcess.runWithKey(temp, run);
    assertEquals(0, sound.exitCode(), sound.stderr());
    assertTrue(
        sound
            .stderr()
            .contains(
                "INFO  Lezen: referentie/wijken.geojson (wijkgrenzen, GeoJSON): 1 van de 2 wijken"
                    + " met een grens"),
        sound.stderr());
    JsonNode invoer =
        new ObjectMapper()
            .readTree(temp.resolve("uit/latest/manifest.json").toFile())
            .path("invoer");
    JsonNode geojson = null;
    for (JsonNode f : invoer) {
      if (f.path("bestand").asText().equals("referentie/wijken.geojson")) {
        geojson = f;
      }
    }
    assertTrue(geojson != null, invoer.toString());
    assertEquals("wijkgrenzen", geojson.path("dataset").asText());
    assertEquals(64, geojson.path("sha256").asText().length());
    assertEquals(1, geojson.path("wijken_met_grens").asInt());

    // The same delivery again: the previous run read the boundaries and so does this one, so no
    // warning that they are missing (a second run used to give it, in the log and the report).
    LeaProcess.Result again = LeaProcess.runWithKey(temp, run);
    assertEquals(0, again.exitCode(), again.stderr());
    assertTrue(
        again.stderr().contains("INFO  Lezen: referentie/wijken.geojson (wijkgrenzen, GeoJSON)"),
        again.stderr());
    assertFalse(again.stderr().contains("de vorige run"), again.stderr());
  }

  @Test
  void missingDataAreNamedNeverPublishedAsZero() throws Exception {
    delivery(true);
    String[] run = {
      "run", "--input", "aanlevering", "--out", "uit", "--rapportagedatum", "2024-11-15"
    };
    LeaProcess.Result first = LeaProcess.runWithKey(temp, run);
    assertEquals(0, first.exitCode(), first.stderr());
    String firstRun =
        new ObjectMapper()
            .readTree(temp.resolve("uit/latest/manifest.json").toFile())
            .path("run")
            .asText();
    delivery(false);
    LeaProcess.Result second = LeaProcess.runWithKey(temp, run);
    assertEquals(0, second.exitCode(), second.stderr());
    Path latest = temp.resolve("uit/latest");

    // No row of I04 or I06: not a single 0 % for a delivery that lacks their data.
    List<String> csv = Files.readAllLines(latest.resolve("indicatoren.csv"));
    assertFalse(csv.stream().anyMatch(l -> l.startsWith("I04_vsv_percentage,")), "I04 row");
    assertFalse(csv.stream().anyMatch(l -> l.startsWith("I06_overgang_po_vo,")), "I06 row");
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("I01_leerlingen,2023-2024,")), "I01");

    JsonNode manifest = new ObjectMapper().readTree(latest.resolve("manifest.json").toFile());
    List<String> notComputed = strings(manifest.path("indicatoren").path("niet_berekend"));
    for (String expected :
        List.of(
            "I04_vsv_percentage 2021-2022: niet berekend, geen gegevens over voortijdig"
                + " schoolverlaters van 2021-2022",
            "I04_vsv_percentage 2023-2024: niet berekend, geen gegevens over voortijdig"
                + " schoolverlaters van 2023-2024",
            "I06_overgang_po_vo 2021-2022: niet berekend, geen VO-inschrijvingen van 2022-2023",
            "I06_overgang_po_vo 2023-2024: niet berekend, geen VO-inschrijvingen van 2024-2025",
            "I09_vve_bereik 2021-2022: niet berekend, geen VVE-inschrijvingen van 2020-2021")) {
      assertTrue(notComputed.contains(expected), expected + " in " + notComputed);
    }
    assertEquals(
        List.of(
            "vsv.csv: alleen een kopregel, geen gegevens; een indicator die vsv nodig heeft, wordt"
                + " niet berekend voor jaren waarvan niets is aangeleverd",
            "inschrijvingen: in 2023-2024 minder dan de helft van de regels van 2022-2023;"
                + " controleer of alles van 2023-2024 is aangeleverd",
            "vertragingen.csv: de vorige run ("
                + firstRun
                + ") las dit bestand (vertragingen), deze aanlevering heeft het niet"),
        strings(manifest.path("waarschuwingen")));

    // The log warns of a gap inside the delivery, and only informs of one past its end.
    String log = Files.readString(latest.resolve("lea.log"));
    assertTrue(
        log.contains(
            "WARN  I06_overgang_po_vo 2021-2022: niet berekend, geen VO-inschrijvingen van"
                + " 2022-2023"),
        log);
    assertTrue(
        log.contains(
            "INFO  I06_overgang_po_vo 2023-2024: niet berekend, geen VO-inschrijvingen van"
                + " 2024-2025"),
        log);
    assertTrue(log.contains("WARN  vsv.csv: alleen een kopregel, geen gegevens"), log);

    // The report says "niet berekend" with the reason where a figure would have stood.
    String rapport = text(latest.resolve("rapport.pdf"));
    // A table cell wraps its words (at "VO-" and "2024-"): compared without white space.
    assertTrue(
        rapport
            .replaceAll("\\s+", "")
            .contains("Overganggroep8naarVO2023-2024nietberekendgeenVO-inschrijvingenvan2024-2025"),
        rapport);
    // I07's cohort (VMBO in VO) was not delivered either: that is what its rows say.
    assertTrue(
        notComputed.contains(
            "I07_overgang_vmbo_mbo 2021-2022: niet berekend, geen VO-inschrijvingen van"
                + " 2021-2022"),
        notComputed.toString());
    assertTrue(
        rapport.contains(
            "Niet berekend: voor geen enkel schooljaar zijn de gegevens aangeleverd die deze"
                + " indicator nodig heeft. 2021-2022: geen VO-inschrijvingen van 2022-2023;"
                + " 2022-2023: geen VO-inschrijvingen van 2023-2024; 2023-2024: geen"
                + " VO-inschrijvingen van 2024-2025."),
        rapport);
    assertTrue(
        rapport.contains("2023-2024: geen gegevens over voortijdig schoolverlaters van 2023-2024"),
        rapport);
    assertTrue(
        rapport.contains(
            "- inschrijvingen: in 2023-2024 minder dan de helft van de regels van 2022-2023;"
                + " controleer of alles van 2023-2024 is aangeleverd"),
        rapport);
    assertFalse(rapport.contains("Overgang groep 8 naar VO 2023-2024 0,0 %"), rapport);
  }
}
