package nl.leamonitor.reports.maps;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Projects WGS84 degrees onto a drawing area: equirectangular, a degree of longitude shortened by
 * the cosine of the map's middle latitude, scaled to fit the area and centred in it, north up. Over
 * a gemeente (some 10 km) this differs from a conformal projection by far less than the width of a
 * border line, and it needs no projection library.
 */
final class MapProjection implements PointTransformation {
  private final double cos;
  private final double scale;
  private final double minLon;
  private final double maxLat;
  private final double left;
  private final double top;

  MapProjection(Envelope extent, Rectangle2D area) {
    cos = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
    double width = Math.max(extent.getWidth() * cos, 1e-9);
    double height = Math.max(extent.getHeight(), 1e-9);
    scale = Math.min(area.getWidth() / width, area.getHeight() / height);
    minLon = extent.getMinX();
    maxLat = extent.getMaxY();
    left = area.getX() + (area.getWidth() - width * scale) / 2;
    top = area.getY() + (area.getHeight() - height * scale) / 2;
  }

  @Override
  public void transform(Coordinate src, Point2D dest) {
    dest.setLocation(left + (src.x - minLon) * cos * scale, top + (maxLat - src.y) * scale);
  }

  /** Returns a point of the drawing for a coordinate. */
  Point2D point(Coordinate c) {
    Point2D p = new Point2D.Double();
    transform(c, p);
    return p;
  }

  /**
   * Returns the simplification tolerance in degrees for this drawing: half a point, so that what
   * simplification removes is smaller than the eye sees at the size the map is drawn.
   */
  double tolerance() {
    return 0.5 / scale;
  }
}
