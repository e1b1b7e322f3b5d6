package nl.leamonitor.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lea.yaml}: the documented example reads, and every mistake is named with its line. */
class ConfigFileTest {
  @TempDir Path temp;

  private Path write(String yaml) throws Exception {
    Path file = temp.resolve("lea.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void documentedExampleReads() {
    Path example = Path.of(System.getProperty("lea.repository"), "lea.yaml.voorbeeld");
    LeaConfig config = ConfigFile.read(example);
    assertEquals(Optional.of("Zoetermeer"), config.gemeente());
    assertEquals(Optional.of(0.05), config.maxRejectShare());
    assertEquals(Optional.of(nl.leamonitor.cli.Engine.duckdb), config.engine());
    assertEquals(Optional.of(nl.leamonitor.ingest.MemoryLimit.gigabytes(2)), config.memoryLimit());
    assertEquals("2GB", config.memoryLimit().orElseThrow().toString());
    assertEquals(Optional.empty(), config.keyFile());
    assertEquals(Optional.of(5), config.minCel());
    assertEquals(4, config.targets().size());
    assertEquals(
        new nl.leamonitor.reports.Target(
            "I04_vsv_percentage", 1.5, false, new nl.leamonitor.ingest.values.Schooljaar(2029)),
        config.targets().get(0));
  }

  @Test
  void targetsAndPeriodAreCheckedWithTheirLine() throws Exception {
    Path period = write("periode: herfst 2025\n");
    assertEquals(
        period
            + ", regel 1: periode heeft de vorm 2025-voorjaar of 2025-najaar, niet 'herfst 2025'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(period)).getMessage());
    Path unknown =
        write(
            "doelen:\n"
                + "  - indicator: I99_onbekend\n"
                + "    waarde: 3\n"
                + "    richting: lager\n"
                + "    schooljaar: 2029-2030\n");
    assertEquals(
        unknown + ", regel 2: onbekende indicator 'I99_onbekend' in een doel.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(unknown)).getMessage());
    Path direction =
        write(
            "gemeente: X\n"
                + "doelen:\n"
                + "  - indicator: I04_vsv_percentage\n"
                + "    waarde: 3\n"
                + "    richting: omhoog\n"
                + "    schooljaar: 2029-2030\n");
    assertEquals(
        direction + ", regel 3: de richting van een doel is hoger of lager, niet 'omhoog'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(direction)).getMessage());
    Path missing = write("doelen:\n  - indicator: I04_vsv_percentage\n    waarde: 3\n");
    assertEquals(
        missing + ", regel 2: dit doel mist de sleutel 'richting'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(missing)).getMessage());
    assertEquals(
        Optional.of(
            new nl.leamonitor.reports.Periode(2025, nl.leamonitor.reports.Periode.Half.NAJAAR)),
        ConfigFile.read(write("periode: 2025-Najaar\n")).period());
  }

  @Test
  void lakeIsAHadoopAddressAsWrittenOrAFolderRelativeToTheConfiguration() throws Exception {
    assertEquals(
        Optional.of("hdfs://namenode:8020/lea/lake"),
        ConfigFile.read(write("lake: hdfs://namenode:8020/lea/lake\n")).lake());
    assertEquals(
        Optional.of(temp.toAbsolutePath().resolve("lakes").toString()),
        ConfigFile.read(write("lake: lakes\n")).lake());
    assertEquals(Optional.empty(), ConfigFile.read(write("gemeente: X\n")).lake());
  }

  @Test
  void keyFileIsRelativeToTheConfiguration() throws Exception {
    LeaConfig config = ConfigFile.read(write("sleutelbestand: geheim/sleutel.txt\n"));
    assertEquals(
        Optional.of(temp.toAbsolutePath().resolve("geheim/sleutel.txt")), config.keyFile());
  }

  @Test
  void emptyFileIsNoSettings() throws Exception {
    assertEquals(LeaConfig.empty(), ConfigFile.read(write("# alleen commentaar\n")));
  }

  @Test
  void unknownKeyNamesItsLine() throws Exception {
    Path file = write("gemeente: Zoetermeer\nmin_cel: 5\n");
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(file));
    assertEquals(
        file
            + ", regel 2: onbekende sleutel 'min_cel'; bekende sleutels: doelen, duckdb_geheugen,"
            + " engine, gemeente, lake, max_afgekeurd, min_celgrootte, periode, sleutelbestand.",
        e.getMessage());
  }

  @Test
  void badValuesNameTheirLine() throws Exception {
    Path share = write("\nmax_afgekeurd: 5%\n");
    assertEquals(
        share
            + ", regel 2: max_afgekeurd moet een aandeel tussen 0 en 1 zijn (0.05 is 5 %), niet"
            + " '5%'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(share)).getMessage());
    Path engine = write("engine: hadoop\n");
    assertEquals(
        engine + ", regel 1: engine moet duckdb of spark zijn, niet 'hadoop'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(engine)).getMessage());
    Path memory = write("duckdb_geheugen: veel\n");
    assertEquals(
        memory
            + ", regel 1: duckdb_geheugen moet een hoeveelheid als 2GB of 512MB zijn, niet 'veel'.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(memory)).getMessage());
    Path list = write("gemeente:\n  - a\n  - b\n");
    assertEquals(
        list + ", regel 2: hier hoort een enkele waarde.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(list)).getMessage());
  }

  @Test
  void repeatedKeyAndBrokenYamlAreNamed() throws Exception {
    Path repeated = write("engine: duckdb\nengine: spark\n");
    assertEquals(
        repeated + ", regel 2: sleutel 'engine' staat er twee keer in.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(repeated)).getMessage());
    Path broken = write("gemeente: [Zoetermeer\n");
    String message =
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(broken)).getMessage();
    assertEquals(
        broken + ", regel 2: geen geldige YAML", message.substring(0, message.indexOf(" (")));
  }
}
