package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.leamonitor.cli.publish.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs publish into their own folders; {@code latest} only ever points at a complete one. */
class PublicationTest {
  @TempDir Path temp;

  @Test
  void latestSwitchesToTheNewRunAndTheOldOneStays() throws Exception {
    Path out = temp.resolve("out");
    RunFolder first = RunFolder.create(out);
    Files.writeString(first.path().resolve("datakwaliteit.csv"), "eerste", StandardCharsets.UTF_8);
    assertFalse(Files.exists(out.resolve("latest")), "nothing is visible before publication");
    Path firstDone = first.publish();
    assertEquals("eerste", Files.readString(out.resolve("latest/datakwaliteit.csv")));

    RunFolder second = RunFolder.create(out);
    assertNotEquals(first.id(), second.id());
    Files.writeString(second.path().resolve("datakwaliteit.csv"), "tweede", StandardCharsets.UTF_8);
    assertEquals("eerste", Files.readString(out.resolve("latest/datakwaliteit.csv")), "a run in progress is not visible");
    second.publish();
    assertEquals("tweede", Files.readString(out.resolve("latest/datakwaliteit.csv")));
    assertTrue(Files.isSymbolicLink(out.resolve("latest")));
    assertEquals("eerste", Files.readString(firstDone.resolve("datakwaliteit.csv")));
  }

  @Test
  void abandonedRunsAreCleanedUpAndFailedRunsKept() throws Exception {
    Path out = temp.resolve("out");
    Path abandoned = out.resolve("runs/20200101-000000.bezig");
    Files.createDirectories(abandoned.resolve("lake"));
    RunFolder failing = RunFolder.create(out);
    assertFalse(Files.exists(abandoned), "a folder left by a killed run is removed");
    Path failed = failing.fail();
    assertTrue(failed.getFileName().toString().endsWith(".mislukt"));
    RunFolder.create(out);
    assertTrue(Files.isDirectory(failed), "a failed run stays for inspection");
  }
}
