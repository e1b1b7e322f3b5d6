package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import nl.leamonitor.cli.publish.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs publish into their own folders; {@code latest} only ever points at a complete one, and
 * {@code intern/latest} at the same run's internal folder.
 */
class PublicationTest {
  @TempDir Path temp;

  @Test
  void latestSwitchesToTheNewRunAndTheOldOneStays() throws Exception {
    Path out = temp.resolve("out");
    RunFolder first = RunFolder.create(out);
    Files.writeString(first.path().resolve("datakwaliteit.csv"), "eerste", StandardCharsets.UTF_8);
    Files.writeString(
        Files.createDirectories(first.internal().resolve("afgekeurd")).resolve("x.csv"), "eerste");
    assertFalse(Files.exists(out.resolve("latest")), "nothing is visible before publication");
    assertFalse(
        Files.exists(out.resolve("intern/latest")), "nothing is visible before publication");
    Path firstDone = first.publish();
    assertEquals("eerste", Files.readString(out.resolve("latest/datakwaliteit.csv")));
    assertEquals("eerste", Files.readString(out.resolve("intern/latest/afgekeurd/x.csv")));

    RunFolder second = RunFolder.create(out);
    assertNotEquals(first.id(), second.id());
    Files.writeString(second.path().resolve("datakwaliteit.csv"), "tweede", StandardCharsets.UTF_8);
    Files.writeString(
        Files.createDirectories(second.internal().resolve("afgekeurd")).resolve("x.csv"), "tweede");
    assertEquals(
        "eerste",
        Files.readString(out.resolve("latest/datakwaliteit.csv")),
        "a run in progress is not visible");
    assertEquals(
        "eerste",
        Files.readString(out.resolve("intern/latest/afgekeurd/x.csv")),
        "a run in progress is not visible");
    second.publish();
    assertEquals("tweede", Files.readString(out.resolve("latest/datakwaliteit.csv")));
    assertEquals("tweede", Files.readString(out.resolve("intern/latest/afgekeurd/x.csv")));
    assertTrue(Files.isSymbolicLink(out.resolve("latest")));
    assertTrue(Files.isSymbolicLink(out.resolve("intern/latest")));
    assertEquals(
        Path.of("runs", second.id()), Files.readSymbolicLink(out.resolve("intern/latest")));
    assertEquals("eerste", Files.readString(firstDone.resolve("datakwaliteit.csv")));
    assertEquals(
        "eerste",
        Files.readString(
            out.resolve("intern/runs").resolve(first.id()).resolve("afgekeurd/x.csv")));
    assertEquals("intern/runs/" + second.id(), second.internalName());
  }

  @Test
  void abandonedRunsAreCleanedUpInBothPlacesAndFailedRunsKept() throws Exception {
    Path out = temp.resolve("out");
    // Killed while writing: both folders still .bezig.
    Path abandoned = Files.createDirectories(out.resolve("runs/20200101-000000.bezig"));
    Path abandonedInternal =
        Files.createDirectories(out.resolve("intern/runs/20200101-000000.bezig/lake"));
    // Killed between the two renames: the internal folder has its final name, the publication not
    // yet.
    Path halfRenamed = Files.createDirectories(out.resolve("runs/20200102-000000.bezig"));
    Path halfRenamedInternal =
        Files.createDirectories(out.resolve("intern/runs/20200102-000000/afgekeurd"));
    RunFolder failing = RunFolder.create(out);
    for (Path gone :
        List.of(
            abandoned,
            abandonedInternal.getParent(),
            halfRenamed,
            halfRenamedInternal.getParent())) {
      assertFalse(Files.exists(gone), gone + ": a folder left by a killed run is removed");
    }
    Files.writeString(
        Files.createDirectories(failing.internal().resolve("afgekeurd")).resolve("x.csv"),
        "afgekeurd");
    Path failed = failing.fail();
    assertEquals(out.resolve("intern/runs").resolve(failing.id() + ".mislukt"), failed);
    assertTrue(Files.isDirectory(out.resolve("runs").resolve(failing.id() + ".mislukt")));
    assertEquals(
        "rw-------",
        CheckCommandTest.mode(failed.resolve("afgekeurd/x.csv")),
        "restricted before it is kept");
    RunFolder.create(out);
    assertTrue(Files.isDirectory(failed), "a failed run stays for inspection");
    assertEquals("afgekeurd", Files.readString(failed.resolve("afgekeurd/x.csv")));
  }

  /**
   * A run killed between switching {@code intern/latest} and switching {@code latest} leaves the
   * internal link one run ahead; the next run points it back at the published run.
   */
  @Test
  void theNextRunPointsInternLatestBackAtThePublishedRun() throws Exception {
    Path out = temp.resolve("out");
    RunFolder first = RunFolder.create(out);
    first.publish();
    RunFolder second = RunFolder.create(out);
    second.publish();
    // The state such a kill leaves: latest still at the first run, intern/latest at the second, and
    // a new link for latest made but not yet renamed.
    Path link = out.resolve(".latest-" + second.id());
    Files.createSymbolicLink(out.resolve(".latest-x"), Path.of("runs", first.id()));
    Files.move(
        out.resolve(".latest-x"),
        out.resolve("latest"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    Files.createSymbolicLink(link, Path.of("runs", second.id()));
    assertEquals(
        Path.of("runs", second.id()), Files.readSymbolicLink(out.resolve("intern/latest")));

    RunFolder third = RunFolder.create(out);
    assertEquals(
        Path.of("runs", first.id()),
        Files.readSymbolicLink(out.resolve("latest")),
        "the publication is untouched");
    assertEquals(Path.of("runs", first.id()), Files.readSymbolicLink(out.resolve("intern/latest")));
    assertFalse(
        Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS),
        "the unrenamed link is removed");
    assertTrue(
        Files.isDirectory(out.resolve("intern/runs").resolve(second.id())),
        "the unpublished run is kept, like an older one");
    third.publish();
    assertEquals(Path.of("runs", third.id()), Files.readSymbolicLink(out.resolve("latest")));
    assertEquals(Path.of("runs", third.id()), Files.readSymbolicLink(out.resolve("intern/latest")));
  }

  @Test
  void aFolderWhereTheInternalLinkBelongsStopsPublicationBeforeEitherLinkChanges()
      throws Exception {
    Path out = temp.resolve("out");
    RunFolder first = RunFolder.create(out);
    first.publish();
    Files.delete(out.resolve("intern/latest"));
    Files.createDirectories(out.resolve("intern/latest"));
    RunFolder second = RunFolder.create(out);
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, second::publish);
    assertEquals(
        out.resolve("intern/latest")
            + " is geen symbolische link; verplaats die map, dan kan de run publiceren",
        e.getMessage());
    assertEquals(Path.of("runs", first.id()), Files.readSymbolicLink(out.resolve("latest")));
  }

  @Test
  void theInternalAreaIsCreatedForTheOwnerOnlyAndRestrictedWhenItExisted() throws Exception {
    Path out = temp.resolve("out");
    Files.createDirectories(out.resolve("intern/runs"));
    Files.setPosixFilePermissions(
        out.resolve("intern"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    RunFolder run = RunFolder.create(out);
    assertEquals("rwx------", CheckCommandTest.mode(out.resolve("intern")));
    assertEquals("rwx------", CheckCommandTest.mode(out.resolve("intern/runs")));
    assertEquals("rwx------", CheckCommandTest.mode(run.internal()));
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertEquals(
          List.of(run.id() + ".bezig"), runs.map(p -> p.getFileName().toString()).toList());
    }
  }
}
