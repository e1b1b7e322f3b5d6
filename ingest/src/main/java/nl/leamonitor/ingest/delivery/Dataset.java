package nl.leamonitor.ingest.delivery;

/** The datasets of a delivery folder (contract section 1), in the order ingest reads them. */
public enum Dataset {
  WIJKEN("wijken", true, false),
  POSTCODES("postcodes", true, false),
  BEVOLKING("bevolking", false, false),
  SCHOLEN("scholen", false, false),
  INSCHRIJVINGEN("inschrijvingen", true, true),
  VERTRAGINGEN("vertragingen", false, true),
  VSV("vsv", false, true),
  THUISZITTERS("thuiszitters", false, true);

  private final String lakeName;
  private final boolean required;
  private final boolean personal;

  Dataset(String lakeName, boolean required, boolean personal) {
    this.lakeName = lakeName;
    this.required = required;
    this.personal = personal;
  }

  /** Returns the dataset's name in the lake and in {@code datakwaliteit.csv}. */
  public String lakeName() {
    return lakeName;
  }

  /** Returns whether a delivery without this dataset is rejected. */
  public boolean required() {
    return required;
  }

  /** Returns whether rows identify a person (and so are pseudonymised and partitioned by schooljaar). */
  public boolean personal() {
    return personal;
  }

  /** Returns how a partner names the file: a prefix for personal datasets, a fixed path for references. */
  public String fileNamePattern() {
    return personal ? lakeName + "*.csv" : "referentie/" + lakeName + ".csv";
  }
}
