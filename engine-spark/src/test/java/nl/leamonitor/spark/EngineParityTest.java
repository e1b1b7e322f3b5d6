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
import nl.leamonitor.analytics.compute.WijkInhabitants;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample (regenerated from the default seed) through both engines, ingest and
 * indicators alike: Spark in local mode must publish a byte-identical {@code indicatoren.csv},
 * {@code datakwaliteit.csv} and {@code afgekeurd/}, the rejects and the lake in the internal
 * folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("langzaam") // over 20 s (the sample through both engines): left out by mvn verify -P snel, run
// in CI
class EngineParityTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2025, 6, 30);
  private static final PseudonymKey KEY =
      PseudonymKey.of(
          "lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8), "test");

  /** Each engine's publication folder and internal folder (rejects, lake). */
  private OutputFolders duck;

  private OutputFolders spark;
  private AnalyticsJob.Result duckResult;
  private final List<WijkInhabitants> duckInhabitants = new java.util.ArrayList<>();
  private final List<WijkInhabitants> sparkInhabitants = new java.util.ArrayList<>();

  @BeforeAll
  void runBothEngines(@TempDir Path temp) throws Exception {
    Path input = temp.resolve("zoetermeer");
    new SampleGenerator(20211001L, 35_000).write(input);
    // Small parts: every personal file of the sample is read by several tasks, cut at record
    // boundaries.
    System.setProperty(SparkEngineFactory.PART_BYTES, "1m");
    duck =
        new OutputFolders(
            Files.createDirectories(temp.resolve("duckdb")), temp.resolve("duckdb-intern"));
    spark =
        new OutputFolders(
            Files.createDirectories(temp.resolve("spark")), temp.resolve("spark-intern"));
    duckResult = run(EngineFactory.find("duckdb").orElseThrow(), input, duck, duckInhabitants);
    run(EngineFactory.find("spark").orElseThrow(), input, spark, sparkInhabitants);
  }

  /** Runs ingest and indicators, and adds the wijken's inhabitants aged 0-23 to {@code sizes}. */
  private static AnalyticsJob.Result run(
      EngineFactory engine, Path input, OutputFolders out, List<WijkInhabitants> sizes)
      throws Exception {
    IngestSettings settings =
        new IngestSettings(Optional.of(KEY), 0.05, nl.leamonitor.ingest.MemoryLimit.gigabytes(1));
    IngestResult ingest =
        engine.ingest(
            settings, IngestJob.Progress.NONE, DeliveryFolder.scan(input), out, Optional.empty());
    try (IndicatorEngine indicators =
        engine.open(
            ingest.lake(),
            RAPPORTAGEDATUM,
            Files.createDirectories(out.work()),
            nl.leamonitor.ingest.MemoryLimit.gigabytes(1))) {
      AnalyticsJob.Result result =
          new AnalyticsJob(5).run(indicators, out.publication(), RAPPORTAGEDATUM);
      sizes.addAll(indicators.inhabitants());
      return result;
    }
  }

  @AfterAll
  void defaultPartSize() {
    System.clearProperty(SparkEngineFactory.PART_BYTES);
  }

  @Test
  void indicatorsAreByteIdentical() throws Exception {
    assertTrue(duckResult.rows().size() > 2000);
    assertArrayEquals(
        Files.readAllBytes(duck.publication().resolve("indicatoren.csv")),
        Files.readAllBytes(spark.publication().resolve("indicatoren.csv")));
  }

  @Test
  void wijkSizesAreTheSame() {
    java.util.Comparator<WijkInhabitants> order =
        java.util.Comparator.comparing(WijkInhabitants::schooljaar)
            .thenComparing(WijkInhabitants::wijkCode);
    assertTrue(duckInhabitants.size() > 15, "wijk sizes: " + duckInhabitants.size());
    assertEquals(
        duckInhabitants.stream().sorted(order).toList(),
        sparkInhabitants.stream().sorted(order).toList());
  }

  @Test
  void dataQualityIsByteIdentical() throws Exception {
    String duckQuality = Files.readString(duck.dataQuality());
    assertTrue(duckQuality.contains("inschrijvingen_po_parnassys.csv"));
    assertEquals(duckQuality, Files.readString(spark.dataQuality()));
  }

  @Test
  void rejectFilesAreByteIdentical() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(duck.rejects())) {
      files = listing.map(Path::getFileName).sorted().toList();
    }
    assertEquals(
        10, files.size(), files.toString()); // every personal file of the sample has rejects
    try (Stream<Path> listing = Files.list(spark.rejects())) {
      assertEquals(files, listing.map(Path::getFileName).sorted().toList());
    }
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(duck.rejects().resolve(file)),
          Files.readAllBytes(spark.rejects().resolve(file)),
          file.toString());
    }
  }

  @Test
  void withoutLakeLocationBothLakesAreInTheInternalFolderWithTheSameDatasets() throws Exception {
    for (String dataset :
        List.of(
            "inschrijvingen",
            "vertragingen",
            "vsv",
            "thuiszitters",
            "schooladviezen",
            "rmc",
            "referentie")) {
      assertTrue(Files.isDirectory(duck.lake().resolve(dataset)), dataset);
      assertTrue(Files.isDirectory(spark.lake().resolve(dataset)), dataset);
    }
    assertTrue(
        Files.isDirectory(spark.internal().resolve("lake/inschrijvingen/schooljaar=2023-2024")));
    assertFalse(Files.exists(spark.lake().resolve("spark-werk")), "Spark's staging is removed");
    try (Stream<Path> published = Files.list(spark.publication())) {
      assertEquals(
          List.of("datakwaliteit.csv", "indicatoren.csv", "indicatoren.parquet"),
          published.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing about persons in the publication");
    }
  }

  @Test
  void theSparkEngineRegistersItself() {
    assertEquals("spark", EngineFactory.find("spark").orElseThrow().name());
    assertEquals("duckdb", EngineFactory.find("duckdb").orElseThrow().name());
  }
}
