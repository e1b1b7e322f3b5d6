package nl.leamonitor.reports.maps;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The wijken of a report with their boundaries, ready to draw: projected onto a drawing area and
 * simplified for its size with JTS's {@link TopologyPreservingSimplifier} (which keeps a ring from
 * crossing itself or its holes, as Douglas-Peucker alone may), each wijk's label point inside its
 * area (JTS's interior point, in the widest part of a MultiPolygon), and the wijken without a
 * shape.
 */
public final class WijkShapes {
  private final SortedMap<String, String> wijken;
  private final SortedMap<String, Geometry> shapes = new TreeMap<>();
  private final Envelope extent = new Envelope();

  /**
   * Creates the shapes of the report's wijken.
   *
   * @param boundaries per wijk code its valid shape in WGS84 degrees
   * @param wijken the report's wijken, code to name
   */
  public WijkShapes(SortedMap<String, Geometry> boundaries, SortedMap<String, String> wijken) {
    this.wijken = new TreeMap<>(wijken);
    for (String code : wijken.keySet()) {
      Geometry shape = boundaries.get(code);
      if (shape != null) {
        shapes.put(code, shape);
        extent.expandToInclude(shape.getEnvelopeInternal());
      }
    }
  }

  /** Returns whether no wijk has a shape, so that there is no map to draw. */
  public boolean isEmpty() {
    return shapes.isEmpty();
  }

  /** Returns the codes of the wijken with a shape, in code order. */
  public List<String> codes() {
    return List.copyOf(shapes.keySet());
  }

  /** Returns the name of a wijk of the report, its code when it has none. */
  public String name(String code) {
    return wijken.getOrDefault(code, code);
  }

  /** Returns the names of the report's wijken without a shape ("geen kaart"), in code order. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    wijken.forEach(
        (code, name) -> {
          if (!shapes.containsKey(code)) {
            missing.add(name);
          }
        });
    return missing;
  }

  /** Returns the width of the map over its height, as drawn. */
  public double aspect() {
    double cos = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
    return extent.getWidth() * cos / Math.max(extent.getHeight(), 1e-9);
  }

  /** Returns each wijk's shape drawn in an area, simplified for its size, in code order. */
  public Map<String, Shape> draw(Rectangle2D area) {
    MapProjection projection = new MapProjection(extent, area);
    ShapeWriter writer = new ShapeWriter(projection);
    Map<String, Shape> drawn = new LinkedHashMap<>();
    shapes.forEach(
        (code, shape) -> {
          Geometry simple = TopologyPreservingSimplifier.simplify(shape, projection.tolerance());
          // As a plain path: JTS's shape of a MultiPolygon cannot say what it contains.
          drawn.put(code, new Path2D.Double(writer.toShape(simple.isEmpty() ? shape : simple)));
        });
    return drawn;
  }

  /** Returns where a wijk's label goes in an area: a point inside its shape. */
  public Point2D anchor(String code, Rectangle2D area) {
    return new MapProjection(extent, area)
        .point(shapes.get(code).getInteriorPoint().getCoordinate());
  }
}
