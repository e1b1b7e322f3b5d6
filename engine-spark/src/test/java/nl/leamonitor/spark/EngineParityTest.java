package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.compute.DuckDbIndicators;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample (regenerated from the default seed) through both engines: Spark in local
 * mode must publish a byte-identical {@code indicatoren.csv}.
 */
class EngineParityTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2025, 6, 30);

  @TempDir Path temp;

  @Test
  void sparkPublishesTheSameIndicatorsAsDuckDb() throws Exception {
    Path input = temp.resolve("zoetermeer");
    new SampleGenerator(20211001L, 35_000).write(input);
    Path run = Files.createDirectories(temp.resolve("run"));
    PseudonymKey key = PseudonymKey.of("lea-test-sleutel-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8), "test");
    IngestResult ingest = new IngestJob(new IngestSettings(Optional.of(key), 0.05, "1GB")).run(DeliveryFolder.scan(input), run);

    Path duck = Files.createDirectories(temp.resolve("duckdb"));
    AnalyticsJob.Result duckResult;
    try (DuckDbIndicators engine = new DuckDbIndicators(ingest.lake(), RAPPORTAGEDATUM, Files.createDirectories(temp.resolve("tmp1")), "1GB")) {
      duckResult = new AnalyticsJob(5).run(engine, duck, RAPPORTAGEDATUM);
    }
    Path spark = Files.createDirectories(temp.resolve("spark"));
    SparkSession session = SparkEngineFactory.session(Files.createDirectories(temp.resolve("tmp2")));
    AnalyticsJob.Result sparkResult;
    try (SparkIndicators engine = new SparkIndicators(session, ingest.lake().toUri().toString(), RAPPORTAGEDATUM, true)) {
      sparkResult = new AnalyticsJob(5).run(engine, spark, RAPPORTAGEDATUM);
    }
    assertTrue(duckResult.rows().size() > 2000);
    assertEquals(duckResult.rows().size(), sparkResult.rows().size());
    assertArrayEquals(Files.readAllBytes(duck.resolve("indicatoren.csv")), Files.readAllBytes(spark.resolve("indicatoren.csv")));
  }

  @Test
  void theSparkEngineRegistersItself() {
    assertEquals("spark", EngineFactory.find("spark").orElseThrow().name());
    assertEquals("duckdb", EngineFactory.find("duckdb").orElseThrow().name());
  }
}
