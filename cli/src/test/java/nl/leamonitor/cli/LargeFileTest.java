package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the delivery: a generated enrolment file of 2 GB is ingested and
 * published by {@code lea run} in a JVM limited to {@code -Xmx1g}. Size and limit can be set with
 * {@code -Dlea.groot.bytes} and {@code -Dlea.groot.xmx}.
 */
@Tag("langzaam") // over 20 s (the 2 GB file): left out by mvn verify -P snel, run in CI
class LargeFileTest {
  private static final long BYTES = Long.getLong("lea.groot.bytes", 2L * 1024 * 1024 * 1024);
  private static final String XMX = System.getProperty("lea.groot.xmx", "1g");

  @TempDir Path temp;

  @Test
  void twoGigabytesWithOneGigabyteOfHeap() throws Exception {
    Path input = temp.resolve("aanlevering");
    Files.createDirectories(input.resolve("referentie"));
    Files.writeString(
        input.resolve("referentie/wijken.csv"),
        "wijk_code;wijk_naam;gemeente_code\nWK063701;Centrum;GM0637\nWK063702;Dorp;GM0637\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("referentie/postcodes.csv"),
        "postcode;wijk_code\n2711;WK063701\n2712;WK063702\n",
        StandardCharsets.UTF_8);
    long rows = 0;
    long started = System.nanoTime();
    Path big = input.resolve("inschrijvingen_groot.csv");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(
          "leerling_id;schooljaar;geboortedatum;postcode;brin;vestiging;sector;onderwijstype;"
              + "leerjaar;diploma;vve_indicatie;opmerking\n");
      long written = 0;
      StringBuilder line = new StringBuilder(160);
      while (written < BYTES) {
        long person = rows / 4;
        int year = 2020 + (int) (rows % 4);
        int leerjaar = 1 + (int) ((person + rows % 4) % 8);
        line.setLength(0);
        line.append("leerling-")
            .append(person)
            .append(';')
            .append(year)
            .append('-')
            .append(year + 1)
            .append(";2014-0")
            .append(1 + person % 9)
            .append("-1")
            .append(person % 9)
            .append(";271")
            .append(1 + person % 2)
            .append((char) ('A' + person % 26))
            .append((char) ('A' + person / 26 % 26))
            .append(";1")
            .append(person % 10)
            .append("AB;0")
            .append(person % 3)
            .append(";PO;;")
            .append(leerjaar)
            .append(";N;")
            .append(person % 7 == 0 ? "J" : "N")
            .append(";vrije tekst van de school\n");
        w.append(line);
        written += line.length();
        rows++;
      }
    }
    long size = Files.size(big);
    double generated = (System.nanoTime() - started) / 1e9;

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + XMX,
                "-cp",
                System.getProperty("java.class.path"),
                Lea.class.getName(),
                "run",
                "--input",
                input.toString(),
                "--out",
                temp.resolve("uit").toString(),
                "--rapportagedatum",
                "2025-06-30"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("run.log").toFile());
    started = System.nanoTime();
    Process process = builder.start();
    assertTrue(process.waitFor(30, TimeUnit.MINUTES), "finished");
    double seconds = (System.nanoTime() - started) / 1e9;
    String log = Files.readString(temp.resolve("run.log"));
    assertEquals(
        0,
        process.exitValue(),
        log.lines().skip(Math.max(0, log.lines().count() - 20)).reduce("", (a, b) -> a + "\n" + b));
    String quality = Files.readString(temp.resolve("uit/latest/datakwaliteit.csv"));
    assertTrue(
        quality.contains("inschrijvingen_groot.csv,inschrijvingen," + rows + "," + rows + ",0,0,0"),
        quality);
    Files.delete(big);
    System.out.printf(
        java.util.Locale.forLanguageTag("nl-NL"),
        "Groot bestand: %,d bytes, %,d regels (gemaakt in %.0f s), ingelezen en gepubliceerd met"
            + " -Xmx%s in %.0f s%n",
        size,
        rows,
        generated,
        XMX,
        seconds);
  }
}
