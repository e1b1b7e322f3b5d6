package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea run --engine spark} as a user runs it: {@code java -jar cli/target/lea.jar}, which
 * has no Spark on its classpath, finds the engine and Spark through {@code LEA_SPARK_LIB} (this
 * module's target folder, as the launcher sets it) and publishes what DuckDB publishes.
 */
class SparkCommandTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("lea.repository", ".."));
  private static final String KEY = "lea-test-sleutel-0123456789abcdef-0123456789";

  @TempDir Path temp;

  @Test
  void theCommandLoadsSparkAndPublishesDuckDbsNumbers() throws Exception {
    Path input = temp.resolve("aanlevering");
    new SampleGenerator(12, 2_500).write(input);
    Process spark = lea(input, "spark");
    Process duckdb = lea(input, "duckdb");
    assertEquals(0, spark.exitValue(), Files.readString(temp.resolve("spark.log")));
    assertEquals(0, duckdb.exitValue(), Files.readString(temp.resolve("duckdb.log")));

    String log = Files.readString(temp.resolve("spark.log"), StandardCharsets.UTF_8);
    assertTrue(log.contains("Ingest klaar (Spark)"), log);
    assertFalse(log.contains("Exception"), log);
    assertFalse(log.contains(" INFO  SparkContext"), "Spark's own INFO lines stay out of lea's log");
    String manifest = Files.readString(temp.resolve("spark/latest/manifest.json"));
    assertTrue(manifest.contains("\"engine_versie\" : \"Apache Spark 4.1.3\""), manifest);
    for (String file : List.of("indicatoren.csv", "datakwaliteit.csv")) {
      assertArrayEquals(Files.readAllBytes(temp.resolve("duckdb/latest").resolve(file)),
          Files.readAllBytes(temp.resolve("spark/latest").resolve(file)), file);
    }
    assertTrue(Files.size(temp.resolve("spark/latest/rapport.pdf")) > 10_000);
  }

  private Process lea(Path input, String engine) throws Exception {
    File jar = REPOSITORY.resolve("cli/target/lea.jar").toFile();
    assertTrue(jar.isFile(), "build the cli first (mvn install from the repository root): " + jar);
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-jar", jar.toString(), "run", "--engine", engine, "--input", input.toString(),
        "--out", temp.resolve(engine).toString(), "--rapportagedatum", "2025-06-30")
        .redirectErrorStream(true).redirectOutput(temp.resolve(engine + ".log").toFile());
    builder.environment().put("LEA_PSEUDONIEM_SLEUTEL", KEY);
    builder.environment().put("LEA_SPARK_LIB", REPOSITORY.resolve("engine-spark/target").toString());
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("lea run --engine " + engine + " did not finish in 10 minutes");
    }
    return process;
  }
}
