package nl.leamonitor.ingest.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads {@code referentie/wijken.geojson} (contract section 1): a GeoJSON FeatureCollection (RFC
 * 7946, WGS84) whose features name a wijk of {@code wijken.csv} by {@code statcode} (as CBS's wijk-
 * en buurtkaart does) or {@code wijk_code}, each with a Polygon or MultiPolygon.
 *
 * <p>Jackson reads the JSON structure and JTS builds the geometry: a ring must be closed and have
 * four positions (RFC 7946 section 3.1.6), and a shape that is not valid (a self-intersecting ring,
 * a hole touching its shell, as simplified boundaries often have) is repaired by JTS's {@link
 * GeometryFixer} rather than drawn wrong. A feature of an unknown wijk is ignored with a warning; a
 * file that is not such GeoJSON is a file problem (exit code 3).
 */
public final class WijkBoundariesReader {
  /** What to do about any problem with the file. */
  static final String REMEDY =
      "Lever de wijkgrenzen als GeoJSON FeatureCollection (RFC 7946, WGS84) met per wijk een"
          + " Polygon of MultiPolygon en de wijkcode in statcode of wijk_code, zoals de Wijk- en"
          + " Buurtkaart van CBS, of laat het bestand weg (dan zonder kaarten).";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(WijkBoundariesReader.class);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private WijkBoundariesReader() {}

  /**
   * Returns the boundaries of a delivery, {@link WijkBoundaries#NONE} when it has no {@code
   * referentie/wijken.geojson}.
   *
   * @param wijkCodes the wijk codes of {@code wijken.csv}
   * @throws InputRejectedException when the file is not such GeoJSON
   */
  public static WijkBoundaries read(DeliveryFolder folder, java.util.Set<String> wijkCodes) {
    Optional<String> file = folder.boundariesFile();
    if (file.isEmpty()) {
      return WijkBoundaries.NONE;
    }
    try (InputStream in = folder.store().open(file.get())) {
      WijkBoundaries boundaries = read(in, file.get(), wijkCodes);
      LOG.info(
          "Lezen: {} (wijkgrenzen, GeoJSON): {} van de {} wijken met een grens",
          file.get(),
          boundaries.shapes().size(),
          wijkCodes.size());
      return boundaries;
    } catch (IOException e) {
      throw problem(
          file.get(), 0, "kan niet gelezen worden (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Reads the boundaries from a stream.
   *
   * @param file the file's name, for messages
   * @param wijkCodes the wijk codes of {@code wijken.csv}
   * @throws InputRejectedException when the file is not such GeoJSON
   */
  public static WijkBoundaries read(InputStream in, String file, java.util.Set<String> wijkCodes)
      throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw problem(file, line, "geen geldige JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw problem(file, 0, "het bestand is leeg");
    }
    if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))) {
      String type = root.isObject() ? root.path("type").asText("") : "";
      throw problem(
          file,
          0,
          "geen GeoJSON FeatureCollection"
              + (type.isEmpty() ? "" : " (het type is " + quote(type) + ")"));
    }
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      throw problem(file, 0, "de FeatureCollection heeft geen lijst features");
    }
    Map<String, String> known = new HashMap<>();
    wijkCodes.forEach(c -> known.put(c.toUpperCase(Locale.ROOT), c));
    SortedMap<String, Geometry> shapes = new TreeMap<>();
    Map<String, Integer> firstFeature = new HashMap<>();
    List<DeliveryWarning> warnings = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      int number = i + 1;
      JsonNode feature = features.get(i);
      if (!feature.isObject() || !"Feature".equals(feature.path("type").asText(null))) {
        throw problem(file, 0, "feature " + number + " is geen GeoJSON Feature");
      }
      String code = code(feature.path("properties"));
      if (code == null) {
        throw problem(file, 0, "feature " + number + " heeft geen statcode of wijk_code");
      }
      String where = "feature " + number + " (" + code + ")";
      JsonNode geometry = feature.get("geometry");
      // RFC 7946 allows a feature without geometry: its wijk simply has no map.
      Geometry shape =
          geometry == null || geometry.isNull() ? null : polygonal(geometry, file, where);
      String wijk = known.get(code.toUpperCase(Locale.ROOT));
      if (wijk == null) {
        warnings.add(
            ignored(file, where, " genegeerd, deze wijk staat niet in referentie/wijken.csv"));
        continue;
      }
      if (firstFeature.containsKey(wijk)) {
        warnings.add(
            ignored(
                file,
                where,
                " genegeerd, de wijk heeft al een grens in feature "
                    + firstFeature.get(wijk)
                    + " (de eerste telt)"));
        continue;
      }
      firstFeature.put(wijk, number);
      if (shape == null) {
        continue;
      }
      Geometry valid = shape.isValid() ? shape : GeometryFixer.fix(shape);
      if (valid.isEmpty() || !(valid instanceof Polygonal)) {
        warnings.add(
            ignored(
                file, where, " heeft een grens zonder oppervlak; de kaart toont deze wijk niet"));
        continue;
      }
      shapes.put(wijk, valid);
    }
    return new WijkBoundaries(shapes, warnings);
  }

  /** Returns the feature's wijk code: {@code statcode}, else {@code wijk_code}, trimmed. */
  private static String code(JsonNode properties) {
    for (String name : List.of("statcode", "wijk_code")) {
      JsonNode value = properties.get(name);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }

  /** Builds a feature's Polygon or MultiPolygon with JTS. */
  private static Geometry polygonal(JsonNode geometry, String file, String where) {
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.get("coordinates");
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      throw problem(
          file,
          0,
          where
              + " heeft een geometrie van het type "
              + (type.isEmpty() ? "(geen)" : quote(type))
              + ", verwacht Polygon of MultiPolygon");
    }
    if (coordinates == null || !coordinates.isArray()) {
      throw problem(file, 0, where + " heeft geen coordinates");
    }
    if (type.equals("Polygon")) {
      return polygon(coordinates, file, where);
    }
    Polygon[] parts = new Polygon[coordinates.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = polygon(coordinates.get(i), file, where);
    }
    return GEOMETRY.createMultiPolygon(parts);
  }

  private static Polygon polygon(JsonNode rings, String file, String where) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw problem(file, 0, where + " heeft een polygoon zonder ringen");
    }
    LinearRing shell = ring(rings.get(0), file, where);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), file, where);
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, String file, String where) {
    if (!positions.isArray() || positions.size() < 4) {
      throw problem(file, 0, where + " heeft een ring van minder dan 4 posities");
    }
    Coordinate[] ring = new Coordinate[positions.size()];
    for (int i = 0; i < ring.length; i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw problem(file, 0, where + " heeft een positie die geen [lengte, breedte] is");
      }
      double lon = p.get(0).asDouble();
      double lat = p.get(1).asDouble();
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw problem(
            file,
            0,
            where
                + " heeft coördinaten buiten WGS84 (lengte -180 tot 180, breedte -90 tot 90),"
                + " bijvoorbeeld Rijksdriehoeksmeting (EPSG:28992)");
      }
      ring[i] = new Coordinate(lon, lat);
    }
    if (!ring[0].equals2D(ring[ring.length - 1])) {
      throw problem(file, 0, where + " heeft een ring die niet eindigt waar hij begint");
    }
    return GEOMETRY.createLinearRing(ring);
  }

  private static String quote(String text) {
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
  }

  /** Returns the warning that a feature is left off the maps, and why. */
  private static DeliveryWarning ignored(String file, String where, String why) {
    return new DeliveryWarning(file, file + ": " + where + why);
  }

  private static InputRejectedException problem(String file, long line, String what) {
    return new InputRejectedException(new FileProblem(file, line, null, what, REMEDY));
  }
}
