package nl.leamonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea run --engine spark} as a user on a cluster runs it: {@code java -jar
 * cli/target/lea.jar}, which has no Spark on its classpath, finds the engine and Spark through
 * {@code LEA_SPARK_LIB} (this module's target folder, as the launcher sets it), reads the delivery
 * from HDFS, writes the lake to HDFS, and publishes what DuckDB publishes from the same files on
 * the local disk. The HDFS is real: a namenode and a datanode in this JVM (Hadoop's
 * MiniDFSCluster).
 */
@Tag("langzaam") // over 20 s (Spark over HDFS): left out by mvn verify -P snel, run in CI
class SparkCommandTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("lea.repository", ".."));
  private static final String KEY = "lea-test-sleutel-0123456789abcdef-0123456789";
  private static final Pattern SHA256 = Pattern.compile("\"sha256\" : \"([0-9a-f]{64})\"");

  @TempDir Path temp;

  @Test
  void readsTheDeliveryFromHdfsWritesTheLakeThereAndPublishesDuckDbsNumbers() throws Exception {
    Path input = temp.resolve("aanlevering");
    new SampleGenerator(12, 2_500).write(input);
    // Partners' file names have spaces and brackets; they must survive HDFS addresses and task
    // URIs.
    Files.move(input.resolve("vsv_vo_rmc.csv"), input.resolve("vsv vo rmc (2025).csv"));
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, temp.resolve("hdfs").toString());
    try (MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build()) {
      hdfs.waitActive();
      FileSystem fs = hdfs.getFileSystem();
      fs.copyFromLocalFile(
          new org.apache.hadoop.fs.Path(input.toUri()),
          new org.apache.hadoop.fs.Path("/leveringen/2025"));
      String delivery = hdfs.getURI() + "/leveringen/2025";
      String lakeRoot = hdfs.getURI() + "/lea/lake";

      Process spark = lea("spark", delivery, "--lake", lakeRoot);
      Process duckdb = lea("duckdb", input.toString());
      assertEquals(0, spark.exitValue(), Files.readString(temp.resolve("spark.log")));
      assertEquals(0, duckdb.exitValue(), Files.readString(temp.resolve("duckdb.log")));

      String log = Files.readString(temp.resolve("spark.log"), StandardCharsets.UTF_8);
      assertTrue(log.contains("Ingest klaar (Spark)"), log);
      assertTrue(log.contains("invoer " + delivery), log);
      assertFalse(log.contains("Exception"), log);
      assertFalse(
          log.contains(" INFO  SparkContext"), "Spark's own INFO lines stay out of lea's log");
      assertTrue(
          Files.readString(temp.resolve("spark/latest/datakwaliteit.csv"))
              .contains("vsv vo rmc (2025).csv,vsv,"));
      for (String file :
          List.of(
              "latest/indicatoren.csv",
              "latest/datakwaliteit.csv",
              "intern/latest/afgekeurd/inschrijvingen_po_parnassys.csv")) {
        assertArrayEquals(
            Files.readAllBytes(temp.resolve("duckdb").resolve(file)),
            Files.readAllBytes(temp.resolve("spark").resolve(file)),
            file);
      }
      assertTrue(Files.size(temp.resolve("spark/latest/rapport.pdf")) > 10_000);

      // The manifest names HDFS, and the files hashed through HDFS are the bytes DuckDB read from
      // disk.
      String manifest = Files.readString(temp.resolve("spark/latest/manifest.json"));
      String duckManifest = Files.readString(temp.resolve("duckdb/latest/manifest.json"));
      assertTrue(manifest.contains("\"engine_versie\" : \"Apache Spark 4.1.3\""), manifest);
      assertTrue(manifest.contains("\"invoermap\" : \"" + delivery + "\""), manifest);
      String runId = temp.resolve("spark/latest").toRealPath().getFileName().toString();
      String lake = lakeRoot + "/" + runId + "/";
      assertTrue(manifest.contains("\"lake\" : \"" + lake + "\""), manifest);
      String duckRunId = temp.resolve("duckdb/latest").toRealPath().getFileName().toString();
      assertTrue(
          duckManifest.contains("\"lake\" : \"intern/runs/" + duckRunId + "/lake\""), duckManifest);
      assertTrue(manifest.contains("\"intern\" : \"intern/runs/" + runId + "\""), manifest);
      assertEquals(hashes(duckManifest), hashes(manifest));
      // Every CSV file and the wijk boundaries (read through HDFS too).
      try (var files = Files.walk(input)) {
        assertEquals(
            files
                .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".geojson"))
                .count(),
            hashes(manifest).size());
      }

      // The lake is on HDFS, partitioned by schooljaar, without the staging folder; not in the
      // publication.
      assertFalse(Files.exists(temp.resolve("spark/latest/lake")));
      assertFalse(Files.exists(temp.resolve("spark/intern/latest/lake")));
      assertTrue(
          fs.exists(new org.apache.hadoop.fs.Path(lake + "inschrijvingen/schooljaar=2023-2024")),
          lake);
      assertTrue(
          fs.exists(new org.apache.hadoop.fs.Path(lake + "referentie/wijken.parquet")), lake);
      assertFalse(fs.exists(new org.apache.hadoop.fs.Path(lake + "spark-werk")), "staging removed");
    }
  }

  private static List<String> hashes(String manifest) {
    List<String> hashes = new ArrayList<>();
    Matcher m = SHA256.matcher(manifest);
    while (m.find()) {
      hashes.add(m.group(1));
    }
    return hashes;
  }

  private Process lea(String engine, String input, String... more) throws Exception {
    File jar = REPOSITORY.resolve("cli/target/lea.jar").toFile();
    assertTrue(jar.isFile(), "build the cli first (mvn install from the repository root): " + jar);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-jar",
                jar.toString(),
                "run",
                "--engine",
                engine,
                "--input",
                input,
                "--out",
                temp.resolve(engine).toString(),
                "--rapportagedatum",
                "2025-06-30"));
    command.addAll(List.of(more));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve(engine + ".log").toFile());
    builder.environment().put("LEA_PSEUDONIEM_SLEUTEL", KEY);
    builder
        .environment()
        .put("LEA_SPARK_LIB", REPOSITORY.resolve("engine-spark/target").toString());
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "lea run --engine " + engine + " did not finish in 10 minutes");
    }
    return process;
  }
}
