package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea run}'s settings: the command line over {@code lea.yaml} over the defaults, typed once.
 */
class RunSettingsTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 30);
  @TempDir Path temp;

  private static RunSettings.Options options(
      Path config, Engine engine, Integer minCel, Periode periode, String lake) {
    return new RunSettings.Options(
        "invoer", Path.of("uit"), lake, config, engine, minCel, DATE, periode, null, null);
  }

  private Path config(String yaml) throws Exception {
    return Files.writeString(temp.resolve("lea.yaml"), yaml, StandardCharsets.UTF_8);
  }

  @Test
  void withoutConfigurationTheDefaultsHold() {
    RunSettings settings = RunSettings.resolve(options(null, null, null, null, null), Map.of());
    assertEquals(Engine.duckdb, settings.engine());
    assertEquals(5, settings.k());
    // 30 June is the last day of the voorjaar.
    assertEquals(new Periode(2025, Periode.Half.VOORJAAR), settings.periode());
    assertEquals(MemoryLimit.gigabytes(1), settings.ingest().memoryLimit());
    assertEquals(0.05, settings.ingest().maxRejectShare());
    assertEquals(Optional.empty(), settings.ingest().key());
    assertEquals(Optional.empty(), settings.lakeRoot());
    assertEquals(Optional.empty(), settings.gemeente());
  }

  @Test
  void theConfigurationFillsWhatTheCommandLineLeavesOpen() throws Exception {
    Path file =
        config(
            "gemeente: Zoetermeer\n"
                + "engine: spark\n"
                + "duckdb_geheugen: 512MB\n"
                + "min_celgrootte: 10\n"
                + "periode: 2025-najaar\n"
                + "lake: lakes\n"
                + "doelen:\n"
                + "  - indicator: I04_vsv_percentage\n"
                + "    waarde: 1,5\n"
                + "    richting: lager\n"
                + "    schooljaar: 2029-2030\n");
    RunSettings fromFile = RunSettings.resolve(options(file, null, null, null, null), Map.of());
    assertEquals(Engine.spark, fromFile.engine());
    assertEquals(10, fromFile.k());
    assertEquals("najaar 2025", fromFile.periode().label());
    assertEquals("512MB", fromFile.ingest().memoryLimit().toString());
    assertEquals(Optional.of("Zoetermeer"), fromFile.gemeente());
    // A folder relative to lea.yaml; the root ends in a slash, so a run's lake resolves below it.
    assertEquals(
        Optional.of(URI.create(temp.toAbsolutePath().resolve("lakes").toUri() + "/")),
        fromFile.lakeRoot());
    assertEquals(new Schooljaar(2029), fromFile.targets().get(0).deadline());
    RunSettings overridden =
        RunSettings.resolve(
            options(
                file, Engine.spark, 3, new Periode(2026, Periode.Half.VOORJAAR), "hdfs://nn/lea"),
            Map.of());
    assertEquals(3, overridden.k());
    assertEquals("voorjaar 2026", overridden.periode().label());
    assertEquals(Optional.of(URI.create("hdfs://nn/lea/")), overridden.lakeRoot());
  }

  @Test
  void badValuesAreNamedInDutch() throws Exception {
    // A bad --periode is refused while the command line is read (LeaParameterErrorTest).
    assertEquals(
        "--min-cel moet minstens 1 zijn, niet 0.",
        assertThrows(
                ConfigurationException.class,
                () -> RunSettings.resolve(options(null, null, 0, null, null), Map.of()))
            .getMessage());
    Path file = config("lake: hdfs://nn/lea\n");
    assertEquals(
        "--lake (of lake: in lea.yaml) kan alleen met --engine spark; met duckdb staat de lake in"
            + " de interne map van de run (MAP/intern/latest/lake).",
        assertThrows(
                ConfigurationException.class,
                () -> RunSettings.resolve(options(file, Engine.duckdb, null, null, null), Map.of()))
            .getMessage());
  }
}
