package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quirks of contract version 2, section 1, on Spark: a personal file with Excel's {@code sep=;}
 * line, a non-breaking space after a header name and 70,000 NUL bytes after its last row, read in
 * parts of 16 kB, and a reference file ending in Ctrl-Z, read on the driver. The quirky delivery
 * gives DuckDB the same data quality as the clean one, and Spark the same bytes as DuckDB.
 */
@Tag("langzaam") // about a minute (three ingests, one on Spark): left out by mvn verify -P snel
class QuirkParityTest {
  private static final String FILE = "inschrijvingen_po_parnassys.csv";
  private static final IngestSettings SETTINGS =
      new IngestSettings(
          Optional.of(
              PseudonymKey.of(
                  "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8),
                  "test")),
          0.05,
          nl.leamonitor.ingest.MemoryLimit.megabytes(512));

  @TempDir Path temp;

  @AfterEach
  void stopSpark() {
    System.clearProperty(SparkEngineFactory.PART_BYTES);
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  private OutputFolders ingest(EngineFactory engine, Path input, String name) throws Exception {
    OutputFolders out =
        new OutputFolders(
            Files.createDirectories(temp.resolve(name)), temp.resolve(name + "-intern"));
    engine.ingest(
        SETTINGS, IngestJob.Progress.NONE, DeliveryFolder.scan(input), out, Optional.empty());
    return out;
  }

  @Test
  void quirkyFilesReadAsCleanOnBothEngines() throws Exception {
    Path clean = temp.resolve("schoon");
    new SampleGenerator(5, 300).write(clean);
    Path quirky = temp.resolve("eigenaardig");
    new SampleGenerator(5, 300).write(quirky);
    String text = Files.readString(quirky.resolve(FILE), StandardCharsets.UTF_8);
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Files.writeString(
        quirky.resolve(FILE),
        "sep=;\r\n" + withoutBom.replaceFirst(";postcode;", ";postcode\u00A0;"),
        StandardCharsets.UTF_8);
    Files.write(quirky.resolve(FILE), new byte[70_000], StandardOpenOption.APPEND);
    Files.write(
        quirky.resolve("referentie/postcodes.csv"), new byte[] {0x1A}, StandardOpenOption.APPEND);

    EngineFactory duckdb = EngineFactory.find("duckdb").orElseThrow();
    OutputFolders cleanDuck = ingest(duckdb, clean, "schoon-duckdb");
    OutputFolders quirkyDuck = ingest(duckdb, quirky, "duckdb");
    System.setProperty(SparkEngineFactory.PART_BYTES, "16k");
    OutputFolders quirkySpark = ingest(new SparkEngineFactory(), quirky, "spark");

    String quality = Files.readString(cleanDuck.dataQuality());
    assertTrue(quality.contains(FILE), quality);
    assertEquals(quality, Files.readString(quirkyDuck.dataQuality()));
    assertEquals(quality, Files.readString(quirkySpark.dataQuality()));
    List<Path> rejects;
    try (Stream<Path> listing = Files.list(quirkyDuck.rejects())) {
      rejects = listing.map(Path::getFileName).sorted().toList();
    }
    try (Stream<Path> listing = Files.list(quirkySpark.rejects())) {
      assertEquals(rejects, listing.map(Path::getFileName).sorted().toList());
    }
    for (Path file : rejects) {
      assertArrayEquals(
          Files.readAllBytes(quirkyDuck.rejects().resolve(file)),
          Files.readAllBytes(quirkySpark.rejects().resolve(file)),
          file.toString());
    }
  }
}
