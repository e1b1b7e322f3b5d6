package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code lea run} (SIGKILL) at 20 moments from ingest to publication; after each kill
 * {@code latest} is still the previous complete publication, {@code intern/latest} the same run's
 * complete internal folder, and the next run succeeds without any clean-up by hand.
 */
@Tag("langzaam") // over 20 s (the full kill series): left out by mvn verify -P snel, run in CI
class KillTest {
  /** Log lines at which the run is killed, in the order they appear. */
  private static final List<String> KILL_POINTS =
      List.of(
          "INFO  Run ",
          "INFO  Lezen: referentie/wijken.csv",
          "INFO  Lezen: referentie/bevolking.csv",
          "INFO  Lezen: Inschrijvingen_MBO_HBO_Eduarte.csv",
          "INFO  Lezen: VSV_MBO_Eduarte.csv",
          "INFO  Lezen: inschrijvingen_po_parnassys.csv",
          "INFO  Lezen: inschrijvingen_vve_kinderopvang.csv",
          "INFO  Lezen: vertragingen_cito_lvs.csv",
          "INFO  Lezen: vsv_vo_rmc.csv",
          "INFO  Lake: wijken",
          "INFO  Lake: inschrijvingen",
          "INFO  Lake: vertragingen",
          "INFO  Lake: thuiszitters",
          "INFO  Ingest klaar",
          "INFO  Indicator I01_leerlingen",
          "INFO  Indicator I04_vsv_percentage",
          "INFO  Indicator I08_overgang_mbo_hbo",
          "INFO  Kleine aantallen",
          "INFO  Rapporten geschreven",
          "INFO  Gepubliceerd");

  @TempDir Path temp;

  @Test
  void latestSurvivesAKillAtEveryPoint() throws Exception {
    Path input = temp.resolve("aanlevering");
    new SampleGenerator(11, 3000).write(input);
    String[] args = {
      "run", "--input", input.toString(), "--out", "out", "--rapportagedatum", "2025-06-30"
    };

    LeaProcess.Result first = LeaProcess.runWithKey(temp, args);
    assertEquals(0, first.exitCode(), first.stderr());
    Path published = temp.resolve("out/latest").toRealPath();
    String indicators = Files.readString(published.resolve("indicatoren.csv"));
    assertInternalLatestIsComplete(published, false);

    List<String> killedAt = new ArrayList<>();
    for (String point : KILL_POINTS) {
      if (killAt(point, args)) {
        killedAt.add(point);
      }
      Path latest = temp.resolve("out/latest").toRealPath();
      if (point.equals("INFO  Gepubliceerd")) {
        // Killed after the switch: the new publication is complete and becomes the one to keep.
        published = latest;
      }
      assertEquals(published, latest, "latest after a kill at '" + point + "'");
      assertEquals(indicators, Files.readString(temp.resolve("out/latest/indicatoren.csv")));
      assertTrue(Files.exists(temp.resolve("out/latest/rapport.pdf")));
      assertTrue(Files.exists(temp.resolve("out/latest/datakwaliteit.csv")));
      assertTrue(Files.exists(temp.resolve("out/latest/manifest.json")));
      assertInternalLatestIsComplete(latest, point.equals("INFO  Rapporten geschreven"));
    }
    assertEquals(KILL_POINTS, killedAt, "every kill point was reached");

    LeaProcess.Result after = LeaProcess.runWithKey(temp, args);
    assertEquals(0, after.exitCode(), after.stderr());
    assertFalse(
        published.equals(temp.resolve("out/latest").toRealPath()), "the next run publishes");
    System.out.printf(
        "Kill-test: %d keer SIGKILL, %d keer latest en intern/latest intact, volgende run"
            + " geslaagd%n",
        killedAt.size(), killedAt.size());
    assertEquals(
        indicators,
        Files.readString(temp.resolve("out/latest/indicatoren.csv")),
        "and publishes the same numbers");
    assertInternalLatestIsComplete(temp.resolve("out/latest").toRealPath(), false);
    List<String> runFolders = names(temp.resolve("out/runs"));
    assertEquals(
        List.of(),
        runFolders.stream().filter(n -> n.endsWith(".bezig")).toList(),
        "the killed runs' folders are gone");
    // Every internal folder belongs to a run folder: a kill between the two renames left none
    // behind.
    assertEquals(runFolders, names(temp.resolve("out/intern/runs")));
  }

  /**
   * Asserts that {@code intern/latest} is a complete internal folder of the run {@code latest}
   * points at; when the kill may have fallen between the two link switches (the window right after
   * the reports), it may instead be the killed run's, which is complete but unpublished.
   */
  private void assertInternalLatestIsComplete(Path latest, boolean mayBeOneAhead) throws Exception {
    Path internal = temp.resolve("out/intern/latest").toRealPath();
    assertEquals(temp.resolve("out/intern/runs").toRealPath(), internal.getParent());
    String id = internal.getFileName().toString();
    if (!id.equals(latest.getFileName().toString())) {
      assertTrue(mayBeOneAhead, "intern/latest is " + id + ", latest " + latest.getFileName());
      assertTrue(
          id.compareTo(latest.getFileName().toString()) > 0
              && Files.isDirectory(latest.resolveSibling(id)),
          id);
    }
    assertEquals(List.of("afgekeurd", "kleine-aantallen.csv", "lake"), names(internal));
    assertTrue(Files.isRegularFile(internal.resolve("lake/referentie/wijken.parquet")));
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Starts a run and kills it when a log line starting with the point appears; returns whether it
   * did.
   */
  private boolean killAt(String point, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Lea.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(temp.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("LEA_PSEUDONIEM_SLEUTEL", LeaProcess.KEY);
    Process process = builder.start();
    boolean killed = false;
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        if (line.length() > 9 && line.substring(9).startsWith(point)) {
          process.destroyForcibly();
          killed = true;
          break;
        }
      }
    }
    process.waitFor(1, TimeUnit.MINUTES);
    return killed;
  }
}
