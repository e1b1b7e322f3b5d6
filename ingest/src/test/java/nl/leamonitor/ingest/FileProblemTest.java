package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problems with a whole file fail the run (exit 3) with a message naming file, line or column, and
 * the fix.
 */
class FileProblemTest {
  @TempDir Path temp;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "leeg.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv: het bestand is leeg (0 bytes). Lever het bestand opnieuw aan met"
                + " een kopregel."),
        Arguments.of(
            "alleen-lege-regels.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv: het bestand heeft geen kopregel (alleen lege regels). Lever het"
                + " bestand opnieuw aan met de kolomnamen op de eerste regel."),
        Arguments.of(
            "excel-bestand.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv: dit is geen CSV maar een Excel- of zip-bestand. Sla het in Excel"
                + " op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'."),
        Arguments.of(
            "utf16.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv: het bestand is in UTF-16 opgeslagen. Sla het op als 'CSV UTF-8"
                + " (gescheiden door lijstscheidingsteken)'."),
        Arguments.of(
            "nul-bytes.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 1: deze regel bevat een NUL-byte, dus dit is geen"
                + " CSV-tekstbestand. Lever een CSV-bestand aan, geen binair bestand (alleen"
                + " NUL-bytes en Ctrl-Z aan het eind van een bestand worden genegeerd)."),
        Arguments.of(
            "kolom-ontbreekt.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 1, kolom schooljaar: verplichte kolom ontbreekt in de"
                + " kopregel. Voeg de kolom schooljaar toe. Gevonden kolommen: leerling_id,"
                + " geboortedatum, postcode, brin, sector, leerjaar."),
        Arguments.of(
            "geen-scheidingsteken.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 1, kolom leerling_id|bsn: verplichte kolom ontbreekt: een"
                + " persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. De kopregel heeft maar een kolom: gebruik ; ,"
                + " of tab als scheidingsteken."),
        Arguments.of(
            "geen-identiteit.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 1, kolom leerling_id|bsn: verplichte kolom ontbreekt: een"
                + " persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. Gevonden kolommen: schooljaar, geboortedatum,"
                + " postcode, brin, sector, leerjaar."),
        // The first line is data: the message repeats it, with the BSN masked. The date
        // 2015-03-01 passes the elfproef as digits (020150301: 55 = 5 x 11) and is left alone.
        Arguments.of(
            "geen-kopregel-bsn.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 1, kolom leerling_id|bsn: verplichte kolom ontbreekt: een"
                + " persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. De eerste regel lijkt gegevens in plaats van"
                + " kolomnamen (7 velden; de waarden worden hier niet herhaald): zet de kopregel"
                + " met de kolomnamen bovenaan."),
        Arguments.of(
            "dubbele-kolom.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, kolom schooljaar: de kolom komt twee keer voor in de kopregel."
                + " Verwijder of hernoem een van de twee kolommen."),
        Arguments.of(
            "aanhalingsteken-open.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv, regel 4: de CSV-opbouw klopt niet vanaf hier (een"
                + " aanhalingsteken wordt niet gesloten of er staat tekst direct na een afsluitend"
                + " aanhalingsteken). Controleer de aanhalingstekens op deze regel en exporteer het"
                + " bestand opnieuw."),
        Arguments.of(
            "te-veel-afgekeurd.csv",
            "inschrijvingen_x.csv",
            "inschrijvingen_x.csv: 2 van de 10 regels afgekeurd (20,0 %), meer dan de grens van 5,0"
                + " %. Bekijk afgekeurd/inschrijvingen_x.csv (kolommen regelnummer, reden,"
                + " toelichting, kolom), verbeter de export en lever opnieuw aan."),
        Arguments.of(
            "postcodes-wijk-onbekend.csv",
            "referentie/postcodes.csv",
            "referentie/postcodes.csv, regel 4, kolom wijk_code: wijk_code WK063709 staat niet in"
                + " referentie/wijken.csv. Voeg de wijk toe aan wijken.csv of corrigeer de code in"
                + " postcodes.csv."),
        // Line 2 maps PC4 2711 and line 3 PC6 2711AB: different postcodes, no conflict. Line 5
        // maps 2711AB again (written 2711 ab on line 3), to another wijk.
        Arguments.of(
            "postcodes-wijk-dubbel.csv",
            "referentie/postcodes.csv",
            "referentie/postcodes.csv, regel 5, kolom postcode: postcode 2711AB staat op regel 3"
                + " bij wijk_code WK063702 en op regel 5 bij wijk_code WK063701; de wijk van de"
                + " inwoners zou dan willekeurig zijn. Geef elke postcode één wijk_code:"
                + " verwijder of corrigeer een van de twee regels in postcodes.csv."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void failsWithAMessageThatSaysWhereAndWhatToDo(String fixture, String target, String message)
      throws Exception {
    TestDelivery d = new TestDelivery(temp).add("bad-file/" + fixture, target);
    if (!target.startsWith("inschrijvingen")) {
      d.add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    }
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    assertEquals(List.of(message), e.problems().stream().map(FileProblem::message).toList());
    assertFalse(Files.exists(d.run.resolve("datakwaliteit.csv")), "nothing is published");
    assertFalse(Files.exists(d.run.resolve("lake")), "no lake is written");
  }

  @Test
  void aPostcodeConflictNamesTheEarlierLineAlsoWhenTheFileIsReadInSeveralChunks() throws Exception {
    // 20,000 rows of distinct PC6 postcodes (2000AA, 2000AB, ...), except that line 10002 repeats
    // line 10001's postcode in another wijk. Local ingest cuts records into chunks of 10,000 (lines
    // 2-10001, 10002-20001): validated side by side, the second chunk would register its first row
    // long before the first chunk reaches its last, and the message would name the lines the wrong
    // way round.
    StringBuilder postcodes = new StringBuilder("postcode;wijk_code\n");
    for (int i = 0; i < 20_000; i++) {
      int n = i == 10_000 ? i - 1 : i;
      postcodes
          .append(2000 + n / 676)
          .append((char) ('A' + n / 26 % 26))
          .append((char) ('A' + n % 26))
          .append(i == 10_000 ? ";WK063702\n" : ";WK063701\n");
    }
    TestDelivery d =
        new TestDelivery(temp)
            .write("referentie/postcodes.csv", postcodes.toString())
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    // Row 9999 (line 10001): 2000 + 9999 / 676 = 2014, letters 9999 / 26 = 384, 384 % 26 = 20 (U),
    // and 9999 % 26 = 15 (P).
    assertEquals(
        List.of(
            "referentie/postcodes.csv, regel 10002, kolom postcode: postcode 2014UP staat op regel"
                + " 10001 bij wijk_code WK063701 en op regel 10002 bij wijk_code WK063702; de wijk"
                + " van de inwoners zou dan willekeurig zijn. Geef elke postcode één wijk_code:"
                + " verwijder of corrigeer een van de twee regels in postcodes.csv."),
        e.problems().stream().map(FileProblem::message).toList());
  }

  @Test
  void everyProblemOfTheDeliveryIsReportedAtOnce() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("bad-file/leeg.csv", "inschrijvingen_a.csv")
            .add("bad-file/kolom-ontbreekt.csv", "inschrijvingen_b.csv")
            .add("dialect/inschrijvingen-booleans.csv", "inschrijvingen_c.csv");
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    assertEquals(
        List.of("inschrijvingen_a.csv", "inschrijvingen_b.csv"),
        e.problems().stream().map(FileProblem::file).toList());
  }

  @Test
  void missingRequiredDatasetsAreNamed() throws Exception {
    Path input = temp.resolve("leeg");
    Files.createDirectories(input);
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> DeliveryFolder.scan(input));
    assertEquals(
        List.of(
            "referentie/wijken.csv: verplicht bestand ontbreekt in "
                + input
                + ". Lever referentie/wijken.csv aan.",
            "referentie/postcodes.csv: verplicht bestand ontbreekt in "
                + input
                + ". Lever referentie/postcodes.csv aan.",
            "inschrijvingen*.csv: verplicht bestand ontbreekt in "
                + input
                + ". Lever inschrijvingen*.csv aan."),
        e.problems().stream().map(FileProblem::message).toList());
  }

  @Test
  void missingInputFolderIsAConfigurationError() {
    Path input = temp.resolve("bestaat-niet");
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> DeliveryFolder.scan(input));
    assertEquals(
        "De invoermap "
            + input
            + " bestaat niet of is geen map. Geef met --input de map met de aangeleverde"
            + " CSV-bestanden.",
        e.getMessage());
  }

  @Test
  void bsnColumnWithoutKeyIsAConfigurationErrorNotADefault() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("bad-file/bsn-zonder-sleutel.csv", "inschrijvingen_x.csv");
    IngestJob job =
        new IngestJob(
            new IngestSettings(
                Optional.empty(), 0.05, nl.leamonitor.ingest.MemoryLimit.megabytes(256)));
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> job.run(DeliveryFolder.scan(d.input), new OutputFolders(d.run, d.run)));
    assertEquals(
        "inschrijvingen_x.csv heeft een kolom bsn, maar er is geen pseudonimiseringssleutel. Zet de"
            + " sleutel in de omgevingsvariabele LEA_PSEUDONIEM_SLEUTEL of noem een sleutelbestand"
            + " in de configuratie.",
        e.getMessage());
  }

  @Test
  void otherFilesAreIgnoredAndListed() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    Files.writeString(d.input.resolve("leesmij.txt"), "x", StandardCharsets.UTF_8);
    Files.writeString(d.input.resolve("referentie/extra.csv"), "x", StandardCharsets.UTF_8);
    Files.writeString(d.input.resolve("leerlingen.csv"), "x", StandardCharsets.UTF_8);
    assertEquals(
        List.of("leerlingen.csv", "leesmij.txt", "referentie/extra.csv"),
        d.ingest().ignoredFiles());
  }
}
