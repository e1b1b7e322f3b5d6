package nl.leamonitor.analytics.catalogue;

/** The LEA's ambitions, and the transitions of the doorlopende leerlijn, under which indicators are reported. */
public enum Ambition {
  BOUWEN(1, "Een onderwijsaanbod dat past bij de stad richting 2040"),
  GELIJKE_KANSEN(2, "Gelijke kansen voor ieder kind van 0 tot 23 jaar"),
  PASSENDE_PLEK(3, "Een passende plek in opvang, school en werk"),
  OVERGANGEN(0, "Overgangen in de doorlopende leerlijn");

  private final int number;
  private final String label;

  Ambition(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** Returns the ambition's number in the LEA (0 for the transitions). */
  public int number() {
    return number;
  }

  /** Returns the Dutch label. */
  public String label() {
    return label;
  }
}
