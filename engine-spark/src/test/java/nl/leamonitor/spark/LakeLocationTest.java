package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run writes its lake into a new folder: an existing one (another run's lake) is never
 * overwritten.
 */
class LakeLocationTest {
  @TempDir Path temp;

  /**
   * The session's scratch folder is in this test's temporary folder: the next test class must not
   * reuse it.
   */
  @AfterEach
  void stopSpark() {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  @Test
  void anExistingLakeFolderIsAConfigurationErrorAndStaysAsItWas() throws Exception {
    Path input = temp.resolve("aanlevering");
    new SampleGenerator(3, 200).write(input);
    Path existing = Files.createDirectories(temp.resolve("lake/20250630-120000"));
    Files.writeString(existing.resolve("van-een-andere-run.txt"), "blijft");
    URI lake = existing.toUri();
    IngestSettings settings =
        new IngestSettings(
            Optional.of(
                PseudonymKey.of(
                    "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8),
                    "test")),
            0.05,
            nl.leamonitor.ingest.MemoryLimit.megabytes(512));
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                new SparkEngineFactory()
                    .ingest(
                        settings,
                        IngestJob.Progress.NONE,
                        DeliveryFolder.scan(input),
                        new OutputFolders(
                            Files.createDirectories(temp.resolve("run")), temp.resolve("intern")),
                        Optional.of(lake)));
    assertEquals(
        "De lake-map "
            + lake
            + " bestaat al; een run schrijft zijn lake in een nieuwe map."
            + " Kies met --lake een andere map of verplaats de oude.",
        e.getMessage());
    assertEquals("blijft", Files.readString(existing.resolve("van-een-andere-run.txt")));
  }
}
