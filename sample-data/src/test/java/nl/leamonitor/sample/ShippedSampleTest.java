package nl.leamonitor.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.geo.WijkBoundariesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator is deterministic per seed, and the shipped sample is exactly its default output.
 */
class ShippedSampleTest {
  /** The shipped sample, inside this module. */
  static final Path SHIPPED = Path.of("zoetermeer");

  @TempDir Path temp;

  @Test
  void shippedSampleIsTheDefaultSeedsOutput() throws IOException {
    Path generated = temp.resolve("zoetermeer");
    new SampleGenerator(20211001L, 35_000).write(generated);
    List<Path> files = files(generated);
    assertEquals(
        files, files(SHIPPED).stream().filter(p -> !p.toString().equals("README.md")).toList());
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(generated.resolve(file)),
          Files.readAllBytes(SHIPPED.resolve(file)),
          file
              + " differs from the generator's output: regenerate with ./lea sample --out"
              + " sample-data/zoetermeer");
    }
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
    new SampleGenerator(7, 800).write(temp.resolve("a"));
    new SampleGenerator(7, 800).write(temp.resolve("b"));
    new SampleGenerator(8, 800).write(temp.resolve("c"));
    for (Path file : files(temp.resolve("a"))) {
      assertArrayEquals(
          Files.readAllBytes(temp.resolve("a").resolve(file)),
          Files.readAllBytes(temp.resolve("b").resolve(file)),
          file.toString());
    }
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(temp.resolve("a/inschrijvingen_po_parnassys.csv")),
            Files.readAllBytes(temp.resolve("c/inschrijvingen_po_parnassys.csv"))));
  }

  @Test
  void everyDatasetOfTheContractIsDeliveredInSeveralDialects() throws IOException {
    List<String> names = files(SHIPPED).stream().map(Path::toString).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "referentie/wijken.csv",
                "referentie/postcodes.csv",
                "referentie/bevolking.csv",
                "referentie/scholen.csv",
                "vsv_vo_rmc.csv",
                "VSV_MBO_Eduarte.csv",
                "thuiszitters_leerplicht.csv",
                "schooladviezen_parnassys.csv",
                "rmc_jongeren_in_beeld.csv")));
    assertEquals(
        4, names.stream().filter(n -> n.toLowerCase().startsWith("inschrijvingen")).count());
    assertEquals(2, names.stream().filter(n -> n.startsWith("vertragingen")).count());
    byte[] po = Files.readAllBytes(SHIPPED.resolve("inschrijvingen_po_parnassys.csv"));
    assertEquals((byte) 0xEF, po[0], "ParnasSys export has a UTF-8 BOM");
    String eduarte =
        new String(
            Files.readAllBytes(SHIPPED.resolve("Inschrijvingen_MBO_HBO_Eduarte.csv")),
            "windows-1252");
    assertTrue(eduarte.startsWith("bsn\tschooljaar"), "Eduarte export is tab-separated");
    assertTrue(eduarte.contains("Commerciële Economie"), "Eduarte export is Windows-1252");
    byte[] advies = Files.readAllBytes(SHIPPED.resolve("schooladviezen_parnassys.csv"));
    String parnassys = new String(advies, "windows-1252");
    assertTrue(
        parnassys.startsWith(
            "BSN;Schooljaar;Schooladvies;Toetsadvies;Definitief_advies;BRIN;Vestiging;Toelichting\r\n"),
        "ParnasSys advice export: ';', CRLF, no BOM");
    assertTrue(
        parnassys.contains("ouders geïnformeerd"), "ParnasSys advice export is Windows-1252");
    for (String spelling : List.of(";VMBO-GT/HAVO;", ";havo/vwo;", ";vmbo-bb/kb;", " / ")) {
      assertTrue(parnassys.contains(spelling), spelling);
    }
    String rmc = Files.readString(SHIPPED.resolve("rmc_jongeren_in_beeld.csv"));
    assertTrue(
        rmc.startsWith("bsn,geboortedatum,postcode,peildatum,situatie\n"),
        "the gemeente's RMC export: ',', LF, UTF-8 without BOM");
  }

  /**
   * Zoetermeer's real CBS wijken of 2024 (issue 17): nine codes, no WK063707, each with a shape in
   * {@code wijken.geojson} that the pipeline reads without a warning, Buitengebied in parts.
   */
  @Test
  void theShippedWijkenAreZoetermeersCbsWijkenWithTheirBoundaries() throws IOException {
    List<String> wijken = Files.readAllLines(SHIPPED.resolve("referentie/wijken.csv"));
    assertEquals(
        List.of(
            "wijk_code;wijk_naam;gemeente_code;gemeente_naam",
            "WK063700;Centrum;GM0637;Zoetermeer",
            "WK063701;Meerzicht;GM0637;Zoetermeer",
            "WK063702;Buytenwegh de Leyens;GM0637;Zoetermeer",
            "WK063703;Seghwaert;GM0637;Zoetermeer",
            "WK063704;Noordhove;GM0637;Zoetermeer",
            "WK063705;Rokkeveen;GM0637;Zoetermeer",
            "WK063706;Oosterheem;GM0637;Zoetermeer",
            "WK063708;Industriegebied;GM0637;Zoetermeer",
            "WK063709;Buitengebied;GM0637;Zoetermeer"),
        wijken);
    Set<String> codes = new TreeSet<>(wijken.stream().skip(1).map(l -> l.split(";")[0]).toList());
    WijkBoundaries boundaries;
    try (InputStream in = Files.newInputStream(SHIPPED.resolve("referentie/wijken.geojson"))) {
      boundaries = WijkBoundariesReader.read(in, "wijken.geojson", codes);
    }
    assertEquals(codes, boundaries.shapes().keySet());
    assertEquals(List.of(), boundaries.warnings());
    assertEquals("MultiPolygon", boundaries.shapes().get("WK063709").getGeometryType());
    String geojson = Files.readString(SHIPPED.resolve("referentie/wijken.geojson"));
    assertTrue(geojson.contains("CBS/Kadaster Wijk- en Buurtkaart 2024"), "the source named");
  }

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
