package nl.leamonitor.analytics.protect;

import java.util.Map;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A figure that primary suppression hides and that must keep at least k possible values: the
 * teller, noemer or complement (noemer - teller) of a primary-suppressed row.
 *
 * @param indicator the row's indicator
 * @param schooljaar the row's schooljaar
 * @param area the row's area code
 * @param categorie the row's category, or empty for totaal
 * @param part {@code teller}, {@code noemer} or {@code complement}, as named in messages
 * @param expression the quantities whose sum (with coefficients) the figure is
 */
public record Target(
    String indicator,
    Schooljaar schooljaar,
    String area,
    String categorie,
    String part,
    Map<Quantity, Integer> expression) {

  /** Returns a Dutch description without any value, for messages and the log. */
  public String describe() {
    return part
        + " van "
        + indicator
        + " "
        + schooljaar.label()
        + " "
        + area
        + (categorie.isEmpty() ? "" : " " + categorie);
  }
}
