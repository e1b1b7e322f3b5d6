package nl.leamonitor.analytics.catalogue;

/**
 * The LEA's ambitions, and the transitions of the doorlopende leerlijn, under which indicators are
 * reported.
 */
public enum Ambition {
  BOUWEN("Ambitie 1: Een onderwijsaanbod dat past bij de stad richting 2040"),
  GELIJKE_KANSEN("Ambitie 2: Gelijke kansen voor ieder kind van 0 tot 23 jaar"),
  PASSENDE_PLEK("Ambitie 3: Een passende plek in opvang, school en werk"),
  /** Not one of the LEA's numbered ambitions: the transitions between sectors. */
  OVERGANGEN("Overgangen in de doorlopende leerlijn");

  private final String title;

  Ambition(String title) {
    this.title = title;
  }

  /**
   * Returns the Dutch title with the ambition's number in the LEA, as a report heads its chapter.
   */
  public String title() {
    return title;
  }
}
