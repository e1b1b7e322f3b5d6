package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A BSN that a partner wrote into free text reaches no file and no log line: rejects keep only the
 * dataset's columns, and the BSNs in what they keep are masked (contract section 1, "Row
 * validation").
 */
class NoBsnInOutputTest {
  /** The fixture's BSNs and onderwijsnummer, in every way they are written there. */
  private static final List<String> NUMBERS =
      List.of("123456782", "123-456-782", "12 34 56 782", "111222333", "100000004");

  @TempDir Path temp;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureTheLog() {
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void stopCapturing() {
    root().detachAppender(log);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private List<String> logLines() {
    return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private static final String POSTCODE_SENTENCE =
      "De postcode moet 4 cijfers zijn (niet beginnend met 0), eventueel met 2 letters erachter.";

  @Test
  void aBsnInAFreeTextColumnReachesNoOutputAndNoLogLine() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("privacy/inschrijvingen-opmerking-met-bsn.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest(1.0);
    assertEquals(3, IngestDialectTest.quality(result, "inschrijvingen.csv").rejected());
    // Line 2 is accepted; its opmerking is read by no one. Line 3 has postcode 0711AA, line 4 a
    // ninth field, line 5 a postcode holding a BSN: their opmerking is left out, the BSNs masked.
    assertEquals(
        "\uFEFFregelnummer;reden;toelichting;kolom;bsn;schooljaar;geboortedatum;postcode;brin;"
            + "sector;leerjaar\r\n"
            + "3;postcode_ongeldig;"
            + POSTCODE_SENTENCE
            + ";postcode;******782;2023-2024;2015-03-01;0711AA;12AB;PO;3\r\n"
            + "4;aantal_velden_onjuist;De regel heeft meer of minder velden dan de kopregel.;;"
            + "******004;2023-2024;2015-03-01;2711AA;12AB;PO;3\r\n"
            + "5;postcode_ongeldig;"
            + POSTCODE_SENTENCE
            + ";postcode;******333;2023-2024;2015-03-01;zie ******782;12AB;PO;3\r\n",
        Files.readString(d.run.resolve("afgekeurd/inschrijvingen.csv"), StandardCharsets.UTF_8));
    assertTrue(
        logLines()
            .contains(
                "inschrijvingen.csv: kolom 'opmerking' hoort niet bij inschrijvingen en wordt"
                    + " genegeerd"),
        "the log was captured: " + logLines());

    List<Path> files;
    try (Stream<Path> walk = Files.walk(d.run)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.size() > 3, "afgekeurd, datakwaliteit and the lake are scanned: " + files);
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      NUMBERS.stream()
          .filter(bytes::contains)
          .forEach(n -> found.add(d.run.relativize(file) + ": " + n));
    }
    for (String line : logLines()) {
      NUMBERS.stream().filter(line::contains).forEach(n -> found.add("log \"" + line + "\": " + n));
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theWarningAboutAnExtraColumnMasksItsName() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .write(
                "inschrijvingen.csv",
                "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar;bsn moeder"
                    + " 123-456-782\n"
                    + "kind-000001;2023-2024;2015-03-01;2711AA;12AB;PO;3;x\n");
    d.ingest();
    assertTrue(
        logLines()
            .contains(
                "inschrijvingen.csv: kolom 'bsn moeder ******782' hoort niet bij inschrijvingen en"
                    + " wordt genegeerd"),
        logLines().toString());
    assertFalse(logLines().stream().anyMatch(l -> l.contains("456-782")), logLines().toString());
  }
}
