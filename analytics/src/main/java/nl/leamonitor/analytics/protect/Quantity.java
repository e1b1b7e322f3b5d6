package nl.leamonitor.analytics.protect;

/**
 * One published number that additivity ties to others: a teller or noemer of an indicator,
 * schooljaar, category and area. Several rows may publish the same quantity (the cohort of a
 * transition is the noemer of all its rows; I03's noemer is I02's teller).
 *
 * @param kind {@code T} for a teller, {@code N} for a noemer
 * @param indicator the indicator whose quantity it is
 * @param schooljaar the schooljaar's label: a quantity is one of the audit's variables, named in text
 * @param uitsplitsing {@code totaal} or the breakdown's name
 * @param categorie the category, or empty
 * @param area the area's code
 */
public record Quantity(char kind, String indicator, String schooljaar, String uitsplitsing, String categorie, String area) {
  /** Returns the same quantity in another area. */
  public Quantity at(String otherArea) {
    return new Quantity(kind, indicator, schooljaar, uitsplitsing, categorie, otherArea);
  }
}
