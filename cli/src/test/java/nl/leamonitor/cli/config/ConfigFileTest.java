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
    assertEquals(Optional.of(nl.leamonitor.ingest.MemoryLimit.gigabytes(1)), config.memoryLimit());
    assertEquals("1GB", config.memoryLimit().orElseThrow().toString());
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
        unknown
            + ", regel 2: onbekende indicator 'I99_onbekend' in een doel; geldige indicatoren:"
            + " I01_leerlingen, I02_thuiszitters_per_1000, I03_thuiszitters_langer_3_maanden,"
            + " I04_vsv_percentage, I05_vertraging_aandeel, I06_overgang_po_vo,"
            + " I07_overgang_vmbo_mbo, I08_overgang_mbo_hbo, I09_vve_bereik, I11_po_thuisnabij,"
            + " I12_toetsadvies_hoger, I13_advies_bijgesteld, I14_positie_vo3,"
            + " I15_uitstroom_startkwalificatie, I16_rmc_jongeren_per_1000.",
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
            + ", regel 2: max_afgekeurd moet een aandeel tussen 0 en 1 zijn (0.05 of 0,05 is 5 %),"
            + " niet '5%'.",
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
  void repeatedKeyIsNamed() throws Exception {
    Path repeated = write("engine: duckdb\nengine: spark\n");
    assertEquals(
        repeated + ", regel 2: sleutel 'engine' staat er twee keer in.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(repeated)).getMessage());
  }

  /** What a person is told to check in a file that is not YAML. */
  private static final String CHECK_YAML =
      " Controleer deze plek en de regel erboven: elke sleutel staat aan het begin van een regel"
          + " met een dubbele punt en een spatie erachter (gemeente: Zoetermeer), een doel begint"
          + " met '- ' en springt in met spaties, en haakjes en aanhalingstekens worden gesloten."
          + " Zie lea.yaml.voorbeeld.";

  @Test
  void brokenYamlNamesLineAndColumnInDutch() throws Exception {
    // The list is never closed: SnakeYAML finds that at the end of the file, line 2, column 1.
    Path unclosed = write("gemeente: [Zoetermeer\n");
    assertEquals(
        unclosed + ", regel 2, kolom 1: dit is geen geldige YAML." + CHECK_YAML,
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(unclosed)).getMessage());
    // "min_celgrootte 5" has no colon, so the next line's "engine:" is a key inside a plain
    // value: line 2, column 7 (after "engine").
    Path noColon = write("min_celgrootte 5\nengine: duckdb\n");
    assertEquals(
        noColon + ", regel 2, kolom 7: dit is geen geldige YAML." + CHECK_YAML,
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(noColon)).getMessage());
    // A tab before "waarde" on line 3 (column 1); the message says what to do about it.
    Path tab =
        write(
            "doelen:\n"
                + "  - indicator: I04_vsv_percentage\n"
                + "\twaarde: 3\n"
                + "    richting: lager\n");
    assertEquals(
        tab
            + ", regel 3, kolom 1: dit is geen geldige YAML. Deze regel bevat een tab: YAML springt"
            + " in met spaties; vervang de tab door spaties."
            + CHECK_YAML,
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(tab)).getMessage());
  }

  @Test
  void unreadableConfigurationIsNamed() throws Exception {
    Path missing = temp.resolve("bestaat-niet.yaml");
    assertEquals(
        "Het configuratiebestand "
            + missing
            + " kan niet gelezen worden: het bestaat niet. Controleer het pad achter --config en de"
            + " rechten van het bestand.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(missing)).getMessage());
    // Windows-1252 "ë" (0xEB) is no UTF-8.
    Path latin = temp.resolve("latin.yaml");
    Files.write(latin, new byte[] {'g', 'e', 'm', 'e', 'e', 'n', 't', 'e', ':', ' ', (byte) 0xEB});
    assertEquals(
        "Het configuratiebestand "
            + latin
            + " bevat tekens die geen gewone tekst zijn. Sla het op als UTF-8-tekst (in Kladblok:"
            + " Opslaan als, codering UTF-8) en start opnieuw.",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(latin)).getMessage());
  }

  @Test
  void aFolderGivenAsConfigurationIsNamedAsAFolder() throws Exception {
    // --config naming the folder that holds lea.yaml: before, SnakeYAML's read error made this
    // "bevat tekens die geen gewone tekst zijn", which sends the user to Kladblok for nothing.
    Path folder = Files.createDirectories(temp.resolve("instellingen"));
    assertEquals(
        "Het configuratiebestand "
            + folder
            + " is een map, geen bestand. Geef met --config het bestand lea.yaml zelf, zoals "
            + folder.resolve("lea.yaml")
            + ".",
        assertThrows(ConfigurationException.class, () -> ConfigFile.read(folder)).getMessage());
  }
}
