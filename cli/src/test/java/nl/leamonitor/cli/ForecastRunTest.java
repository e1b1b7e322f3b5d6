package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.forecast.ForecastFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea run} on the forecast's golden fixture (analytics, {@code
 * golden-prognose/P01_leerlingenprognose/}, computed by hand) at k = 3: {@code prognose.csv} is
 * published in {@code latest}, and {@code manifest.json} and the log hold the backtest.
 */
class ForecastRunTest {
  @TempDir Path temp;

  @Test
  void publishesPrognoseCsvAndTheBacktest() throws Exception {
    ForecastFixture fixture = ForecastFixture.load();
    fixture.deliver(temp.resolve("aanlevering"));
    LeaProcess.Result run = runOnTheFixture();
    assertEquals(0, run.exitCode(), run.stderr());
    Path latest = temp.resolve("uit/latest");
    assertEquals(fixture.expectedPrognose(), Files.readAllLines(latest.resolve("prognose.csv")));

    JsonNode prognose =
        new ObjectMapper().readTree(latest.resolve("manifest.json").toFile()).path("prognose");
    assertTrue(prognose.path("berekend").asBoolean(), prognose.toString());
    assertEquals("[\"2022-2023\",\"2023-2024\"]", prognose.path("basisjaren").toString());
    assertEquals(22, prognose.path("rijen").asInt());
    // Every row at k = 3: I01 suppresses the PO wijken's base counts (README of the fixture).
    assertEquals(22, prognose.path("onderdrukt").asInt());
    JsonNode toetsing = prognose.path("toetsing");
    assertEquals("2023-2024", toetsing.path("doeljaar").asText());
    // PO: 9.5 against 9 observed, but I01 suppresses Centrum's PO count of the backtest's base
    // year, so neither its forecast nor the gemeente's is shown (README of the fixture).
    assertEquals(
        "{\"sector\":\"PO\",\"voorspeld\":null,\"waargenomen\":null,\"verschil\":null,"
            + "\"verschil_procent\":null,\"grootste_wijkafwijking\":null}",
        toetsing.path("per_sector").get(1).toString());
    // VO: the backtest's forecast rests on 1 pupil and I01 suppresses the observed 2: not shown.
    assertEquals(
        "{\"sector\":\"VO\",\"voorspeld\":null,\"waargenomen\":null,\"verschil\":null,"
            + "\"verschil_procent\":null,\"grootste_wijkafwijking\":null}",
        toetsing.path("per_sector").get(2).toString());

    String log = Files.readString(latest.resolve("lea.log"));
    assertTrue(
        log.contains(
            "INFO  Leerlingenprognose (P01): 22 rijen in prognose.csv tot en met 2025-2026, 22"
                + " onderdrukt (k = 3); basisjaren 2022-2023, 2023-2024"),
        log);
    assertTrue(
        log.contains(
            "INFO  Toetsing van de prognose, PO 2023-2024: voorspeld niet gepubliceerd (te"
                + " weinig leerlingen, of af te leiden uit andere cijfers), waargenomen niet"
                + " gepubliceerd (te weinig leerlingen, of af te leiden uit andere cijfers)\n"),
        log);
    assertTrue(
        log.contains(
            "INFO  Toetsing van de prognose, VVE 2023-2024: voorspeld niet gepubliceerd (te"
                + " weinig leerlingen, of af te leiden uit andere cijfers), waargenomen niet"
                + " gepubliceerd (te weinig leerlingen, of af te leiden uit andere cijfers)\n"),
        log);
  }

  /** The golden fixture's delivery without bevolkingsprognose.csv: published, and says why not. */
  @Test
  void withoutTheFileEverythingElseIsPublishedAndTheManifestSaysWhy() throws Exception {
    ForecastFixture.load().deliver(temp.resolve("aanlevering"));
    Files.delete(temp.resolve("aanlevering/referentie/bevolkingsprognose.csv"));
    LeaProcess.Result run = runOnTheFixture();
    assertEquals(0, run.exitCode(), run.stderr());
    Path latest = temp.resolve("uit/latest");
    assertTrue(Files.isRegularFile(latest.resolve("indicatoren.csv")));
    assertTrue(Files.isRegularFile(latest.resolve("rapport.pdf")));
    assertTrue(Files.notExists(latest.resolve("prognose.csv")));
    String why =
        "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is niet aangeleverd;"
            + " lever de bevolkingsprognose van de gemeente per wijk, jaar en leeftijd aan om de"
            + " prognose te maken.";
    JsonNode prognose =
        new ObjectMapper().readTree(latest.resolve("manifest.json").toFile()).path("prognose");
    assertEquals("{\"berekend\":false,\"reden\":\"" + why + "\"}", prognose.toString());
    assertTrue(Files.readString(latest.resolve("lea.log")).contains("WARN  " + why));
  }

  /**
   * A rejected row of the population forecast is a wijk, year and age the forecast would count as
   * 0: too low, without a warning (an analyst found Stadshart 414 pupils instead of 477). So with
   * any rejected row there is no forecast, and log, manifest and lea controleer say why.
   */
  @Test
  void aRejectedForecastRowMeansNoForecast() throws Exception {
    ForecastFixture.load().deliver(temp.resolve("aanlevering"));
    Path file = temp.resolve("aanlevering/referentie/bevolkingsprognose.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    String[] fields = lines.get(1).split(";", -1);
    fields[3] = "-3,5";
    lines.set(1, String.join(";", fields));
    Files.write(file, lines);
    LeaProcess.Result run =
        // The fixture's forecast has a few rows: one rejected is above the 5 % limit.
        runOnTheFixture("--max-afgekeurd", "0,5");
    assertEquals(0, run.exitCode(), run.stderr());
    Path latest = temp.resolve("uit/latest");
    assertTrue(Files.notExists(latest.resolve("prognose.csv")));
    String why =
        "Geen leerlingenprognose (P01): 1 regel van referentie/bevolkingsprognose.csv afgekeurd"
            + " (zie de afgekeurde regels in de interne map); met die gaten zou de prognose te laag"
            + " uitvallen. Verbeter de regels en draai opnieuw.";
    JsonNode prognose =
        new ObjectMapper().readTree(latest.resolve("manifest.json").toFile()).path("prognose");
    assertEquals("{\"berekend\":false,\"reden\":\"" + why + "\"}", prognose.toString());
    LeaProcess.Result check =
        LeaProcess.runWithKey(
            temp, "controleer", "--input", "aanlevering", "--max-afgekeurd", "0,5");
    assertTrue(
        check
            .stdout()
            .contains(
                "  1 regel van referentie/bevolkingsprognose.csv afgekeurd: een run maakt dan geen"
                    + " leerlingenprognose (met die gaten zou die te laag uitvallen). Verbeter de"
                    + " regels.\n"),
        check.stdout());
  }

  /** Runs lea on the delivered fixture into uit/ at k = 3 with the fixture's rapportagedatum. */
  private LeaProcess.Result runOnTheFixture(String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--input",
                "aanlevering",
                "--out",
                "uit",
                "--rapportagedatum",
                "2024-06-30",
                "--min-cel",
                "3"));
    args.addAll(List.of(more));
    return LeaProcess.runWithKey(temp, args.toArray(String[]::new));
  }
}
