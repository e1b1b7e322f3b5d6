package nl.leamonitor.ingest.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Reading {@code referentie/wijken.geojson}: shapes, repaired shapes, warnings, file problems. */
class WijkBoundariesReaderTest {
  private static final String FILE = "referentie/wijken.geojson";

  @TempDir Path temp;

  private static WijkBoundaries read(String fixture, Set<String> wijken) throws IOException {
    try (InputStream in =
        WijkBoundariesReaderTest.class.getResourceAsStream("/geojson/" + fixture)) {
      return WijkBoundariesReader.read(in, FILE, wijken);
    }
  }

  /**
   * twee-wijken.geojson: WK099901 is a bow-tie ring (4 52, 4 52.1, 4.2 52, 4.2 52.1), which JTS
   * repairs into its two triangles of 0.1 x 0.1 / 2 = 0.005 square degrees each, 0.01 together;
   * WK099902 (named by wijk_code) is a MultiPolygon of 0.1 x 0.05 + 0.05 x 0.05 = 0.0075; WK099903
   * has no feature; feature 3 is a wijk wijken.csv does not know and feature 4 a second shape of
   * WK099902, both ignored with a warning.
   */
  @Test
  void readsPolygonsAndMultiPolygonsRepairsThemAndWarnsAboutTheRest() throws IOException {
    WijkBoundaries boundaries =
        read("twee-wijken.geojson", Set.of("WK099901", "WK099902", "WK099903"));
    assertEquals(List.of("WK099901", "WK099902"), List.copyOf(boundaries.shapes().keySet()));
    Geometry bowTie = boundaries.shapes().get("WK099901");
    assertTrue(bowTie.isValid());
    assertTrue(bowTie instanceof MultiPolygon, bowTie.toText());
    assertEquals(2, bowTie.getNumGeometries());
    assertEquals(0.01, bowTie.getArea(), 1e-12);
    Geometry two = boundaries.shapes().get("WK099902");
    assertTrue(two instanceof MultiPolygon);
    assertEquals(0.0075, two.getArea(), 1e-12);
    assertEquals(
        List.of(
            new DeliveryWarning(
                FILE,
                FILE
                    + ": feature 3 (WK099999) genegeerd, deze wijk staat niet in"
                    + " referentie/wijken.csv"),
            new DeliveryWarning(
                FILE,
                FILE
                    + ": feature 4 (WK099902) genegeerd, de wijk heeft al een grens in feature 2"
                    + " (de eerste telt)")),
        boundaries.warnings());
  }

  /**
   * The real CBS boundaries of Zoetermeer (Wijk- en Buurtkaart 2024, simplified): nine wijken, no
   * WK063707, Buitengebied in two parts; all within 4,421-4,557 E and 52,031-52,093 N, and
   * Centrum's ring of 0,000478 square degrees by the shoelace formula.
   */
  @Test
  void readsTheRealCbsBoundariesOfZoetermeer() throws IOException {
    Set<String> codes = new java.util.TreeSet<>();
    for (int w : new int[] {0, 1, 2, 3, 4, 5, 6, 8, 9}) {
      codes.add("WK06370" + w);
    }
    WijkBoundaries boundaries = read("zoetermeer-wijken-2024.geojson", codes);
    assertEquals(codes, boundaries.shapes().keySet());
    assertEquals(List.of(), boundaries.warnings());
    boundaries.shapes().values().forEach(g -> assertTrue(g.isValid()));
    assertTrue(boundaries.shapes().get("WK063700") instanceof Polygon);
    assertEquals(2, boundaries.shapes().get("WK063709").getNumGeometries());
    assertEquals(0.000478, boundaries.shapes().get("WK063700").getArea(), 1e-9);
    var all = new org.locationtech.jts.geom.Envelope();
    boundaries.shapes().values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
    assertEquals(new org.locationtech.jts.geom.Envelope(4.421, 4.557, 52.031, 52.093), all);
  }

  static Stream<Arguments> notGeoJson() {
    String remedy =
        ". Lever de wijkgrenzen als GeoJSON FeatureCollection (RFC 7946, WGS84) met per wijk een"
            + " Polygon of MultiPolygon en de wijkcode in statcode of wijk_code, zoals de Wijk- en"
            + " Buurtkaart van CBS, of laat het bestand weg (dan zonder kaarten).";
    return Stream.of(
        Arguments.of(
            "csv-in-plaats-van-geojson.geojson", FILE + ", regel 1: geen geldige JSON" + remedy),
        Arguments.of(
            "feature-zonder-collectie.geojson",
            FILE + ": geen GeoJSON FeatureCollection (het type is 'Feature')" + remedy),
        Arguments.of(
            "punt.geojson",
            FILE
                + ": feature 1 (WK099901) heeft een geometrie van het type 'Point', verwacht"
                + " Polygon of MultiPolygon"
                + remedy),
        Arguments.of(
            "rijksdriehoek.geojson",
            FILE
                + ": feature 1 (WK099901) heeft coördinaten buiten WGS84 (lengte -180 tot 180,"
                + " breedte -90 tot 90), bijvoorbeeld Rijksdriehoeksmeting (EPSG:28992)"
                + remedy),
        Arguments.of(
            "ring-open.geojson",
            FILE
                + ": feature 1 (WK099901) heeft een ring die niet eindigt waar hij begint"
                + remedy),
        Arguments.of(
            "geen-code.geojson", FILE + ": feature 1 heeft geen statcode of wijk_code" + remedy));
  }

  @ParameterizedTest
  @MethodSource("notGeoJson")
  void aFileThatIsNotSuchGeoJsonIsAFileProblem(String fixture, String message) {
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> read(fixture, Set.of("WK099901")));
    assertEquals(message, e.getMessage());
  }

  /** The delivery folder recognises the file, so it is not ignored as a stray file. */
  @Test
  void theDeliveryFolderFindsTheFileAndWithoutItThereAreNoBoundaries() throws IOException {
    Path ref = Files.createDirectories(temp.resolve("referentie"));
    Files.writeString(ref.resolve("wijken.csv"), "wijk_code;wijk_naam;gemeente_code\n");
    Files.writeString(ref.resolve("postcodes.csv"), "postcode;wijk_code\n");
    Files.writeString(temp.resolve("inschrijvingen.csv"), "leerling_id\n");
    TreeMap<String, String> wijken = new TreeMap<>(java.util.Map.of("WK099901", "Noord"));
    assertEquals(
        WijkBoundaries.NONE, WijkBoundariesReader.read(DeliveryFolder.scan(temp), wijken.keySet()));
    try (InputStream in = getClass().getResourceAsStream("/geojson/twee-wijken.geojson")) {
      Files.copy(in, ref.resolve("wijken.geojson"));
    }
    DeliveryFolder folder = DeliveryFolder.scan(temp);
    assertEquals(List.of(), folder.ignored());
    assertEquals(java.util.Optional.of(FILE), folder.boundariesFile());
    assertEquals(
        List.of("WK099901"),
        List.copyOf(WijkBoundariesReader.read(folder, wijken.keySet()).shapes().keySet()));
  }
}
