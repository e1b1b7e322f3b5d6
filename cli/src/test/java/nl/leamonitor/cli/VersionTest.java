package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea --version} says whether the Spark engine is installed, in Dutch with its "ë", also
 * where the locale is the POSIX one (no LANG, as under cron or systemd).
 */
class VersionTest {
  @TempDir Path temp;

  /** The environment of cron: the C locale, whose character set is ASCII. */
  private static Map<String, String> posixLocale(String sparkLib) {
    Map<String, String> env = new HashMap<>();
    env.put("LANG", null);
    env.put("LC_CTYPE", null);
    env.put("LC_ALL", "C");
    env.put(EngineLocator.SPARK_LIB, sparkLib);
    return env;
  }

  private List<String> version(Map<String, String> env) throws Exception {
    LeaProcess.Result r = LeaProcess.run(temp, env, "--version");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("", r.stderr());
    return r.stdout().lines().toList();
  }

  @Test
  void anInstalledSparkEngineIsSaidToBeInstalled() throws Exception {
    // Laid out as the build installs engine-spark/target, where ./lea points LEA_SPARK_LIB.
    Path lib = Files.createDirectories(temp.resolve("engine-spark/spark-lib")).getParent();
    try (JarOutputStream jar =
        new JarOutputStream(Files.newOutputStream(lib.resolve("lea-engine-spark.jar")))) {
      jar.putNextEntry(
          new JarEntry("META-INF/services/nl.leamonitor.analytics.compute.EngineFactory"));
      jar.write((FakeSparkEngine.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    List<String> lines = version(posixLocale(lib.toString()));
    assertEquals("Spark-engine: geïnstalleerd", lines.get(2), String.join("\n", lines));
    assertEquals("LEA Monitor ontwikkelversie", lines.get(0));
  }

  @Test
  void aMissingSparkEngineIsSaidToBeMissing() throws Exception {
    assertEquals(
        "Spark-engine: niet geïnstalleerd (start lea met ./lea, dat haar bouwt en vindt; zie"
            + " README, 'Spark')",
        version(posixLocale(null)).get(2));
    // A folder without the engine's jar is no better.
    Path empty = Files.createDirectories(temp.resolve("leeg"));
    assertEquals(
        "Spark-engine: niet geïnstalleerd (start lea met ./lea, dat haar bouwt en vindt; zie"
            + " README, 'Spark')",
        version(posixLocale(empty.toString())).get(2));
  }

  @Test
  void theEngineTheBuildInstalledIsFound() throws Exception {
    Path built = Path.of(System.getProperty("lea.repository"), "engine-spark", "target");
    assumeTrue(
        Files.isRegularFile(built.resolve("lea-engine-spark.jar")),
        "engine-spark is built after cli in the reactor; run after mvn install");
    assertEquals("Spark-engine: geïnstalleerd", version(posixLocale(built.toString())).get(2));
  }
}
