package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample (regenerated from the default seed) through both engines, ingest and
 * indicators alike: Spark in local mode must publish a byte-identical {@code indicatoren.csv},
 * {@code datakwaliteit.csv} and {@code afgekeurd/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineParityTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2025, 6, 30);
  private static final PseudonymKey KEY =
      PseudonymKey.of("lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8), "test");

  private Path duck;
  private Path spark;
  private AnalyticsJob.Result duckResult;

  @BeforeAll
  void runBothEngines(@TempDir Path temp) throws Exception {
    Path input = temp.resolve("zoetermeer");
    new SampleGenerator(20211001L, 35_000).write(input);
    // Small parts: every personal file of the sample is read by several tasks, cut at record boundaries.
    System.setProperty(SparkEngineFactory.PART_BYTES, "1m");
    duck = Files.createDirectories(temp.resolve("duckdb"));
    spark = Files.createDirectories(temp.resolve("spark"));
    duckResult = run(EngineFactory.find("duckdb").orElseThrow(), input, duck);
    run(EngineFactory.find("spark").orElseThrow(), input, spark);
  }

  private static AnalyticsJob.Result run(EngineFactory engine, Path input, Path runDir) throws Exception {
    IngestSettings settings = new IngestSettings(Optional.of(KEY), 0.05, "1GB");
    IngestResult ingest = engine.ingest(settings, IngestJob.Progress.NONE, DeliveryFolder.scan(input), runDir, Optional.empty());
    try (IndicatorEngine indicators = engine.open(ingest.lake(), RAPPORTAGEDATUM, Files.createDirectories(runDir.resolve(".werk")), "1GB")) {
      return new AnalyticsJob(5).run(indicators, runDir, RAPPORTAGEDATUM);
    }
  }

  @AfterAll
  void defaultPartSize() {
    System.clearProperty(SparkEngineFactory.PART_BYTES);
  }

  @Test
  void indicatorsAreByteIdentical() throws Exception {
    assertTrue(duckResult.rows().size() > 2000);
    assertArrayEquals(Files.readAllBytes(duck.resolve("indicatoren.csv")), Files.readAllBytes(spark.resolve("indicatoren.csv")));
  }

  @Test
  void dataQualityIsByteIdentical() throws Exception {
    String duckQuality = Files.readString(duck.resolve("datakwaliteit.csv"));
    assertTrue(duckQuality.contains("inschrijvingen_po_parnassys.csv"));
    assertEquals(duckQuality, Files.readString(spark.resolve("datakwaliteit.csv")));
  }

  @Test
  void rejectFilesAreByteIdentical() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(duck.resolve("afgekeurd"))) {
      files = listing.map(Path::getFileName).sorted().toList();
    }
    assertEquals(8, files.size(), files.toString()); // every personal file of the sample has rejects
    try (Stream<Path> listing = Files.list(spark.resolve("afgekeurd"))) {
      assertEquals(files, listing.map(Path::getFileName).sorted().toList());
    }
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(duck.resolve("afgekeurd").resolve(file)),
          Files.readAllBytes(spark.resolve("afgekeurd").resolve(file)), file.toString());
    }
  }

  @Test
  void withoutLakeLocationBothLakesAreInTheRunFolderWithTheSameDatasets() throws Exception {
    for (String dataset : List.of("inschrijvingen", "vertragingen", "vsv", "thuiszitters", "referentie")) {
      assertTrue(Files.isDirectory(duck.resolve("lake").resolve(dataset)), dataset);
      assertTrue(Files.isDirectory(spark.resolve("lake").resolve(dataset)), dataset);
    }
    assertTrue(Files.isDirectory(spark.resolve("lake/inschrijvingen/schooljaar=2023-2024")));
    assertFalse(Files.exists(spark.resolve("lake/spark-werk")), "Spark's staging is removed");
  }

  @Test
  void theSparkEngineRegistersItself() {
    assertEquals("spark", EngineFactory.find("spark").orElseThrow().name());
    assertEquals("duckdb", EngineFactory.find("duckdb").orElseThrow().name());
  }
}
