package nl.leamonitor.ingest.delivery;

import java.util.List;

/** The datasets of a delivery folder (contract section 1), in the order ingest reads them. */
public enum Dataset {
  WIJKEN("wijken", true, false, false, List.of("wijk_code")),
  POSTCODES("postcodes", true, false, false, List.of("postcode")),
  BEVOLKING("bevolking", false, false, false, List.of("jaar", "wijk_code", "leeftijd")),
  // the gemeente's population forecast, for P01 (issue 16)
  BEVOLKINGSPROGNOSE(
      "bevolkingsprognose", false, false, false, List.of("jaar", "wijk_code", "leeftijd")),
  SCHOLEN("scholen", false, false, true, List.of("brin", "vestiging")),
  INSCHRIJVINGEN(
      "inschrijvingen",
      true,
      true,
      true,
      List.of("persoon", "schooljaar", "brin", "vestiging", "sector")),
  VERTRAGINGEN(
      "vertragingen", false, true, false, List.of("persoon", "schooljaar", "meetmoment", "domein")),
  VSV("vsv", false, true, true, List.of("persoon", "schooljaar")),
  THUISZITTERS("thuiszitters", false, true, true, List.of("persoon", "categorie", "startdatum")),
  SCHOOLADVIEZEN("schooladviezen", false, true, false, List.of("persoon", "schooljaar")),
  // rmc: the RMC register (issue 15)
  RMC("rmc", false, true, true, List.of("persoon", "peildatum"));

  private final String lakeName;
  private final boolean required;
  private final boolean personal;
  private final boolean locatedByPostcode;
  private final List<String> duplicateKey;

  Dataset(
      String lakeName,
      boolean required,
      boolean personal,
      boolean locatedByPostcode,
      List<String> duplicateKey) {
    this.lakeName = lakeName;
    this.required = required;
    this.personal = personal;
    this.locatedByPostcode = locatedByPostcode;
    this.duplicateKey = duplicateKey;
  }

  /**
   * Returns the lake columns whose equal values make rows duplicates (contract section 1, and for
   * reference data the natural key); persons are compared by pseudonym.
   */
  public List<String> duplicateKey() {
    return duplicateKey;
  }

  /**
   * Returns whether the dataset has a postcode column, so that {@code datakwaliteit.csv} counts its
   * rows outside the gemeente (contract section 1: empty for datasets without a postcode, such as
   * {@code vertragingen} and {@code schooladviezen}).
   */
  public boolean hasPostcode() {
    return locatedByPostcode || this == POSTCODES;
  }

  /** Returns whether rows carry a postcode that places them in a wijk (or outside the gemeente). */
  public boolean locatedByPostcode() {
    return locatedByPostcode;
  }

  /** Returns the dataset's name in the lake and in {@code datakwaliteit.csv}. */
  public String lakeName() {
    return lakeName;
  }

  /** Returns whether a delivery without this dataset is rejected. */
  public boolean required() {
    return required;
  }

  /**
   * Returns whether rows identify a person (and so are pseudonymised and partitioned by
   * schooljaar).
   */
  public boolean personal() {
    return personal;
  }

  /**
   * Returns how a partner names the file: a prefix for personal datasets, a fixed path for
   * references.
   */
  public String fileNamePattern() {
    return personal ? lakeName + "*.csv" : "referentie/" + lakeName + ".csv";
  }

  /**
   * Returns what the dataset holds in plain Dutch, for a report's reader who does not know file
   * names: {@code de gegevens uit het RMC-register}.
   */
  public String description() {
    return switch (this) {
      case WIJKEN -> "de lijst van wijken";
      case POSTCODES -> "de postcodes per wijk";
      case BEVOLKING -> "de bevolkingscijfers per wijk en leeftijd";
      case BEVOLKINGSPROGNOSE -> "de bevolkingsprognose per wijk en leeftijd";
      case SCHOLEN -> "de scholenlijst van de gemeente";
      case INSCHRIJVINGEN -> "de inschrijvingen van de scholen";
      case VERTRAGINGEN -> "de toetsgegevens over leervertragingen";
      case VSV -> "de gegevens over voortijdig schoolverlaters";
      case THUISZITTERS -> "de thuiszittersregistratie van leerplicht";
      case SCHOOLADVIEZEN -> "de schooladviezen van de basisscholen";
      case RMC -> "de gegevens uit het RMC-register";
    };
  }
}
