package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.leamonitor.reports.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every kind of bad command line, for every command: one Dutch message naming the option, the value
 * and what is accepted, a line pointing at the help, exit 2, and nothing of picocli's English or of
 * Java. The option lists in the messages are each command's long option names, sorted.
 */
class ParameterErrorTest {
  private static final String RUN_OPTIONS =
      "--config, --engine, --help, --input, --lake, --max-afgekeurd, --min-cel, --out, --periode,"
          + " --rapportagedatum, --sleutelbestand, --version";
  private static final String DATE =
      " Geef een bestaande datum als 2023-10-01, 01-10-2023 of 1-10-2023.";
  private static final String COUNT = " Geef een heel getal van minstens 1, zonder punt of komma.";
  private static final String SHARE =
      " Geef een aandeel tussen 0 en 1, met een punt of een komma: 0.05 of 0,05 is 5 %.";
  private static final String SPACES =
      " Staat er een spatie in een pad, zet het pad dan tussen aanhalingstekens.";

  /** What picocli or Java would print; none of it may reach the user. */
  private static final List<String> FOREIGN =
      List.of(
          "java.",
          "Exception",
          "class ",
          "Usage",
          "Missing",
          "Invalid",
          "Unknown",
          "Unmatched",
          "Expected",
          "required",
          "option '",
          "should be specified",
          "Did you mean");

  private static Arguments bad(String message, String help, String... args) {
    return Arguments.of(String.join(" ", args), args, message, help);
  }

  private static String[] run(String... more) {
    return Stream.concat(Stream.of("run", "--input", "in", "--out", "uit"), Stream.of(more))
        .toArray(String[]::new);
  }

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        // run
        bad(
            "Onbekende optie '--inptu' bij lea run. Geldige opties: " + RUN_OPTIONS + ".",
            "lea run",
            "run",
            "--inptu",
            "in",
            "--out",
            "uit"),
        bad(
            "Onbekende optie '-i' bij lea run. Geldige opties: " + RUN_OPTIONS + ".",
            "lea run",
            run("-i", "x")),
        bad(
            "De verplichte optie --input MAP ontbreekt bij lea run.",
            "lea run",
            "run",
            "--out",
            "uit"),
        bad(
            "De verplichte opties --input MAP en --out MAP ontbreken bij lea run.",
            "lea run",
            "run"),
        bad(
            "Ongeldige waarde voor --rapportagedatum: '30-13-2025'." + DATE,
            "lea run",
            run("--rapportagedatum", "30-13-2025")),
        bad(
            "Ongeldige waarde voor --rapportagedatum: '31-02-2025'." + DATE,
            "lea run",
            run("--rapportagedatum", "31-02-2025")),
        bad(
            "Ongeldige waarde voor --rapportagedatum: '06/30/2025'." + DATE,
            "lea run",
            run("--rapportagedatum", "06/30/2025")),
        // A BSN typed by mistake is masked like in every message (its last 3 digits stay).
        bad(
            "Ongeldige waarde voor --rapportagedatum: '******333'." + DATE,
            "lea run",
            run("--rapportagedatum", "111222333")),
        bad(
            "Ongeldige waarde voor --engine: 'sprak'. Kies duckdb of spark.",
            "lea run",
            run("--engine", "sprak")),
        bad(
            "Ongeldige waarde voor --min-cel: 'vijf'." + COUNT,
            "lea run",
            run("--min-cel", "vijf")),
        bad("Ongeldige waarde voor --min-cel: '0'." + COUNT, "lea run", run("--min-cel", "0")),
        bad("Ongeldige waarde voor --min-cel: '2,5'." + COUNT, "lea run", run("--min-cel", "2,5")),
        bad(
            "Ongeldige waarde voor --max-afgekeurd: '5%'." + SHARE,
            "lea run",
            run("--max-afgekeurd", "5%")),
        bad(
            "Ongeldige waarde voor --max-afgekeurd: '1,5'." + SHARE,
            "lea run",
            run("--max-afgekeurd", "1,5")),
        bad(
            "Ongeldige waarde voor --periode: 'herfst 2025'. Geef een halfjaar als 2025-voorjaar of"
                + " 2025-najaar.",
            "lea run",
            run("--periode", "herfst 2025")),
        bad(
            "Onverwacht argument 'extra' bij lea run: deze opdracht kent alleen opties met een"
                + " waarde, zoals --input MAP."
                + SPACES,
            "lea run",
            run("extra")),
        bad(
            "Bij de optie --out ontbreekt de waarde: geef --out MAP.",
            "lea run",
            "run",
            "--input",
            "in",
            "--out"),
        bad(
            "Bij de optie --input ontbreekt de waarde: geef --input MAP.",
            "lea run",
            "run",
            "--input",
            "--out",
            "uit"),
        bad(
            "De optie --input is meer dan eens gegeven bij lea run; geef haar één keer.",
            "lea run",
            run("--input", "ander")),
        // controleer
        bad(
            "Onbekende optie '--uit' bij lea controleer. Geldige opties: --help, --input,"
                + " --max-afgekeurd, --out, --sleutelbestand, --version.",
            "lea controleer",
            "controleer",
            "--input",
            "in",
            "--uit",
            "x"),
        bad(
            "De verplichte optie --input MAP ontbreekt bij lea controleer.",
            "lea controleer",
            "controleer"),
        bad(
            "Ongeldige waarde voor --max-afgekeurd: 'vijf procent'." + SHARE,
            "lea controleer",
            "controleer",
            "--input",
            "in",
            "--max-afgekeurd",
            "vijf procent"),
        bad(
            "Onverwacht argument 'Mijn' bij lea controleer: deze opdracht kent alleen opties met"
                + " een waarde, zoals --input MAP."
                + SPACES,
            "lea controleer",
            "controleer",
            "--input",
            "Aanlevering",
            "Mijn",
            "Documenten"),
        bad(
            "Bij de optie --input ontbreekt de waarde: geef --input MAP.",
            "lea controleer",
            "controleer",
            "--input"),
        // pseudonimiseer
        bad(
            "Onbekende optie '--sleutel' bij lea pseudonimiseer. Geldige opties: --help, --in,"
                + " --out, --sleutelbestand, --version.",
            "lea pseudonimiseer",
            "pseudonimiseer",
            "--in",
            "a.csv",
            "--out",
            "b.csv",
            "--sleutel",
            "k.txt"),
        bad(
            "De verplichte optie --out BESTAND ontbreekt bij lea pseudonimiseer.",
            "lea pseudonimiseer",
            "pseudonimiseer",
            "--in",
            "a.csv"),
        bad(
            "Onverwacht argument 'c.csv' bij lea pseudonimiseer: deze opdracht kent alleen opties"
                + " met een waarde, zoals --in BESTAND."
                + SPACES,
            "lea pseudonimiseer",
            "pseudonimiseer",
            "--in",
            "a.csv",
            "--out",
            "b.csv",
            "c.csv"),
        bad(
            "Bij de optie --out ontbreekt de waarde: geef --out BESTAND.",
            "lea pseudonimiseer",
            "pseudonimiseer",
            "--in",
            "a.csv",
            "--out"),
        // sample
        bad(
            "Onbekende optie '--schaal' bij lea sample. Geldige opties: --help, --out, --personen,"
                + " --scale, --seed, --version.",
            "lea sample",
            "sample",
            "--out",
            "s",
            "--schaal",
            "nl"),
        bad("De verplichte optie --out MAP ontbreekt bij lea sample.", "lea sample", "sample"),
        bad(
            "Ongeldige waarde voor --seed: '1e5'. Geef een heel getal, zonder punt of komma, zoals"
                + " 20211001.",
            "lea sample",
            "sample",
            "--out",
            "s",
            "--seed",
            "1e5"),
        bad(
            "Ongeldige waarde voor --seed: '2021,5'. Geef een heel getal, zonder punt of komma,"
                + " zoals 20211001.",
            "lea sample",
            "sample",
            "--out",
            "s",
            "--seed",
            "2021,5"),
        bad(
            "Ongeldige waarde voor --personen: 'duizend'." + COUNT,
            "lea sample",
            "sample",
            "--out",
            "s",
            "--personen",
            "duizend"),
        bad(
            "Ongeldige waarde voor --scale: 'groot'. Kies zoetermeer of nl.",
            "lea sample",
            "sample",
            "--out",
            "s",
            "--scale",
            "groot"),
        bad(
            "Onverwacht argument 'extra' bij lea sample: deze opdracht kent alleen opties met een"
                + " waarde, zoals --out MAP."
                + SPACES,
            "lea sample",
            "sample",
            "--out",
            "s",
            "extra"),
        bad(
            "Bij de optie --seed ontbreekt de waarde: geef --seed GETAL.",
            "lea sample",
            "sample",
            "--out",
            "s",
            "--seed"),
        // no command
        bad("Geef een opdracht: run, controleer, pseudonimiseer of sample.", "lea"),
        bad(
            "Onbekende opdracht 'rn'. Kies run, controleer, pseudonimiseer of sample.",
            "lea",
            "rn"),
        bad(
            "Onbekende opdracht 'pseudonimiseren'. Kies run, controleer, pseudonimiseer of sample.",
            "lea",
            "pseudonimiseren",
            "--in",
            "a.csv"),
        bad(
            "Onbekende optie '--inptu' bij lea. Geldige opties: --help, --version; of geef een"
                + " opdracht: run, controleer, pseudonimiseer of sample.",
            "lea",
            "--inptu",
            "in"));
  }

  @ParameterizedTest(name = "lea {0}")
  @MethodSource("badCommandLines")
  void badCommandLineIsOneDutchMessage(
      String shown, String[] args, String message, String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Lea.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(
        List.of(message, "Zie " + command + " --help."), err.toString().lines().toList(), shown);
    assertEquals(2, exitCode, shown);
    assertEquals("", out.toString(), "no usage text");
    for (String foreign : FOREIGN) {
      assertFalse(err.toString().contains(foreign), foreign + " in: " + err);
    }
  }

  private static <T> T parse(T command, String... args) {
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void datesAreReadInTheFormsOfTheDeliveryFiles() {
    for (String form : List.of("2023-10-01", "01-10-2023", "1-10-2023", " 1-10-2023 ")) {
      assertEquals(
          LocalDate.of(2023, 10, 1),
          parse(new RunCommand(), "--input", "in", "--out", "uit", "--rapportagedatum", form)
              .rapportagedatum,
          form);
    }
  }

  @Test
  void sharesTakeADecimalCommaOrPoint() {
    assertEquals(
        0.05,
        parse(new RunCommand(), "--input", "in", "--out", "uit", "--max-afgekeurd", "0,05")
            .maxRejectShare);
    assertEquals(
        0.05,
        parse(new RunCommand(), "--input", "in", "--out", "uit", "--max-afgekeurd", "0.05")
            .maxRejectShare);
    assertEquals(
        0.1, parse(new CheckCommand(), "--input", "in", "--max-afgekeurd", "0,10").maxRejectShare);
    assertEquals(0.05, parse(new CheckCommand(), "--input", "in").maxRejectShare);
  }

  @Test
  void namesAreReadInAnyCase() {
    RunCommand run =
        parse(
            new RunCommand(),
            "--input",
            "in",
            "--out",
            "uit",
            "--engine",
            "Spark",
            "--periode",
            "2025-Najaar",
            "--min-cel",
            "10");
    assertEquals(Engine.spark, run.engine);
    assertEquals(new Periode(2025, Periode.Half.NAJAAR), run.periode);
    assertEquals(10, run.minCel);
    SampleCommand sample =
        parse(
            new SampleCommand(), "--out", "s", "--scale", "NL", "--seed", "-5", "--personen", "7");
    assertEquals(SampleCommand.Scale.nl, sample.scale);
    assertEquals(-5, sample.seed);
    assertEquals(7, sample.persons);
  }
}
