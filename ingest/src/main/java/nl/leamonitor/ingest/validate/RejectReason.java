package nl.leamonitor.ingest.validate;

import java.util.Locale;

/**
 * Why a row was rejected: the contract rule it breaks. Its code in {@code afgekeurd/} is its name
 * in lower case, so a code is spelled once.
 */
public enum RejectReason {
  AANTAL_VELDEN_ONJUIST,
  VERPLICHT_VELD_LEEG,
  IDENTITEIT_ONTBREEKT,
  IDENTITEIT_DUBBEL,
  BSN_ONGELDIG,
  LEERLING_ID_ONGELDIG,
  LEERLING_ID_IS_BSN,
  SCHOOLJAAR_ONGELDIG,
  DATUM_ONGELDIG,
  POSTCODE_ONGELDIG,
  BRIN_ONGELDIG,
  VESTIGING_ONGELDIG,
  CODE_ONBEKEND,
  GETAL_ONGELDIG,
  JA_NEE_ONGELDIG,
  LEERJAAR_BUITEN_BEREIK,
  GEBOORTEDATUM_NA_PEILDATUM,
  GEBOORTEDATUM_NA_STARTDATUM,
  EINDDATUM_VOOR_STARTDATUM,
  WIJK_CODE_ONGELDIG,
  GEMEENTE_CODE_ONGELDIG,
  WIJK_ONBEKEND;

  /** Returns the reason code as published in the {@code reden} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns a Dutch sentence an administrator can act on. */
  public String explanation() {
    return switch (this) {
      case AANTAL_VELDEN_ONJUIST -> "de regel heeft meer of minder velden dan de kopregel";
      case VERPLICHT_VELD_LEEG -> "een verplicht veld is leeg";
      case IDENTITEIT_ONTBREEKT -> "zowel leerling_id als bsn is leeg";
      case IDENTITEIT_DUBBEL -> "leerling_id en bsn zijn allebei gevuld; lever er precies een";
      case BSN_ONGELDIG -> "geen geldig BSN of onderwijsnummer (9 cijfers, elfproef)";
      case LEERLING_ID_ONGELDIG -> "leerling_id moet 6 tot 128 tekens A-Z, a-z, 0-9, _ of - zijn";
      case LEERLING_ID_IS_BSN ->
          "leerling_id is een BSN; lever het in de kolom bsn of pseudonimiseer het";
      case SCHOOLJAAR_ONGELDIG -> "schooljaar moet de vorm 2023-2024 of 2023/2024 hebben";
      case DATUM_ONGELDIG -> "datum moet de vorm 2023-10-01, 01-10-2023 of 1-10-2023 hebben";
      case POSTCODE_ONGELDIG ->
          "postcode moet 4 cijfers (niet beginnend met 0) en eventueel 2 letters zijn";
      case BRIN_ONGELDIG -> "brin moet 2 cijfers en 2 letters of cijfers zijn";
      case VESTIGING_ONGELDIG -> "vestiging moet 2 cijfers zijn";
      case CODE_ONBEKEND -> "de code staat niet in de lijst van het contract";
      case GETAL_ONGELDIG -> "geen geldig getal";
      case JA_NEE_ONGELDIG -> "ja/nee-veld moet J/N, ja/nee, 1/0 of true/false zijn";
      case LEERJAAR_BUITEN_BEREIK -> "leerjaar past niet bij de sector";
      case GEBOORTEDATUM_NA_PEILDATUM -> "geboortedatum ligt na 1 oktober van het schooljaar";
      case GEBOORTEDATUM_NA_STARTDATUM -> "geboortedatum ligt na de startdatum";
      case EINDDATUM_VOOR_STARTDATUM -> "einddatum ligt voor de startdatum";
      case WIJK_CODE_ONGELDIG -> "wijk_code moet de vorm WK063701 hebben";
      case GEMEENTE_CODE_ONGELDIG -> "gemeente_code moet de vorm GM0637 hebben";
      case WIJK_ONBEKEND -> "wijk_code staat niet in referentie/wijken.csv";
    };
  }
}
