package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.FileReport;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over the CSV reader and validator, starting from the dialect and reject
 * fixtures: byte flips, truncation (also inside a quoted field), NUL bytes, 1 MB fields,
 * 10,000-column lines, mixed encodings, stray quotes, lost line ends. Every case must end in a
 * processed file whose rows reconcile with its reject file, or in a file problem with a message;
 * anything else fails and prints the seed and case. Run longer with {@code mvn -pl ingest test
 * -Dtest=FuzzTest -Dlea.fuzz.cases=100000 -Dlea.fuzz.seed=N}.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("lea.fuzz.seed", 20261128L);
  private static final int CASES = Integer.getInteger("lea.fuzz.cases", 600);
  private static final List<String> SEEDS =
      List.of(
          "dialect/inschrijvingen-semicolon-utf8-bom-crlf.csv",
          "dialect/inschrijvingen-comma-utf8-lf-quoted.csv",
          "dialect/inschrijvingen-tab-windows1252.csv",
          "dialect/inschrijvingen-booleans.csv",
          "dialect/inschrijvingen-blank-lines-and-spaces.csv",
          "dialect/inschrijvingen-bsn-8-digits.csv",
          "bad-input/aantal-velden-te-veel.csv",
          "bad-input/identiteit-dubbel.csv",
          "bad-input/datum-ongeldig.csv",
          "bad-input/postcode-ongeldig.csv",
          "bad-input/bsn-elfproef.csv");

  @TempDir Path temp;

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = FuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyMutatedFileIsProcessedOrRejectedWithAMessage() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    List<byte[]> seeds = new ArrayList<>();
    for (String s : SEEDS) {
      seeds.add(resource(s));
    }
    byte[] wijken = resource("reference/wijken.csv");
    byte[] postcodes = resource("reference/postcodes.csv");
    PseudonymKey key = PseudonymKey.of(TestDelivery.KEY.getBytes(StandardCharsets.UTF_8), "test");
    int processed = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] seed = seeds.get(random.nextInt(seeds.size()));
      List<String> applied = new ArrayList<>();
      byte[] data = seed;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        data = mutate(data, random, applied);
      }
      Path input = temp.resolve("case" + i);
      Files.createDirectories(input.resolve("referentie"));
      Files.write(input.resolve("referentie/wijken.csv"), wijken);
      Files.write(input.resolve("referentie/postcodes.csv"), postcodes);
      Files.write(input.resolve("inschrijvingen.csv"), data);
      String where = "fuzz seed " + SEED + ", case " + i + ", mutations " + applied;
      try {
        IngestJob job =
            new IngestJob(
                new IngestSettings(
                    Optional.of(key),
                    random.nextBoolean() ? 1.0 : 0.05,
                    nl.leamonitor.ingest.MemoryLimit.megabytes(256)));
        IngestJob.Check check = job.check(DeliveryFolder.scan(input), input.resolve("uit"));
        if (check.problems().isEmpty()) {
          for (FileReport report : check.reports()) {
            assertReconciles(report, input.resolve("uit/afgekeurd").resolve(report.file()), where);
          }
          processed++;
        } else {
          check.problems().forEach(p -> assertMessage(p, where));
          rejected++;
        }
      } catch (InputRejectedException e) {
        e.problems().forEach(p -> assertMessage(p, where));
        rejected++;
      } catch (Throwable t) {
        fail(where + ": " + t, t);
      }
      deleteTree(input);
    }
    System.out.printf(
        "Fuzz: %d gevallen (seed %d): %d verwerkt, %d afgekeurd met een melding, 0 onverwachte"
            + " fouten%n",
        CASES, SEED, processed, rejected);
    assertEquals(CASES, processed + rejected);
  }

  private static void assertMessage(FileProblem p, String where) {
    assertTrue(
        p.message().startsWith(p.file()) && p.problem().length() > 10 && p.remedy().length() > 10,
        where + ": " + p.message());
  }

  private static void assertReconciles(FileReport report, Path rejects, String where)
      throws Exception {
    assertTrue(report.rejected() >= 0 && report.rejected() <= report.read(), where);
    long written = 0;
    if (Files.exists(rejects)) {
      // Written in the delivered dialect (a byte order mark before the header, if any, is part of
      // the first field, which does not change the count).
      try (var parser =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(report.dialect().delimiter())
              .get()
              .parse(
                  new java.io.InputStreamReader(
                      Files.newInputStream(rejects), report.dialect().charset()))) {
        written = parser.stream().count() - 1;
      }
    }
    assertEquals(report.rejected(), written, where + ": every rejected row is in afgekeurd/");
  }

  /** Applies one mutation and records its name. */
  static byte[] mutate(byte[] in, SplittableRandom random, List<String> applied) {
    int kind = random.nextInt(10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (kind) {
      case 0 -> {
        applied.add("byte flip");
        byte[] copy = in.clone();
        if (copy.length > 0) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
      }
      case 1 -> {
        applied.add("truncation");
        return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
      }
      case 2 -> {
        applied.add("NUL byte");
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        out.write(in, 0, at);
        out.write(0);
        out.write(in, at, in.length - at);
        return out.toByteArray();
      }
      case 3 -> {
        applied.add("1 MB field");
        int at = lastLineStart(in);
        out.write(in, 0, at);
        out.writeBytes("x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        out.write(in, at, in.length - at);
        return out.toByteArray();
      }
      case 4 -> {
        applied.add("10,000 columns");
        out.writeBytes(in);
        out.writeBytes(";".repeat(10_000).concat("x\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
      }
      case 5 -> {
        applied.add("mixed encodings");
        out.writeBytes(in);
        out.writeBytes(
            "ab-0001;2023-2024;2015-01-01;2711AA;12AB;;PO;;3;N;N;caf\u00e9\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        out.writeBytes(
            "ab-0002;2023-2024;2015-01-01;2711AA;12AB;;PO;;3;N;N;caf\u00e9\n"
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
      }
      case 6 -> {
        applied.add("stray quote");
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        out.write(in, 0, at);
        out.write('"');
        out.write(in, at, in.length - at);
        return out.toByteArray();
      }
      case 7 -> {
        applied.add("line ends removed");
        return new String(in, StandardCharsets.ISO_8859_1)
            .replace("\n", "")
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case 8 -> {
        applied.add("header only");
        int end = 0;
        while (end < in.length && in[end] != '\n') {
          end++;
        }
        return java.util.Arrays.copyOf(in, Math.min(in.length, end + 1));
      }
      default -> {
        applied.add("empty file");
        return new byte[0];
      }
    }
  }

  private static int lastLineStart(byte[] in) {
    int end = in.length - 1;
    while (end > 0 && (in[end] == '\n' || in[end] == '\r')) {
      end--;
    }
    int at = end;
    while (at > 0 && in[at - 1] != '\n') {
      at--;
    }
    return Math.max(0, at);
  }

  private static void deleteTree(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
