package nl.leamonitor.ingest;

import static nl.leamonitor.ingest.IngestDialectTest.PSEUDONYM_012345672;
import static nl.leamonitor.ingest.IngestDialectTest.PSEUDONYM_111222333;
import static nl.leamonitor.ingest.IngestDialectTest.quality;
import static nl.leamonitor.ingest.IngestDialectTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Partner files as they really arrive (contract version 2, section 1): one named fixture per quirk
 * in {@code quirks/}, written byte for byte by {@code quirks/maak-fixtures.py}, whose comments say
 * what each file holds. The whole kinds (every Unicode space, padding around every buffer size) are
 * in {@code DeliveredTextTest} and {@code EndPaddingTest}.
 */
class RealWorldQuirksTest {
  @TempDir Path temp;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void listen() {
    log.start();
    detectorLog().addAppender(log);
  }

  @AfterEach
  void stopListening() {
    detectorLog().detachAppender(log);
  }

  private static Logger detectorLog() {
    return (Logger) LoggerFactory.getLogger(DialectDetector.class);
  }

  /** Ingests a reference fixture in place of the test delivery's own, beside an empty enrolment. */
  private IngestResult withReference(String fixture, String name) throws Exception {
    return new TestDelivery(temp)
        .add("quirks/" + fixture, name)
        .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
        .ingest();
  }

  /** Returns the distinct warnings the dialect detector logged. */
  private List<String> warnings() {
    return log.list.stream()
        .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .distinct()
        .toList();
  }

  private static final String ROWS =
      "select persoon, postcode, sector, regelnummer from %s order by regelnummer";

  @Test
  void unicodeSpacesAndZeroWidthCharactersInHeaderAndValues() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("quirks/inschrijvingen-unicode-spaties.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 2, 2, 0, 0, 0),
        quality(result, "inschrijvingen.csv"));
    assertEquals(
        List.of(
            List.of(PSEUDONYM_111222333, "2711AB", "PO", "2"),
            List.of(PSEUDONYM_012345672, "2711AA", "PO", "3")),
        d.query(ROWS.formatted(d.dataset("inschrijvingen"))));
  }

  @Test
  void excelSeparatorLineIsNeitherHeaderNorRow() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("quirks/inschrijvingen-sep-regel.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    assertEquals("';' UTF-8, sep-regel", report(result, "inschrijvingen.csv").dialect().describe());
    // Line 1 is the hint, line 2 the header: the rows are on lines 3 and 4.
    assertEquals(
        List.of(
            List.of(PSEUDONYM_111222333, "2711AB", "PO", "3"),
            List.of(PSEUDONYM_012345672, "2712", "PO", "4")),
        d.query(ROWS.formatted(d.dataset("inschrijvingen"))));
  }

  @Test
  void excelSeparatorLineForATabAfterAByteOrderMark() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("quirks/inschrijvingen-sep-tab.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    assertEquals(
        "tab UTF-8 met BOM, sep-regel", report(result, "inschrijvingen.csv").dialect().describe());
    assertEquals(
        List.of(List.of(PSEUDONYM_111222333, "2711AB", "PO", "3")),
        d.query(ROWS.formatted(d.dataset("inschrijvingen"))));
  }

  @Test
  void aSeparatorLineThatDoesNotFitTheHeaderIsNamedOnTheHeadersLine() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("quirks/inschrijvingen-sep-regel-past-niet.csv", "inschrijvingen.csv");
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    // The header is on line 2, under the hint; before, the message said line 1 and told the
    // partner to use ; , or tab, which the header already does.
    assertEquals(
        List.of(
            "inschrijvingen.csv, regel 2, kolom leerling_id|bsn: verplichte kolom ontbreekt: een"
                + " persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. De sep-regel op regel 1 noemt ',' als"
                + " scheidingsteken, maar daarmee heeft de kopregel maar een kolom: zet in de"
                + " sep-regel het scheidingsteken van de kopregel, of verwijder de sep-regel."),
        e.problems().stream().map(FileProblem::message).toList());
  }

  @Test
  void aColumnMissingUnderASeparatorLineIsNamedOnLineTwo() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("quirks/inschrijvingen-sep-regel-kolom-ontbreekt.csv", "inschrijvingen.csv");
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    assertEquals(
        List.of(
            "inschrijvingen.csv, regel 2, kolom sector: verplichte kolom ontbreekt in de"
                + " kopregel. Voeg de kolom sector toe. Gevonden kolommen: bsn, schooljaar,"
                + " geboortedatum, postcode, brin, leerjaar."),
        e.problems().stream().map(FileProblem::message).toList());
  }

  @Test
  void nulPaddingAtTheEndOfASmallFileIsIgnored() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("quirks/inschrijvingen-nul-opvulling.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 2, 2, 0, 0, 0),
        quality(result, "inschrijvingen.csv"));
    assertEquals(
        "';' UTF-8, 300 bytes opvulling aan het eind genegeerd",
        report(result, "inschrijvingen.csv").dialect().describe());
  }

  @Test
  void nulPaddingAtTheEndOfAFileAboveEveryBufferSizeIsIgnored() throws Exception {
    // 3,000 rows of 48 bytes (144 KB, beyond the readers' 64 KiB buffers), then 70,000 NUL bytes.
    StringBuilder rows =
        new StringBuilder("leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n");
    for (int i = 0; i < 3_000; i++) {
      rows.append("pupil-%05d;2023-2024;2015-10-01;2711AB;12AB;PO;3\n".formatted(i));
    }
    TestDelivery d = new TestDelivery(temp).write("inschrijvingen.csv", rows.toString());
    Path file = d.input.resolve("inschrijvingen.csv");
    Files.write(file, new byte[70_000], java.nio.file.StandardOpenOption.APPEND);
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 3_000, 3_000, 0, 0, 0),
        quality(result, "inschrijvingen.csv"));
  }

  @Test
  void ctrlZAtTheEndOfAFifteenRowReferenceFileIsNoRow() throws Exception {
    IngestResult result = withReference("postcodes-ctrl-z.csv", "referentie/postcodes.csv");
    assertEquals(
        new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 15, 15, 0, 0, 0),
        quality(result, "referentie/postcodes.csv"));
    assertEquals(
        "';' UTF-8, 1 byte opvulling aan het eind genegeerd",
        report(result, "referentie/postcodes.csv").dialect().describe());
  }

  @Test
  void aRunOfCtrlZAndNulBytesBeyondTheBufferSizeIsPaddingToo() throws Exception {
    IngestResult result = withReference("postcodes-ctrl-z-en-nul.csv", "referentie/postcodes.csv");
    assertEquals(
        new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 15, 15, 0, 0, 0),
        quality(result, "referentie/postcodes.csv"));
  }

  @Test
  void aLineOfOnlyCtrlZIsBlank() throws Exception {
    IngestResult result = withReference("postcodes-ctrl-z-regel.csv", "referentie/postcodes.csv");
    assertEquals(
        new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 15, 15, 0, 0, 0),
        quality(result, "referentie/postcodes.csv"));
  }

  @Test
  void aByteWindows1252LeavesUndefinedIsReadWithAWarningNamingItsLine() throws Exception {
    IngestResult result = withReference("wijken-cp850.csv", "referentie/wijken.csv");
    assertEquals("';' Windows-1252", report(result, "referentie/wijken.csv").dialect().describe());
    assertEquals(
        List.of(
            "referentie/wijken.csv: regel 3 bevat een byte die in Windows-1252 geen teken is (een"
                + " export in een andere codering, zoals DOS-codetabel 850?); die wordt gelezen als"
                + " �. Lever het bestand opnieuw aan als 'CSV UTF-8'."),
        warnings());
  }

  @Test
  void aNulByteInsideTheTextIsAFileProblemOnItsLine() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("quirks/inschrijvingen-nul-midden.csv", "inschrijvingen.csv");
    InputRejectedException e = assertThrows(InputRejectedException.class, d::ingest);
    assertEquals(
        List.of(
            "inschrijvingen.csv, regel 3: deze regel bevat een NUL-byte, dus dit is geen"
                + " CSV-tekstbestand. Lever een CSV-bestand aan, geen binair bestand (alleen"
                + " NUL-bytes en Ctrl-Z aan het eind van een bestand worden genegeerd)."),
        e.problems().stream().map(FileProblem::message).toList());
    assertFalse(Files.exists(d.run.resolve("lake")), "no lake is written");
  }

  @Test
  void mixedUtf8AndWindows1252IsReadAsWindows1252WithAWarningNamingTheLine() throws Exception {
    IngestResult result = withReference("wijken-gemengde-codering.csv", "referentie/wijken.csv");
    assertEquals(
        "';' Windows-1252, met UTF-8-tekens vanaf regel 2",
        report(result, "referentie/wijken.csv").dialect().describe());
    assertEquals(
        List.of(
            "referentie/wijken.csv: geen geldige UTF-8 (regel 3), maar wel UTF-8-tekens (regel"
                + " 2): zijn twee exports samengevoegd? Het bestand is als Windows-1252 gelezen;"
                + " controleer namen met letters als é, ë of ’ in de uitvoer, of lever het"
                + " bestand opnieuw aan in één codering."),
        warnings());
  }
}
