package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.leamonitor.cli.publish.OutputLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's exit codes, each with its one-line message and never a stack trace. */
class ExitCodeTest {
  @TempDir Path temp;
  private Path input;

  @BeforeEach
  void smallDelivery() throws IOException {
    input = temp.resolve("aanlevering");
    Files.createDirectories(input.resolve("referentie"));
    write("referentie/wijken.csv", "wijk_code;wijk_naam;gemeente_code\nWK063701;Centrum;GM0637\n");
    write("referentie/postcodes.csv", "postcode;wijk_code\n2711;WK063701\n");
    write(
        "inschrijvingen.csv",
        "bsn;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "111222333;2023-2024;2015-01-01;2711AA;12AB;PO;3\n");
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertNoStackTrace(LeaProcess.Result r) {
    assertFalse(r.stderr().contains("\tat "), r.stderr());
    assertFalse(r.stderr().contains("Exception"), r.stderr());
  }

  @Test
  void successIsZero() throws Exception {
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(Files.isRegularFile(temp.resolve("out/latest/datakwaliteit.csv")));
  }

  @Test
  void noCommandIsAUsageError() throws Exception {
    LeaProcess.Result r = LeaProcess.run(temp, Map.of());
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of("Geef een opdracht: run, controleer, pseudonimiseer of sample.", "Zie lea --help."),
        r.stderrLines());
  }

  @Test
  void missingOptionIsAUsageError() throws Exception {
    LeaProcess.Result r = LeaProcess.run(temp, Map.of(), "run", "--out", "out");
    assertEquals(2, r.exitCode());
    // One message and where to look, no usage text (ParameterErrorTest has every kind).
    assertEquals(
        List.of("De verplichte optie --input MAP ontbreekt bij lea run.", "Zie lea run --help."),
        r.stderrLines());
    assertNoStackTrace(r);
  }

  @Test
  void bsnWithoutKeyIsAConfigurationError() throws Exception {
    LeaProcess.Result r =
        LeaProcess.run(temp, Map.of(), "run", "--input", input.toString(), "--out", "out");
    assertEquals(2, r.exitCode());
    assertTrue(
        r.stderrLines()
            .contains(
                "Configuratiefout: inschrijvingen.csv heeft een kolom bsn, maar er is geen"
                    + " pseudonimiseringssleutel. Zet de sleutel in de omgevingsvariabele"
                    + " LEA_PSEUDONIEM_SLEUTEL of noem een sleutelbestand in de configuratie."),
        r.stderr());
    assertNoStackTrace(r);
    assertFalse(Files.exists(temp.resolve("out/latest")));
  }

  @Test
  void shortKeyIsAConfigurationErrorAndTheKeyIsNotPrinted() throws Exception {
    LeaProcess.Result r =
        LeaProcess.run(
            temp,
            Map.of("LEA_PSEUDONIEM_SLEUTEL", "geheim-maar-kort"),
            "run",
            "--input",
            input.toString(),
            "--out",
            "out");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: De pseudonimiseringssleutel uit omgevingsvariabele"
                + " LEA_PSEUDONIEM_SLEUTEL is te kort (16 bytes); gebruik minstens 32 willekeurige"
                + " bytes, bijvoorbeeld: openssl rand -base64 48"),
        r.stderrLines());
    assertFalse(r.stderr().contains("geheim-maar-kort"));
  }

  @Test
  void badInputIsThreeAndNothingIsPublished() throws Exception {
    write(
        "inschrijvingen.csv",
        "bsn;schooljaar;geboortedatum;postcode;brin;sector\n"
            + "111222333;2023-2024;2015-01-01;2711AA;12AB;PO\n");
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out");
    assertEquals(3, r.exitCode());
    List<String> lines = r.stderrLines();
    int at = lines.indexOf("Invoer afgekeurd, er is niets gepubliceerd:");
    assertTrue(at >= 0, r.stderr());
    assertEquals(
        "  inschrijvingen.csv, regel 1, kolom leerjaar: verplichte kolom ontbreekt in de kopregel."
            + " Voeg de kolom leerjaar toe. Gevonden kolommen: bsn, schooljaar, geboortedatum,"
            + " postcode, brin, sector.",
        lines.get(at + 1));
    assertNoStackTrace(r);
    assertFalse(Files.exists(temp.resolve("out/latest")));
    assertFalse(Files.exists(temp.resolve("out/intern/latest")));
    for (String runs : List.of("out/runs", "out/intern/runs")) {
      try (Stream<Path> listing = Files.list(temp.resolve(runs))) {
        assertEquals(
            1,
            listing.filter(p -> p.getFileName().toString().endsWith(".mislukt")).count(),
            "the failed run is kept in " + runs);
      }
    }
  }

  @Test
  void aFailedRunsLogHoldsTheErrorAndTheIgnoredFiles() throws Exception {
    write(
        "inschrijvingen.csv",
        "bsn;schooljaar;geboortedatum;postcode;brin;sector\n"
            + "111222333;2023-2024;2015-01-01;2711AA;12AB;PO\n");
    write("leesmij.txt", "geen dataset\n");
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out");
    assertEquals(3, r.exitCode(), r.stderr());
    List<String> message =
        List.of(
            "Invoer afgekeurd, er is niets gepubliceerd:",
            "  inschrijvingen.csv, regel 1, kolom leerjaar: verplichte kolom ontbreekt in de"
                + " kopregel. Voeg de kolom leerjaar toe. Gevonden kolommen: bsn, schooljaar,"
                + " geboortedatum, postcode, brin, sector.");
    List<String> stderr = r.stderrLines();
    assertEquals(message, stderr.subList(stderr.size() - 2, stderr.size()));
    Path log;
    try (Stream<Path> runs = Files.list(temp.resolve("out/runs"))) {
      log = runs.filter(p -> p.toString().endsWith(".mislukt")).findFirst().orElseThrow();
    }
    // Without the time stamp (yyyy-MM-dd HH:mm:ss and a space).
    List<String> lines =
        Files.readAllLines(log.resolve("lea.log"), StandardCharsets.UTF_8).stream()
            .map(l -> l.substring(20))
            .toList();
    // The scan of the delivery warned before the run's folder existed: the log has it too.
    assertTrue(
        lines.contains(
            "WARN  leesmij.txt: genegeerd, de naam hoort bij geen dataset van het contract"),
        String.join("\n", lines));
    // The log ends with what the user read on stderr.
    assertEquals(
        message.stream().map(m -> "ERROR " + m).toList(),
        lines.subList(lines.size() - 2, lines.size()));
  }

  @Test
  void rejectShareOverTheLimitIsThreeWithTheRejectsKept() throws Exception {
    write(
        "inschrijvingen.csv",
        "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
            + "kind-000001;2023-2024;2015-01-01;2711AA;12AB;PO;3\n"
            + "kind-000002;2023-2024;2015-01-01;0711AA;12AB;PO;3\n");
    // Under umask 000 every file would be created readable by all: the rejects still are the
    // owner's alone.
    LeaProcess.Result r =
        LeaProcess.runWithKeyUnderUmask(
            temp, "000", "run", "--input", input.toString(), "--out", "out");
    assertEquals(3, r.exitCode());
    assertTrue(
        r.stderrLines()
            .contains(
                "  inschrijvingen.csv: 1 van de 2 regels afgekeurd (50,0 %), meer dan de grens van"
                    + " 5,0 %. Bekijk afgekeurd/inschrijvingen.csv (kolommen regelnummer, reden,"
                    + " toelichting, kolom), verbeter de export en lever opnieuw aan."),
        r.stderr());
    String failed;
    try (Stream<Path> runs = Files.list(temp.resolve("out/runs"))) {
      failed =
          runs.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".mislukt"))
              .findFirst()
              .orElseThrow();
    }
    Path rejects = temp.resolve("out/intern/runs").resolve(failed).resolve("afgekeurd");
    assertTrue(
        r.stderr()
            .contains(
                "INFO  Afgekeurde regels van deze run staan in "
                    + Path.of("out/intern/runs", failed, "afgekeurd")
                    + "\n"),
        r.stderr());
    assertTrue(
        Files.readString(rejects.resolve("inschrijvingen.csv"))
            .contains(
                "\r\n3;postcode_ongeldig;De postcode moet 4 cijfers zijn (niet beginnend met 0),"
                    + " eventueel met 2 letters erachter.;postcode;"));
    assertFalse(
        Files.exists(temp.resolve("out/runs").resolve(failed).resolve("afgekeurd")),
        "no rejects beside the failed run's log");
    for (Path p :
        List.of(
            temp.resolve("out/intern"),
            temp.resolve("out/intern/runs"),
            rejects.getParent(),
            rejects)) {
      assertEquals("rwx------", CheckCommandTest.mode(p), p.toString());
    }
    assertEquals("rw-------", CheckCommandTest.mode(rejects.resolve("inschrijvingen.csv")));
    LeaProcess.Result allowed =
        LeaProcess.runWithKey(
            temp, "run", "--input", input.toString(), "--out", "out", "--max-afgekeurd", "0.5");
    assertEquals(0, allowed.exitCode(), allowed.stderr());
  }

  @Test
  void lockedOutputIsFourAndNamesTheHolder() throws Exception {
    Path out = temp.resolve("out");
    try (OutputLock held = OutputLock.acquire(out)) {
      LeaProcess.Result r =
          LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out");
      assertEquals(4, r.exitCode());
      String last = r.stderrLines().get(r.stderrLines().size() - 1);
      assertTrue(
          last.startsWith(
              "De uitvoermap out is in gebruik door een andere run (pid "
                  + ProcessHandle.current().pid()
                  + " op "),
          last);
      assertTrue(last.endsWith("Wacht tot die klaar is en start daarna opnieuw."), last);
    }
    assertEquals(
        0,
        LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out").exitCode(),
        "a released lock is free again");
  }

  @Test
  void sparkEngineThatCannotBeFoundIsAConfigurationError() throws Exception {
    String expected =
        "Configuratiefout: De engine 'spark' is niet gevonden. Start lea met ./lea (dat bouwt de"
            + " Spark-engine en zet LEA_SPARK_LIB), of op een cluster met spark-submit en --jars"
            + " engine-spark/target/lea-engine-spark.jar (zie README, 'Spark').";
    Map<String, String> env =
        new java.util.HashMap<>(Map.of("LEA_PSEUDONIEM_SLEUTEL", LeaProcess.KEY));
    env.put("LEA_SPARK_LIB", null);
    LeaProcess.Result r =
        LeaProcess.run(
            temp, env, "run", "--input", input.toString(), "--out", "out", "--engine", "spark");
    assertEquals(2, r.exitCode());
    assertEquals(List.of(expected), r.stderrLines());
    // A folder without the engine's jar is no better.
    env.put("LEA_SPARK_LIB", Files.createDirectories(temp.resolve("leeg")).toString());
    r =
        LeaProcess.run(
            temp, env, "run", "--input", input.toString(), "--out", "out", "--engine", "spark");
    assertEquals(2, r.exitCode());
    assertEquals(List.of(expected), r.stderrLines());
    assertFalse(Files.exists(temp.resolve("out/latest")));
  }

  @Test
  void missingInputFolderIsAUsageError() throws Exception {
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", "bestaat-niet", "--out", "out");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: De invoermap bestaat-niet bestaat niet of is geen map."
                + " Geef met --input de map met de aangeleverde CSV-bestanden."),
        r.stderrLines());
  }

  @Test
  void hadoopAddressesNeedTheSparkEngine() throws Exception {
    LeaProcess.Result r =
        LeaProcess.runWithKey(
            temp, "run", "--input", "hdfs://namenode:8020/leveringen/2025", "--out", "out");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: --input hdfs://namenode:8020/leveringen/2025: een hdfs:-adres kan"
                + " alleen met --engine spark (Hadoop-bestandssystemen); geef anders een map op"
                + " deze machine."),
        r.stderrLines());
    r =
        LeaProcess.runWithKey(
            temp,
            "run",
            "--input",
            input.toString(),
            "--out",
            "out",
            "--lake",
            "s3a://gemeente-lea/lake");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "Configuratiefout: --lake (of lake: in lea.yaml) kan alleen met --engine spark; met"
                + " duckdb staat de lake in de interne map van de run (MAP/intern/latest/lake)."),
        r.stderrLines());
    assertFalse(Files.exists(temp.resolve("out/latest")));
  }

  @Test
  void aFileUriIsALocalFolder() throws Exception {
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", input.toUri().toString(), "--out", "out");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(
        Files.isRegularFile(temp.resolve("out/intern/latest/lake/referentie/wijken.parquet")));
  }

  /** The fixture's BSNs and onderwijsnummer, in every way ingest's privacy fixtures write them. */
  static final List<String> FIXTURE_NUMBERS =
      List.of("123456782", "123-456-782", "12 34 56 782", "111222333", "100000004");

  @Test
  void aRefusedRunRepeatsNoBsnOnStderrOrInItsFiles() throws Exception {
    Files.delete(input.resolve("inschrijvingen.csv"));
    fixture("bad-file/geen-kopregel-bsn.csv", "inschrijvingen_a.csv");
    fixture("privacy/inschrijvingen-opmerking-met-bsn.csv", "inschrijvingen_b.csv");
    LeaProcess.Result r =
        LeaProcess.runWithKey(temp, "run", "--input", input.toString(), "--out", "out");
    assertEquals(3, r.exitCode(), r.stderr());
    List<String> lines = r.stderrLines();
    int at = lines.indexOf("Invoer afgekeurd, er is niets gepubliceerd:");
    assertTrue(at >= 0, r.stderr());
    assertEquals(
        List.of(
            "  inschrijvingen_a.csv, regel 1, kolom leerling_id|bsn: verplichte kolom ontbreekt:"
                + " een persoon wordt aangewezen met leerling_id of bsn. Voeg de kolom leerling_id"
                + " (gepseudonimiseerd) of bsn toe. De eerste regel lijkt gegevens in plaats van"
                + " kolomnamen (7 velden; de waarden worden hier niet herhaald): zet de kopregel"
                + " met de kolomnamen bovenaan.",
            "  inschrijvingen_b.csv: 3 van de 4 regels afgekeurd (75,0 %), meer dan de grens van"
                + " 5,0 %. Bekijk afgekeurd/inschrijvingen_b.csv (kolommen regelnummer, reden,"
                + " toelichting, kolom), verbeter de export en lever opnieuw aan."),
        lines.subList(at + 1, lines.size()));
    List<String> found = new java.util.ArrayList<>();
    FIXTURE_NUMBERS.stream()
        .filter(n -> r.stdout().contains(n) || r.stderr().contains(n))
        .forEach(n -> found.add("stdout/stderr: " + n));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(temp.resolve("out"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(
        files.stream().anyMatch(f -> f.endsWith("lea.log"))
            && files.stream().anyMatch(f -> f.endsWith("afgekeurd/inschrijvingen_b.csv")),
        files.toString());
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      FIXTURE_NUMBERS.stream()
          .filter(bytes::contains)
          .forEach(n -> found.add(temp.relativize(file) + ": " + n));
    }
    assertEquals(List.of(), found);
  }

  /** Copies one of ingest's named fixtures into the delivery. */
  private void fixture(String resource, String name) throws IOException {
    try (var in = ExitCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, input.resolve(name));
    }
  }
}
