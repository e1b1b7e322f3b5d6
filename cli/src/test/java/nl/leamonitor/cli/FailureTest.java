package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import nl.leamonitor.ingest.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads when a command stops with an exception: the contract's exit code and Dutch
 * words, never a Java class name, also for a failed file operation.
 */
class FailureTest {
  @TempDir Path temp;

  private static void assertFailure(int exitCode, String line, Throwable e) {
    assertEquals(new Failure(exitCode, List.of(line)), Failure.of(e));
  }

  @Test
  void aConfigurationErrorIsTwo() {
    assertFailure(
        2, "Configuratiefout: Zet de sleutel.", new ConfigurationException("Zet de sleutel."));
    // Thrown on another thread and joined: the same.
    assertFailure(
        2,
        "Configuratiefout: Zet de sleutel.",
        new CompletionException(new ConfigurationException("Zet de sleutel.")));
  }

  @Test
  void aFullDiskIsSaidInWords() throws Exception {
    assertFailure(
        1,
        "Onverwachte fout: rapport.pdf kon niet geschreven worden: de schijf is vol"
            + " (uit/runs/1/rapport.pdf). Maak ruimte vrij op de schijf.",
        new UncheckedIOException(
            "rapport.pdf kon niet geschreven worden",
            new FileSystemException("uit/runs/1/rapport.pdf", null, "No space left on device")));
    // The kernel's own answer: /dev/full takes no byte.
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full is Linux's always-full device");
    IOException real = assertThrows(IOException.class, () -> Files.write(full, new byte[1]));
    assertFailure(1, "Onverwachte fout: de schijf is vol. Maak ruimte vrij op de schijf.", real);
  }

  @Test
  void theKindsOfFileErrorsAreSaidInWords() throws Exception {
    assertFailure(
        1,
        "Onverwachte fout: onvoldoende rechten (uit/lea.log). Geef de gebruiker die lea start lees-"
            + " en schrijfrechten.",
        new AccessDeniedException("uit/lea.log"));
    Path gone = temp.resolve("weg.csv");
    assertFailure(
        1,
        "Onverwachte fout: het bestand of de map bestaat niet (" + gone + "). Controleer het pad.",
        assertThrows(IOException.class, () -> Files.readString(gone)));
    Path file = Files.writeString(temp.resolve("bestand"), "x");
    assertFailure(
        1,
        "Onverwachte fout: een deel van het pad is een bestand, geen map ("
            + file.resolve("map")
            + "). Controleer het pad: elk deel ervan moet een map zijn.",
        assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("map"))));
    assertFailure(
        1,
        "Onverwachte fout: het bestandssysteem is alleen-lezen (/mnt/uit). Laat de beheerder de"
            + " schijf beschrijfbaar maken.",
        new FileSystemException("/mnt/uit", null, "Read-only file system"));
    assertFailure(
        1,
        "Onverwachte fout: de schijfruimte van de gebruiker (quota) is op. Maak ruimte vrij, of"
            + " vraag de beheerder om meer ruimte.",
        new IOException("Disk quota exceeded"));
    // A reason the tool does not know is not repeated: it is the system's English.
    assertFailure(
        1,
        "Onverwachte fout: het besturingssysteem meldt een lees- of schrijffout. Start opnieuw met"
            + " LEA_DEBUG=1 voor de details.",
        new IllegalStateException(new IOException("Input/output error")));
  }

  /**
   * An analyst set duckdb_geheugen to 64MB and read DuckDB's English message with SQL and a path:
   * now what to do, in Dutch.
   */
  @Test
  void javaOutOfMemoryNamesTheHeapOption() {
    assertFailure(
        Lea.FAILURE,
        "Onverwachte fout: Java had te weinig geheugen voor deze aanlevering. Geef Java meer"
            + " geheugen: start ./lea met LEA_JAVA_OPTS=\"-Xmx2g -XX:+UseParallelGC\""
            + " (standaard -Xmx1g).",
        new OutOfMemoryError("Java heap space"));
  }

  @Test
  void duckDbOutOfMemoryNamesTheSetting() {
    assertFailure(
        Lea.FAILURE,
        "Onverwachte fout: DuckDB had te weinig geheugen voor deze aanlevering. Zet"
            + " duckdb_geheugen in lea.yaml hoger (standaard 1GB), of laat het weg.",
        new IllegalStateException(
            "model int_inschrijvingen mislukt",
            new java.sql.SQLException(
                "Out of Memory Error: failed to allocate data of size 16.0 MiB (60.0 MiB/61.0"
                    + " MiB used); Possible solutions: SET memory_limit")));
  }

  @Test
  void anUnexpectedErrorShowsNoJavaName() {
    // The JVM's message for a null pointer names a method: left out.
    String nothing = null;
    NullPointerException npe = assertThrows(NullPointerException.class, () -> nothing.length());
    assertFailure(
        1, "Onverwachte fout in LEA Monitor. Start opnieuw met LEA_DEBUG=1 voor de details.", npe);
    // A message of LEA Monitor's own (thrown from its code) is shown, masked.
    IllegalStateException own = ownError("de wijken tellen op tot meer dan de gemeente: 111222333");
    assertFailure(
        1,
        "Onverwachte fout: de wijken tellen op tot meer dan de gemeente: ******333. Start opnieuw"
            + " met LEA_DEBUG=1 voor de details.",
        own);
    // ... but not when it names a class, as a wrapped exception's message does.
    assertFailure(
        1,
        "Onverwachte fout in LEA Monitor. Start opnieuw met LEA_DEBUG=1 voor de details.",
        ownError("java.lang.ArithmeticException: / by zero"));
    // A kind LEA Monitor never throws with a message of its own (a library's, English): left out.
    assertFailure(
        1,
        "Onverwachte fout in LEA Monitor. Start opnieuw met LEA_DEBUG=1 voor de details.",
        new java.util.ConcurrentModificationException("list changed"));
  }

  @Test
  void theDebugTraceIsMasked() {
    String trace =
        Failure.trace(
            new IllegalStateException(
                "regel 3", new IllegalArgumentException("geen schooljaar: 111222333")));
    assertTrue(trace.contains("geen schooljaar: ******333"), trace);
    assertFalse(trace.contains("111222333"), trace);
    assertTrue(trace.contains("\tat nl.leamonitor.cli.FailureTest."), "a trace, for a developer");
  }

  private static IllegalStateException ownError(String message) {
    return new IllegalStateException(message);
  }
}
