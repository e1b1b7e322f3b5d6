package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lea controleer} on bad input: what it prints, where the rejects go, and its exit code. */
class CheckCommandTest {
  @TempDir Path temp;

  @BeforeEach
  void references() throws Exception {
    Files.createDirectories(temp.resolve("aanlevering/referentie"));
    write("referentie/wijken.csv", "wijk_code;wijk_naam;gemeente_code\nWK063701;Centrum;GM0637\n");
    write("referentie/postcodes.csv", "postcode;wijk_code\n2711;WK063701\n");
  }

  private void write(String name, String content) throws Exception {
    Files.writeString(temp.resolve("aanlevering").resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void reportsEachFileWithReasonsAndExampleLines() throws Exception {
    StringBuilder rows =
        new StringBuilder("leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n");
    for (int i = 0; i < 40; i++) {
      rows.append(String.format("kind-%05d;2023-2024;2015-01-01;2711AA;12AB;PO;3%n", i));
    }
    rows.append("kind-99999;2023-2024;2015-01-01;0711AA;12AB;PO;3\n");
    write("inschrijvingen.csv", rows.toString());
    LeaProcess.Result r =
        LeaProcess.run(
            temp, java.util.Map.of(), "controleer", "--input", "aanlevering", "--out", "controle");
    assertEquals(0, r.exitCode(), r.stderr());
    List<String> out = r.stdout().lines().toList();
    assertTrue(
        out.contains(
            "inschrijvingen.csv (inschrijvingen, ';' UTF-8): 41 regels, 1 afgekeurd (2,4 %)"),
        r.stdout());
    assertTrue(
        out.contains("    postcode_ongeldig                 1  bijvoorbeeld regel 42"), r.stdout());
    assertTrue(
        out.contains(
            "Afgekeurde regels staan in controle/afgekeurd (alleen leesbaar voor de eigenaar: map"
                + " 0700, bestanden 0600)"),
        r.stdout());
    assertTrue(
        out.contains("Resultaat: goed; een run zou deze aanlevering verwerken."), r.stdout());
    assertTrue(
        Files.readString(temp.resolve("controle/afgekeurd/inschrijvingen.csv"))
            .contains(
                "\r\n42;postcode_ongeldig;De postcode moet 4 cijfers zijn (niet beginnend met 0),"
                    + " eventueel met 2 letters erachter.;postcode;"));
    assertFalse(Files.exists(temp.resolve("controle/lake")), "nothing is published");
  }

  /**
   * More than five reasons in one file: the five most common with example lines, then the rest
   * named with their counts (an analyst missed a single advice that is not adjacent among them).
   * Schooladviezen of 200 pupils with six kinds of bad rows: 6 empty schooladvies, 5 unknown levels
   * (MAVO), 4 wrong field counts, 3 reversed, 2 a level joined to itself, 1 not adjacent.
   */
  @Test
  void namesEveryReasonBeyondTheFiveMostCommon() throws Exception {
    StringBuilder rows =
        new StringBuilder("leerling_id;schooljaar;schooladvies;toetsadvies;definitief_advies\n");
    for (int i = 0; i < 200; i++) {
      rows.append(String.format("kind-%05d;2023-2024;HAVO;HAVO;%n", i));
    }
    String[] bad = {
      "kind-90000;2023-2024;;HAVO;",
      "kind-90001;2023-2024;;HAVO;",
      "kind-90002;2023-2024;;HAVO;",
      "kind-90003;2023-2024;;HAVO;",
      "kind-90004;2023-2024;;HAVO;",
      "kind-90005;2023-2024;;HAVO;",
      "kind-90010;2023-2024;MAVO;HAVO;",
      "kind-90011;2023-2024;MAVO;HAVO;",
      "kind-90012;2023-2024;MAVO;HAVO;",
      "kind-90013;2023-2024;MAVO;HAVO;",
      "kind-90014;2023-2024;MAVO;HAVO;",
      "kind-90020;2023-2024;HAVO;HAVO",
      "kind-90021;2023-2024;HAVO;HAVO",
      "kind-90022;2023-2024;HAVO;HAVO",
      "kind-90023;2023-2024;HAVO;HAVO",
      "kind-90030;2023-2024;HAVO/VMBO-GT;HAVO;",
      "kind-90031;2023-2024;HAVO/VMBO-GT;HAVO;",
      "kind-90032;2023-2024;HAVO/VMBO-GT;HAVO;",
      "kind-90040;2023-2024;HAVO/HAVO;HAVO;",
      "kind-90041;2023-2024;HAVO/HAVO;HAVO;",
      "kind-90050;2023-2024;VMBO-B/HAVO;HAVO;"
    };
    for (String b : bad) {
      rows.append(b).append('\n');
    }
    write("schooladviezen.csv", rows.toString());
    write(
        "inschrijvingen.csv",
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "kind-00000;2023-2024;2011-01-01;2711AA;12AB;PO;8\n");
    LeaProcess.Result r =
        LeaProcess.run(
            temp,
            java.util.Map.of(),
            "controleer",
            "--input",
            "aanlevering",
            "--out",
            "controle",
            "--max-afgekeurd",
            "0,5");
    List<String> out = r.stdout().lines().toList();
    int at =
        out.indexOf(
            "schooladviezen.csv (schooladviezen, ';' UTF-8): 221 regels, 21 afgekeurd (9,5 %)");
    assertTrue(at >= 0, r.stdout());
    assertEquals(
        "    advies_zelfde_niveau              2  bijvoorbeeld regel 220, 221", out.get(at + 5));
    assertEquals("    ... en nog 1 reden: advies_niet_aansluitend 1", out.get(at + 6), r.stdout());
  }

  /**
   * The README's terminal session: the example delivery with every quirk of contract section 1
   * (written by docs/maak-voorbeeld-eigenaardige-aanlevering.py) checks as good, file by file.
   */
  @Test
  void theReadmesDeliveryWithEveryQuirkChecksAsGood() throws Exception {
    Path example = Path.of("..", "docs", "voorbeeld-eigenaardige-aanlevering").toAbsolutePath();
    LeaProcess.Result r =
        LeaProcess.run(
            temp,
            java.util.Map.of(),
            "controleer",
            "--input",
            example.toString(),
            "--out",
            "controle");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(
        List.of(
            "Controle van " + example,
            "",
            "referentie/wijken.csv (wijken, ';' Windows-1252, met UTF-8-tekens vanaf regel 2): 4"
                + " regels, 0 afgekeurd (0,0 %)",
            "referentie/postcodes.csv (postcodes, ';' UTF-8, sep-regel, 1 byte opvulling aan het"
                + " eind genegeerd): 5 regels, 0 afgekeurd (0,0 %)",
            "inschrijvingen_po_parnassys.csv (inschrijvingen, ';' UTF-8 met BOM): 3 regels, 0"
                + " afgekeurd (0,0 %)",
            "inschrijvingen_vo_magister.csv (inschrijvingen, ';' UTF-8, sep-regel): 2 regels, 0"
                + " afgekeurd (0,0 %)",
            "vsv_vo_rmc.csv (vsv, ';' UTF-8, 70.000 bytes opvulling aan het eind genegeerd): 1"
                + " regel, 0 afgekeurd (0,0 %)",
            "thuiszitters_leerplicht.csv (thuiszitters, ',' UTF-8, 1 byte opvulling aan het eind"
                + " genegeerd): 1 regel, 0 afgekeurd (0,0 %)",
            "",
            "Resultaat: goed; een run zou deze aanlevering verwerken."),
        r.stdout().lines().toList());
    assertTrue(
        r.stderr()
            .contains(
                "referentie/wijken.csv: geen geldige UTF-8 (regel 4), maar wel UTF-8-tekens (regel"
                    + " 2): zijn twee exports samengevoegd?"),
        r.stderr());
  }

  @Test
  void rejectsAreForTheOwnerOnlyWhateverTheUmask() throws Exception {
    write(
        "inschrijvingen.csv",
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "kind-00001;2023-2024;2015-01-01;2711AA;12AB;PO;3\n"
            + "kind-00002;2023-2024;2015-01-01;0711AA;12AB;PO;3\n");
    // A file an earlier check left, readable by all.
    Path earlier = Files.createDirectories(temp.resolve("controle/afgekeurd")).resolve("vsv.csv");
    Files.writeString(earlier, "regelnummer,reden\n");
    Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r--r--"));
    LeaProcess.Result r =
        LeaProcess.runWithKeyUnderUmask(
            temp,
            "000",
            "controleer",
            "--input",
            "aanlevering",
            "--out",
            "controle",
            "--max-afgekeurd",
            "1");
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    assertEquals("rwx------", mode(temp.resolve("controle/afgekeurd")));
    assertEquals("rw-------", mode(temp.resolve("controle/afgekeurd/inschrijvingen.csv")));
    assertEquals("rw-------", mode(earlier));
    // Made by controleer itself under umask 000: the folder it writes into is the owner's too.
    LeaProcess.Result fresh =
        LeaProcess.runWithKeyUnderUmask(
            temp,
            "000",
            "controleer",
            "--input",
            "aanlevering",
            "--out",
            "nieuw/controle",
            "--max-afgekeurd",
            "1");
    assertEquals(0, fresh.exitCode(), fresh.stdout() + fresh.stderr());
    assertEquals("rwx------", mode(temp.resolve("nieuw")));
    assertEquals("rwx------", mode(temp.resolve("nieuw/controle/afgekeurd")));
    assertEquals("rw-------", mode(temp.resolve("nieuw/controle/afgekeurd/inschrijvingen.csv")));
  }

  static String mode(Path p) throws java.io.IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  /** Copies one of ingest's named bad-input fixtures into the delivery. */
  private void fixture(String resource, String name) throws Exception {
    try (var in = CheckCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, temp.resolve("aanlevering").resolve(name));
    }
  }

  @Test
  void namesTheReasonAndLineOfEachBadInputFixture() throws Exception {
    fixture("bad-input/bsn-elfproef.csv", "inschrijvingen_a.csv");
    fixture("bad-input/geboortedatum-na-peildatum.csv", "inschrijvingen_b.csv");
    fixture("bad-input/vertragingen-meetmoment.csv", "vertragingen.csv");
    fixture("bad-input/thuiszitters-einddatum-voor-startdatum.csv", "thuiszitters.csv");
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "controleer", "--input", "aanlevering", "--max-afgekeurd", "1");
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    List<String> out = r.stdout().lines().toList();
    assertTrue(
        out.contains(
            "inschrijvingen_a.csv (inschrijvingen, ';' UTF-8): 2 regels, 1 afgekeurd (50,0 %)"),
        r.stdout());
    assertTrue(
        out.contains("    bsn_ongeldig                      1  bijvoorbeeld regel 3"), r.stdout());
    assertTrue(
        out.contains("    geboortedatum_na_peildatum        1  bijvoorbeeld regel 3"), r.stdout());
    assertTrue(
        out.contains("    code_onbekend                     1  bijvoorbeeld regel 3"), r.stdout());
    assertTrue(
        out.contains("    einddatum_voor_startdatum         1  bijvoorbeeld regel 3"), r.stdout());
    // With the contract's default limit of 5 %, each of these files is over it: a run would refuse.
    LeaProcess.Result strict = LeaProcess.runWithKey(temp, "controleer", "--input", "aanlevering");
    assertEquals(3, strict.exitCode());
    assertTrue(
        strict
            .stdout()
            .lines()
            .toList()
            .contains(
                "  inschrijvingen_a.csv: 1 van de 2 regels afgekeurd (50,0 %), meer dan de grens"
                    + " van 5,0 %. Bekijk afgekeurd/inschrijvingen_a.csv (kolommen regelnummer,"
                    + " reden, toelichting, kolom), verbeter de export en lever opnieuw aan."),
        strict.stdout());
  }

  @Test
  void warnsOfAFileWithOnlyAHeaderAndOfAYearThatFellByHalf() throws Exception {
    // inschrijvingen: 10 rows of 2022-2023, 4 of 2023-2024 (fewer than half of 10), 6 of
    // 2024-2025 (more than half of 4); vsv.csv holds its header alone.
    StringBuilder rows =
        new StringBuilder("leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n");
    int[] perYear = {10, 4, 6};
    for (int y = 0; y < perYear.length; y++) {
      for (int i = 0; i < perYear[y]; i++) {
        rows.append(
            String.format(
                "kind-%d%04d;%d-%d;2015-01-01;2711AA;12AB;PO;3%n", y, i, 2022 + y, 2023 + y));
      }
    }
    write("inschrijvingen.csv", rows.toString());
    write("vsv.csv", "leerling_id;schooljaar;geboortedatum;postcode;sector\n");
    LeaProcess.Result r =
        LeaProcess.run(
            temp, java.util.Map.of(), "controleer", "--input", "aanlevering", "--out", "controle");
    assertEquals(0, r.exitCode(), r.stderr());
    List<String> out = r.stdout().lines().toList();
    int first =
        out.indexOf("Waarschuwingen (de aanlevering is leesbaar, maar mist misschien iets):");
    assertTrue(first >= 0, r.stdout());
    assertEquals(
        List.of(
            "  vsv.csv: alleen een kopregel, geen gegevens; een indicator die vsv nodig heeft,"
                + " wordt niet berekend voor jaren waarvan niets is aangeleverd",
            "  inschrijvingen: in 2023-2024 minder dan de helft van de regels van 2022-2023;"
                + " controleer of alles van 2023-2024 is aangeleverd",
            "Resultaat: een run zou deze aanlevering verwerken, maar lees eerst de 2"
                + " waarschuwingen hierboven."),
        out.subList(first + 1, out.size()));
    assertFalse(r.stdout().contains("Resultaat: goed"), r.stdout());
  }

  @Test
  void exitsThreeWhereARunWouldRefuse() throws Exception {
    write(
        "inschrijvingen.csv",
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector\n"
            + "kind-00001;2023-2024;2015-01-01;2711AA;12AB;PO\n");
    LeaProcess.Result r =
        LeaProcess.run(temp, java.util.Map.of(), "controleer", "--input", "aanlevering");
    assertEquals(3, r.exitCode());
    List<String> out = r.stdout().lines().toList();
    assertTrue(out.contains("Resultaat: een run zou deze aanlevering weigeren:"), r.stdout());
    assertTrue(
        out.contains(
            "  inschrijvingen.csv, regel 1, kolom leerjaar: verplichte kolom ontbreekt in de"
                + " kopregel. Voeg de kolom leerjaar toe. Gevonden kolommen: leerling_id,"
                + " schooljaar, geboortedatum, postcode, brin, sector."),
        r.stdout());
  }

  @Test
  void repeatsNoBsnOfTheDelivery() throws Exception {
    fixture("bad-file/geen-kopregel-bsn.csv", "inschrijvingen_a.csv");
    fixture("privacy/inschrijvingen-opmerking-met-bsn.csv", "inschrijvingen_b.csv");
    LeaProcess.Result r =
        LeaProcess.runWithKey(
            temp,
            "controleer",
            "--input",
            "aanlevering",
            "--out",
            "controle",
            "--max-afgekeurd",
            "1");
    assertEquals(3, r.exitCode(), r.stdout() + r.stderr());
    List<String> out = r.stdout().lines().toList();
    assertTrue(
        out.contains(
            "  inschrijvingen_a.csv, regel 1, kolom leerling_id|bsn: verplichte kolom ontbreekt:"
                + " een persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. De eerste regel lijkt gegevens in plaats van"
                + " kolomnamen (7 velden; de waarden worden hier niet herhaald): zet de kopregel"
                + " met de kolomnamen bovenaan."),
        r.stdout());
    assertTrue(
        out.contains(
            "inschrijvingen_b.csv (inschrijvingen, ';' UTF-8): 4 regels, 3 afgekeurd (75,0 %)"),
        r.stdout());
    // The free-text column opmerking is left out of the rejects; the BSNs they keep are masked.
    // Written as delivered (';', UTF-8), with a byte order mark.
    String postcode =
        "De postcode moet 4 cijfers zijn (niet beginnend met 0), eventueel met 2 letters erachter.";
    assertEquals(
        List.of(
            "\uFEFFregelnummer;reden;toelichting;kolom;bsn;schooljaar;geboortedatum;postcode;brin;"
                + "sector;leerjaar",
            "3;postcode_ongeldig;"
                + postcode
                + ";postcode;******782;2023-2024;2015-03-01;0711AA;12AB;PO;3",
            "4;aantal_velden_onjuist;De regel heeft meer of minder velden dan de kopregel.;;"
                + "******004;2023-2024;2015-03-01;2711AA;12AB;PO;3",
            "5;postcode_ongeldig;"
                + postcode
                + ";postcode;******333;2023-2024;2015-03-01;zie ******782;12AB;PO;3"),
        Files.readAllLines(temp.resolve("controle/afgekeurd/inschrijvingen_b.csv")));
    for (String number : ExitCodeTest.FIXTURE_NUMBERS) {
      assertFalse(
          r.stdout().contains(number) || r.stderr().contains(number),
          number + " in:\n" + r.stdout() + r.stderr());
    }
  }

  /**
   * {@code lea controleer} reads the wijk boundaries as a run does: a feature of a wijk not in
   * wijken.csv is a warning (the delivery still goes), a file that is not GeoJSON stops it (exit
   * 3), each with the reader's own Dutch message.
   */
  @Test
  void checksTheWijkBoundariesAsARunWould() throws Exception {
    write(
        "inschrijvingen.csv",
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "kind-00001;2023-2024;2015-01-01;2711AA;12AB;PO;3\n");
    write(
        "referentie/wijken.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"WK063701\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[4.4,52.0],[4.5,52.0],[4.5,52.1],[4.4,52.0]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"WK063799\"},"
            + "\"geometry\":null}]}");
    LeaProcess.Result r =
        LeaProcess.run(
            temp, java.util.Map.of(), "controleer", "--input", "aanlevering", "--out", "controle");
    assertEquals(0, r.exitCode(), r.stderr());
    List<String> out = r.stdout().lines().toList();
    assertTrue(
        out.contains(
            "  referentie/wijken.geojson: feature 2 (WK063799) genegeerd, deze wijk staat niet in"
                + " referentie/wijken.csv"),
        r.stdout());
    assertTrue(
        out.contains(
            "Resultaat: een run zou deze aanlevering verwerken, maar lees eerst de waarschuwing"
                + " hierboven."),
        r.stdout());

    write("referentie/wijken.geojson", "{\"type\":\"FeatureCollection\",");
    r =
        LeaProcess.run(
            temp, java.util.Map.of(), "controleer", "--input", "aanlevering", "--out", "controle");
    assertEquals(3, r.exitCode(), r.stdout());
    assertTrue(
        r.stdout().contains("Resultaat: een run zou deze aanlevering weigeren:"), r.stdout());
    assertTrue(
        r.stdout()
            .contains(
                "  referentie/wijken.geojson, regel 1: geen geldige JSON. Lever de wijkgrenzen als"
                    + " GeoJSON FeatureCollection (RFC 7946, WGS84)"),
        r.stdout());
  }
}
