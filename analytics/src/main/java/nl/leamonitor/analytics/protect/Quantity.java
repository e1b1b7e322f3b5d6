package nl.leamonitor.analytics.protect;

import java.util.Objects;

/**
 * One published number that additivity ties to others: a teller or noemer of an indicator,
 * schooljaar, category and area. Several rows may publish the same quantity (the cohort of a
 * transition is the noemer of all its rows; I03's noemer is I02's teller).
 *
 * <p>A value class rather than a record only to keep its hash: the auditor looks quantities up
 * millions of times at national scale, and a record computes its hash from all six fields on every
 * lookup.
 */
public final class Quantity {
  private final char kind;
  private final String indicator;
  private final String schooljaar;
  private final String uitsplitsing;
  private final String categorie;
  private final String area;
  private final int hash;

  /**
   * Creates a quantity.
   *
   * @param kind {@code T} for a teller, {@code N} for a noemer
   * @param indicator the indicator whose quantity it is
   * @param schooljaar the schooljaar's label: a quantity is one of the audit's variables, named in
   *     text
   * @param uitsplitsing {@code totaal} or the breakdown's name
   * @param categorie the category, or empty
   * @param area the area's code
   */
  public Quantity(
      char kind,
      String indicator,
      String schooljaar,
      String uitsplitsing,
      String categorie,
      String area) {
    this.kind = kind;
    this.indicator = Objects.requireNonNull(indicator);
    this.schooljaar = Objects.requireNonNull(schooljaar);
    this.uitsplitsing = Objects.requireNonNull(uitsplitsing);
    this.categorie = Objects.requireNonNull(categorie);
    this.area = Objects.requireNonNull(area);
    // The hash a record of these six fields has (31 * h + field, from 0), so that hash maps
    // iterate as they did when this was a record.
    int h = Character.hashCode(kind);
    for (String field : new String[] {indicator, schooljaar, uitsplitsing, categorie, area}) {
      h = 31 * h + field.hashCode();
    }
    this.hash = h;
  }

  /** Returns {@code T} for a teller, {@code N} for a noemer. */
  public char kind() {
    return kind;
  }

  /** Returns the indicator whose quantity it is. */
  public String indicator() {
    return indicator;
  }

  /** Returns the schooljaar. */
  public String schooljaar() {
    return schooljaar;
  }

  /** Returns {@code totaal} or the breakdown's name. */
  public String uitsplitsing() {
    return uitsplitsing;
  }

  /** Returns the category, or empty. */
  public String categorie() {
    return categorie;
  }

  /** Returns the area's code. */
  public String area() {
    return area;
  }

  /** Returns the same quantity in another area. */
  public Quantity at(String otherArea) {
    return new Quantity(kind, indicator, schooljaar, uitsplitsing, categorie, otherArea);
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Quantity q
            && q.hash == hash
            && q.kind == kind
            && q.area.equals(area)
            && q.categorie.equals(categorie)
            && q.indicator.equals(indicator)
            && q.schooljaar.equals(schooljaar)
            && q.uitsplitsing.equals(uitsplitsing);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Quantity[kind="
        + kind
        + ", indicator="
        + indicator
        + ", schooljaar="
        + schooljaar
        + ", uitsplitsing="
        + uitsplitsing
        + ", categorie="
        + categorie
        + ", area="
        + area
        + "]";
  }
}
