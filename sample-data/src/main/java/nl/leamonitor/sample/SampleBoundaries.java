package nl.leamonitor.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.leamonitor.sample.Town.Wijk;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Writes {@code referentie/wijken.geojson} for a sample town: generated shapes, not real
 * boundaries, so that the sample's reports have maps. The town's wijken but the last are the cells
 * of a Voronoi diagram (JTS's {@link VoronoiDiagramBuilder}) of points on a jittered grid over
 * Zoetermeer's built-up area, the first wijk (Stadshart) in the middle; the last (Buitengebied) is
 * the country on either side, a MultiPolygon as CBS's Buitengebied is. The shapes depend on nothing
 * but the number of wijken, so every seed gives the same map.
 */
final class SampleBoundaries {
  /** Zoetermeer's extent in WGS84 degrees, roughly as CBS's wijk- en buurtkaart has it. */
  static final Envelope TOWN = new Envelope(4.425, 4.555, 52.032, 52.092);

  /** The built-up part between the two halves of the Buitengebied. */
  static final Envelope BUILT = new Envelope(4.44, 4.54, 52.032, 52.092);

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private SampleBoundaries() {}

  /** Writes {@code referentie/wijken.geojson} with a shape for each of the town's wijken. */
  static void write(Path out, Town town) throws IOException {
    List<Geometry> shapes = shapes(town.wijken.size());
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < town.wijken.size(); i++) {
      Wijk w = town.wijken.get(i);
      json.append("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"")
          .append(w.code())
          .append("\",\"statnaam\":\"")
          .append(w.name())
          .append("\",\"bron\":\"gegenereerd voor het voorbeeld, geen echte wijkgrens\"},")
          .append("\"geometry\":")
          .append(geometry(shapes.get(i)))
          .append('}')
          .append(i + 1 < town.wijken.size() ? ",\n" : "\n");
    }
    json.append("]}\n");
    Files.writeString(
        out.resolve("referentie").resolve("wijken.geojson"), json, StandardCharsets.UTF_8);
  }

  /** Returns the shapes of {@code n} wijken: Voronoi cells, then the two-part Buitengebied. */
  static List<Geometry> shapes(int n) {
    int cells = n - 1;
    int columns = (int) Math.ceil(Math.sqrt(cells * 1.5));
    int rows = (int) Math.ceil(cells / (double) columns);
    double width = BUILT.getWidth() / columns;
    double height = BUILT.getHeight() / rows;
    Random jitter = new Random(63_701);
    List<Coordinate> grid = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid.add(
            new Coordinate(
                BUILT.getMinX() + (c + 0.5 + 0.6 * (jitter.nextDouble() - 0.5)) * width,
                BUILT.getMinY() + (r + 0.5 + 0.6 * (jitter.nextDouble() - 0.5)) * height));
      }
    }
    // The first wijken nearest the middle, so that the town's centre is in the centre.
    Coordinate middle = BUILT.centre();
    grid.sort(Comparator.comparingDouble(p -> p.distance(middle)));
    List<Coordinate> sites = grid.subList(0, cells);
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(BUILT);
    Geometry diagram = voronoi.getDiagram(GEOMETRY);
    Geometry built = GEOMETRY.toGeometry(BUILT);
    List<Geometry> shapes = new ArrayList<>();
    for (Coordinate site : sites) {
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Geometry cell = diagram.getGeometryN(i);
        if (site.equals2D((Coordinate) cell.getUserData())) {
          shapes.add(cell.intersection(built));
        }
      }
    }
    shapes.add(
        GEOMETRY.createMultiPolygon(
            new Polygon[] {
              (Polygon)
                  GEOMETRY.toGeometry(
                      new Envelope(
                          TOWN.getMinX(), BUILT.getMinX(), TOWN.getMinY(), TOWN.getMaxY())),
              (Polygon)
                  GEOMETRY.toGeometry(
                      new Envelope(BUILT.getMaxX(), TOWN.getMaxX(), TOWN.getMinY(), TOWN.getMaxY()))
            }));
    return shapes;
  }

  /** Returns a Polygon or MultiPolygon as GeoJSON, outer rings anticlockwise (RFC 7946). */
  static String geometry(Geometry shape) {
    StringBuilder json = new StringBuilder();
    if (shape instanceof Polygon polygon) {
      json.append("{\"type\":\"Polygon\",\"coordinates\":");
      polygon(json, polygon);
    } else {
      json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
      for (int i = 0; i < shape.getNumGeometries(); i++) {
        json.append(i > 0 ? "," : "");
        polygon(json, (Polygon) shape.getGeometryN(i));
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  private static void polygon(StringBuilder json, Polygon polygon) {
    json.append('[');
    ring(json, polygon.getExteriorRing(), true);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      json.append(',');
      ring(json, polygon.getInteriorRingN(i), false);
    }
    json.append(']');
  }

  private static void ring(StringBuilder json, LinearRing ring, boolean outer) {
    Coordinate[] points = ring.getCoordinates();
    if (Orientation.isCCW(points) != outer) {
      points = ring.reverse().getCoordinates();
    }
    json.append('[');
    for (int i = 0; i < points.length; i++) {
      json.append(i > 0 ? "," : "")
          .append(String.format(Locale.ROOT, "[%.5f,%.5f]", points[i].x, points[i].y));
    }
    json.append(']');
  }
}
