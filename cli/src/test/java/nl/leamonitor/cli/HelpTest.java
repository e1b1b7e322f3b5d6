package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The help of {@code lea} and of every command is Dutch and lists the exit codes and examples. */
class HelpTest {
  /** picocli's English headings and descriptions, and its placeholder for a subcommand. */
  private static final List<String> ENGLISH =
      List.of(
          "Usage",
          "Show this help",
          "Print version",
          "Commands:",
          "Exit Codes",
          "Default:",
          "COMMAND",
          "DIR",
          "FILE",
          "YYYY");

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Lea.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, exitCode, err.toString());
    assertEquals("", err.toString());
    return out.toString();
  }

  @Test
  void leaHelpIsDutch() {
    assertEquals(
        String.join(
            "\n",
            "Gebruik: lea [-hV] OPDRACHT",
            "LEA Monitor: de indicatoren van de Lokaal Educatieve Agenda Zoetermeer.",
            "",
            "Opties:",
            "  -h, --help      Toont deze hulp en stopt.",
            "  -V, --version   Toont de versies van LEA Monitor, DuckDB en Java, en of de",
            "                    Spark-engine geïnstalleerd is, en stopt.",
            "",
            "Opdrachten:",
            "  run             Leest de aanlevermap, valideert en pseudonimiseert, en",
            "                    publiceert in MAP/latest.",
            "  controleer      Controleert een aanlevermap zonder iets te publiceren; de",
            "                    afgekeurde regels komen in MAP/afgekeurd/ (de map van",
            "                    --out).",
            "  pseudonimiseer  Vervangt de kolom bsn door leerling_id (HMAC-SHA256 met de",
            "                    gedeelde sleutel).",
            "  sample          Schrijft een synthetische aanlevermap (een Zoetermeer-achtige",
            "                    gemeente) in het formaat van het contract.",
            "",
            "Afsluitcodes:",
            "  0   gelukt",
            "  1   onverwachte fout (start opnieuw met LEA_DEBUG=1)",
            "  2   fout in de opdracht, een optie of de configuratie, of een uitvoermap die",
            "        niet beschreven kan worden",
            "  3   invoer afgekeurd: een bestandsprobleem of te veel afgekeurde regels",
            "  4   de uitvoermap is in gebruik door een andere run",
            "",
            "Voorbeelden:",
            "  lea sample --out aanlevering",
            "  lea controleer --input aanlevering",
            "  lea run --input aanlevering --out uit --rapportagedatum 30-06-2025",
            "  lea run --help",
            ""),
        help("--help").replace(System.lineSeparator(), "\n"));
    assertEquals(help("--help"), help("-h"));
  }

  /** The exit-code section of each command's help, as picocli wraps it at 80 columns. */
  static Stream<Arguments> exitCodeSections() {
    String failure = "  1   onverwachte fout (start opnieuw met LEA_DEBUG=1)\n";
    String usageOrOut =
        "  2   fout in de opdracht, een optie of de configuratie, of een uitvoermap die\n"
            + "        niet beschreven kan worden\n";
    return Stream.of(
        Arguments.of(
            "run",
            "  0   gepubliceerd in MAP/latest\n"
                + failure
                + usageOrOut
                + "  3   invoer afgekeurd: een bestandsprobleem of te veel afgekeurde regels; er\n"
                + "        is niets gepubliceerd\n"
                + "  4   de uitvoermap is in gebruik door een andere run\n"),
        Arguments.of(
            "controleer",
            "  0   goed: een run zou deze aanlevering verwerken\n"
                + failure
                + usageOrOut
                + "  3   een run zou deze aanlevering weigeren\n"),
        Arguments.of(
            "pseudonimiseer",
            "  0   geschreven\n"
                + failure
                + "  2   fout in de opdracht, een optie of de configuratie\n"
                + "  3   het bestand is geweigerd (bijvoorbeeld een ongeldig BSN); er is niets\n"
                + "        geschreven\n"),
        Arguments.of("sample", "  0   geschreven\n" + failure + usageOrOut));
  }

  @ParameterizedTest(name = "lea {0} --help")
  @MethodSource("exitCodeSections")
  void commandHelpIsDutchWithExitCodesAndExamples(String command, String exitCodes) {
    String help = help(command, "--help").replace(System.lineSeparator(), "\n");
    assertTrue(help.startsWith("Gebruik: lea " + command + " [-hV] "), help);
    assertTrue(help.contains("\nOpties:\n"), help);
    assertTrue(
        help.lines().anyMatch(l -> l.matches("  -h, --help +Toont deze hulp en stopt\\.")), help);
    assertTrue(help.contains("\nAfsluitcodes:\n" + exitCodes + "\nVoorbeelden:\n"), help);
    String examples =
        help.substring(help.indexOf("\nVoorbeelden:\n") + "\nVoorbeelden:\n".length());
    assertTrue(examples.lines().count() >= 2, examples);
    assertTrue(examples.lines().allMatch(l -> l.startsWith("  lea " + command + " --")), examples);
    for (String english : ENGLISH) {
      assertFalse(help.contains(english), english + " in:\n" + help);
    }
    assertEquals(help, help(command, "-h").replace(System.lineSeparator(), "\n"));
  }
}
