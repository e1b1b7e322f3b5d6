package nl.leamonitor.ingest.validate;

/** Returns the Dutch reason code written to {@code afgekeurd/} for a row that breaks a contract rule. */
public enum RejectReason {
  AANTAL_VELDEN("aantal_velden_onjuist", "de regel heeft meer of minder velden dan de kopregel"),
  VERPLICHT_VELD_LEEG("verplicht_veld_leeg", "een verplicht veld is leeg"),
  IDENTITEIT_ONTBREEKT("identiteit_ontbreekt", "zowel leerling_id als bsn is leeg"),
  IDENTITEIT_DUBBEL("identiteit_dubbel", "leerling_id en bsn zijn allebei gevuld; lever er precies een"),
  BSN_ONGELDIG("bsn_ongeldig", "geen geldig BSN of onderwijsnummer (9 cijfers, elfproef)"),
  LEERLING_ID_ONGELDIG("leerling_id_ongeldig", "leerling_id moet 6 tot 128 tekens A-Z, a-z, 0-9, _ of - zijn"),
  LEERLING_ID_IS_BSN("leerling_id_is_bsn", "leerling_id is een BSN; lever het in de kolom bsn of pseudonimiseer het"),
  SCHOOLJAAR_ONGELDIG("schooljaar_ongeldig", "schooljaar moet de vorm 2023-2024 of 2023/2024 hebben"),
  DATUM_ONGELDIG("datum_ongeldig", "datum moet de vorm 2023-10-01, 01-10-2023 of 1-10-2023 hebben"),
  POSTCODE_ONGELDIG("postcode_ongeldig", "postcode moet 4 cijfers (niet beginnend met 0) en eventueel 2 letters zijn"),
  BRIN_ONGELDIG("brin_ongeldig", "brin moet 2 cijfers en 2 letters of cijfers zijn"),
  VESTIGING_ONGELDIG("vestiging_ongeldig", "vestiging moet 2 cijfers zijn"),
  CODE_ONBEKEND("code_onbekend", "de code staat niet in de lijst van het contract"),
  GETAL_ONGELDIG("getal_ongeldig", "geen geldig getal"),
  JA_NEE_ONGELDIG("ja_nee_ongeldig", "ja/nee-veld moet J/N, ja/nee, 1/0 of true/false zijn"),
  LEERJAAR_BUITEN_BEREIK("leerjaar_buiten_bereik", "leerjaar past niet bij de sector"),
  GEBOORTEDATUM_NA_PEILDATUM("geboortedatum_na_peildatum", "geboortedatum ligt na 1 oktober van het schooljaar"),
  GEBOORTEDATUM_NA_STARTDATUM("geboortedatum_na_startdatum", "geboortedatum ligt na de startdatum"),
  EINDDATUM_VOOR_STARTDATUM("einddatum_voor_startdatum", "einddatum ligt voor de startdatum"),
  WIJK_CODE_ONGELDIG("wijk_code_ongeldig", "wijk_code moet de vorm WK063701 hebben"),
  GEMEENTE_CODE_ONGELDIG("gemeente_code_ongeldig", "gemeente_code moet de vorm GM0637 hebben"),
  WIJK_ONBEKEND("wijk_onbekend", "wijk_code staat niet in referentie/wijken.csv");

  private final String code;
  private final String explanation;

  RejectReason(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  /** Returns the reason code as published in the {@code reden} column. */
  public String code() {
    return code;
  }

  /** Returns a Dutch sentence an administrator can act on. */
  public String explanation() {
    return explanation;
  }
}
