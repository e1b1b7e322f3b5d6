package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is about persons goes into the internal folder only, readable by the owner only (folders
 * 0700, files 0600), also what DuckDB wrote with its own modes; the publication gets {@code
 * datakwaliteit.csv} alone. Needs a POSIX file system, as the build machine has.
 */
class OwnerOnlyTest {
  @TempDir Path temp;

  @Test
  void ingestWritesAboutPersonsOnlyIntoTheInternalFolderForTheOwnerOnly() throws Exception {
    // postcode-ongeldig.csv: line 2 is accepted (schooljaar 2023-2024), line 3 rejected.
    TestDelivery d =
        new TestDelivery(temp).add("bad-input/postcode-ongeldig.csv", "inschrijvingen.csv");
    OutputFolders out =
        new OutputFolders(
            Files.createDirectories(temp.resolve("publicatie")), temp.resolve("intern"));
    new IngestJob(
            new IngestSettings(
                Optional.of(
                    PseudonymKey.of(TestDelivery.KEY.getBytes(StandardCharsets.UTF_8), "test")),
                1.0,
                nl.leamonitor.ingest.MemoryLimit.megabytes(256)))
        .run(DeliveryFolder.scan(d.input), out);

    assertEquals(
        List.of("datakwaliteit.csv"),
        names(out.publication()),
        "the publication holds no rejects and no lake");
    assertTrue(Files.isRegularFile(out.internal().resolve("afgekeurd/inschrijvingen.csv")));
    assertTrue(
        Files.isRegularFile(
            out.internal().resolve("lake/inschrijvingen/schooljaar=2023-2024/data_0.parquet")));
    assertTrue(Files.isRegularFile(out.internal().resolve("lake/referentie/wijken.parquet")));
    // The staged rows (pseudonymised persons) are removed as soon as their lake is written, not
    // kept until the run's scratch folder goes.
    Path staging = out.work().resolve("staging");
    assertTrue(Files.isDirectory(staging), "the staging folder was used");
    assertEquals(
        List.of(),
        tree(staging).stream().filter(Files::isRegularFile).toList(),
        "no staging file is left after ingest");
    assertEquals("rwx------", mode(out.internal()));
    for (Path written : List.of(out.rejects(), out.lake())) {
      List<Path> tree = tree(written);
      assertTrue(tree.size() >= 2, tree.toString());
      for (Path p : tree) {
        assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", mode(p), p.toString());
      }
    }
  }

  @Test
  void createDirectoriesMakesMissingFoldersOwnerOnlyAndLeavesExistingParentsAlone()
      throws Exception {
    Path parent = Files.createDirectories(temp.resolve("uit"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    OwnerOnly.createDirectories(parent.resolve("intern/runs"));
    assertEquals("rwxr-xr-x", mode(parent));
    assertEquals("rwx------", mode(parent.resolve("intern")));
    assertEquals("rwx------", mode(parent.resolve("intern/runs")));

    Path existing = Files.createDirectories(temp.resolve("controle/afgekeurd"));
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxrwxr-x"));
    OwnerOnly.createDirectories(existing);
    assertEquals("rwx------", mode(existing), "an existing folder is restricted too");
  }

  @Test
  void newWriterRestrictsAnEarlierFileBeforeEmptyingIt() throws Exception {
    Path file = temp.resolve("x.csv");
    Files.writeString(file, "oude regels\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (Writer w = OwnerOnly.newWriter(file)) {
      assertEquals("rw-------", mode(file));
      w.write("nieuw\n");
    }
    assertEquals("nieuw\n", Files.readString(file));
    try (Writer w = OwnerOnly.newWriter(temp.resolve("nieuw.csv"))) {
      assertEquals("rw-------", mode(temp.resolve("nieuw.csv")));
    }
  }

  @Test
  void restrictTreeDoesNotFollowLinksOutOfTheTree() throws Exception {
    Path outside = Files.writeString(temp.resolve("gedeeld.txt"), "x");
    Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
    Path root = Files.createDirectories(temp.resolve("intern/lake/vsv"));
    Files.writeString(root.resolve("data_0.parquet"), "x");
    Files.createSymbolicLink(temp.resolve("intern/link"), outside);
    OwnerOnly.restrictTree(temp.resolve("intern"));
    assertEquals("rw-------", mode(root.resolve("data_0.parquet")));
    assertEquals("rwx------", mode(temp.resolve("intern/lake")));
    assertEquals("rw-r--r--", mode(outside), "a link's target is not the tree's");
  }

  static String mode(Path p) throws java.io.IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  private static List<String> names(Path dir) throws java.io.IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Path> tree(Path root) throws java.io.IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return new ArrayList<>(walk.toList());
    }
  }
}
