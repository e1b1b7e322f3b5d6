package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import nl.leamonitor.analytics.protect.PublishedBound;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import org.junit.jupiter.api.Test;

/** What datakwaliteit.csv publishes that bounds an indicator, as the protection is told it. */
class PublishedBoundsTest {
  @Test
  void theVsvFilesResidentRowsBoundI04sGemeenteTellers() {
    // Two vsv files: 229 accepted, 8 outside the gemeente; 555 accepted, 16 outside. 221 + 539 =
    // 760 (the sample's figures). An enrolment file does not count.
    IngestResult result =
        new IngestResult(
            URI.create("file:/lake"),
            List.of(
                new FileQuality("vsv_vo_rmc.csv", Dataset.VSV, 232, 229, 0, 3, 8),
                new FileQuality("VSV_MBO_Eduarte.csv", Dataset.VSV, 558, 555, 1, 2, 16),
                new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 10, 10, 0, 0, 1)),
            List.of(),
            List.of(),
            nl.leamonitor.ingest.geo.WijkBoundaries.NONE);
    assertEquals(
        List.of(
            new PublishedBound(
                "I04_vsv_percentage",
                760,
                "datakwaliteit.csv: de geaccepteerde vsv-regels binnen de gemeente")),
        RunCommand.publishedBounds(result));
  }
}
