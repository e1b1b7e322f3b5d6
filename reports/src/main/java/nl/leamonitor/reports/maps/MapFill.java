package nl.leamonitor.reports.maps;

import java.awt.Color;

/**
 * How one wijk is filled on a map, and its key: a colour, or a hatch with {@code x} for a
 * suppressed figure; a symbol drawn in the wijk (as {@code ▲} for hoger) so that the meaning does
 * not rest on colour alone.
 *
 * @param color the fill (white under a hatch)
 * @param hatched whether the figure is suppressed: hatched and labelled {@code x}
 * @param symbol text drawn in the wijk, or empty
 * @param label what the fill means, for the legend
 */
public record MapFill(Color color, boolean hatched, String symbol, String label) {
  /** The label of a suppressed wijk in the legend and on the map. */
  public static final String SUPPRESSED_LABEL =
      "niet gepubliceerd (te weinig kinderen, of af te leiden uit andere cijfers)";

  /** A suppressed figure: hatched, labelled {@code x}. */
  public static final MapFill SUPPRESSED = new MapFill(Color.WHITE, true, "x", SUPPRESSED_LABEL);

  /** Returns a plain fill with a meaning. */
  public static MapFill of(Color color, String symbol, String label) {
    return new MapFill(color, false, symbol, label);
  }
}
