package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rejected rows go back to the partner in the dialect the partner delivered: the same delimiter and
 * encoding, a byte order mark for UTF-8, CRLF, and the reason as a Dutch sentence ({@link
 * RejectDialectFixtures} holds the fixtures and the bytes expected).
 */
class RejectDialectTest {
  @TempDir Path temp;

  static Stream<RejectDialectFixtures.Case> cases() {
    return RejectDialectFixtures.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRejectFileIsWrittenInTheDeliveredDialect(RejectDialectFixtures.Case delivered)
      throws Exception {
    TestDelivery d = new TestDelivery(temp).add(delivered.resource(), delivered.deliveredAs());
    if (!delivered.deliveredAs().startsWith("inschrijvingen")) {
      d.add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    }
    d.ingest(1.0); // most rows of the fixtures are rejected on purpose
    // ISO-8859-1 maps each byte to one character, so a difference shows where it is.
    assertEquals(
        new String(delivered.expected(), StandardCharsets.ISO_8859_1),
        new String(
            Files.readAllBytes(d.run.resolve("afgekeurd").resolve(delivered.deliveredAs())),
            StandardCharsets.ISO_8859_1));
  }
}
