package nl.leamonitor.ingest.geo;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import org.locationtech.jts.geom.Geometry;

/**
 * The wijken's boundaries from {@code referentie/wijken.geojson}: per wijk code a valid polygonal
 * geometry in WGS84 degrees (x longitude, y latitude), and the warnings reading gave (features of
 * wijken that {@code wijken.csv} does not know). A wijk of {@code wijken.csv} without a shape here
 * has no map ("geen kaart").
 *
 * @param shapes per wijk code, its valid Polygon or MultiPolygon
 * @param warnings what reading found, in Dutch, for the log and {@code manifest.json}
 */
public record WijkBoundaries(SortedMap<String, Geometry> shapes, List<DeliveryWarning> warnings) {
  /** The contract's name of the file, relative to the delivery folder. */
  public static final String FILE = "referentie/wijken.geojson";

  /** No boundaries: the delivery has no {@code referentie/wijken.geojson}, so no maps. */
  public static final WijkBoundaries NONE = new WijkBoundaries(new TreeMap<>(), List.of());

  /** Creates the boundaries. */
  public WijkBoundaries {
    shapes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(shapes));
    warnings = List.copyOf(warnings);
  }

  /** Returns whether there is no shape at all, so that no map can be drawn. */
  public boolean isEmpty() {
    return shapes.isEmpty();
  }
}
