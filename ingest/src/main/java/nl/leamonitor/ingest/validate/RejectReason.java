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
  WIJK_ONBEKEND,
  // schooladviezen: the problems of SchoolAdvice.parse
  ADVIES_ONBEKEND,
  ADVIES_ZELFDE_NIVEAU,
  ADVIES_OMGEKEERD,
  ADVIES_NIET_AANSLUITEND,
  // rmc (issue 15): its own peildatum column, not 1 October of a schooljaar
  GEBOORTEDATUM_NA_PEILDATUM_RMC;

  /** Returns the reason code as published in the {@code reden} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the reason as one Dutch sentence for the partner who corrects the row: it starts with a
   * capital, ends with a full stop and holds only characters that Windows-1252 can encode, since
   * the {@code toelichting} column of {@code afgekeurd/} is written in the delivered encoding.
   */
  public String explanation() {
    return switch (this) {
      case AANTAL_VELDEN_ONJUIST -> "De regel heeft meer of minder velden dan de kopregel.";
      case VERPLICHT_VELD_LEEG -> "Een verplicht veld is leeg.";
      case IDENTITEIT_ONTBREEKT -> "Zowel leerling_id als bsn is leeg; vul er precies een in.";
      case IDENTITEIT_DUBBEL -> "Zowel leerling_id als bsn is gevuld; lever er precies een.";
      case BSN_ONGELDIG ->
          "Het bsn is geen geldig BSN of onderwijsnummer (9 cijfers die de elfproef doorstaan).";
      case LEERLING_ID_ONGELDIG ->
          "Het leerling_id moet 6 tot 128 tekens lang zijn, alleen A-Z, a-z, 0-9, _ en -.";
      case LEERLING_ID_IS_BSN ->
          "Het leerling_id is een BSN; lever het in de kolom bsn of pseudonimiseer het eerst.";
      case SCHOOLJAAR_ONGELDIG ->
          "Het schooljaar moet de vorm 2023-2024 of 2023/2024 hebben, met opeenvolgende jaren.";
      case DATUM_ONGELDIG -> "De datum moet de vorm 2023-10-01, 01-10-2023 of 1-10-2023 hebben.";
      case POSTCODE_ONGELDIG ->
          "De postcode moet 4 cijfers zijn (niet beginnend met 0), eventueel met 2 letters"
              + " erachter.";
      case BRIN_ONGELDIG -> "Het brin-nummer moet 2 cijfers en dan 2 letters of cijfers zijn.";
      case VESTIGING_ONGELDIG -> "De vestiging moet 1 of 2 cijfers zijn.";
      case CODE_ONBEKEND -> "De code staat niet in de lijst van het contract.";
      case GETAL_ONGELDIG -> "Het veld is geen geldig getal of valt buiten het mogelijke bereik.";
      case JA_NEE_ONGELDIG -> "Een ja/nee-veld moet J/N, ja/nee, 1/0 of true/false zijn.";
      case LEERJAAR_BUITEN_BEREIK -> "Het leerjaar past niet bij de sector.";
      case GEBOORTEDATUM_NA_PEILDATUM -> "De geboortedatum ligt na 1 oktober van het schooljaar.";
      case GEBOORTEDATUM_NA_STARTDATUM -> "De geboortedatum ligt na de startdatum.";
      case EINDDATUM_VOOR_STARTDATUM -> "De einddatum ligt voor de startdatum.";
      case WIJK_CODE_ONGELDIG -> "De wijk_code moet de vorm WK063701 hebben.";
      case GEMEENTE_CODE_ONGELDIG -> "De gemeente_code moet de vorm GM0637 hebben.";
      case WIJK_ONBEKEND -> "De wijk_code staat niet in referentie/wijken.csv.";
      case ADVIES_ONBEKEND ->
          "Het advies noemt geen bekend niveau; gebruik PRO, VMBO-B, VMBO-K, VMBO-GT, HAVO of VWO,"
              + " of twee aansluitende niveaus met een / ertussen (een MAVO-advies is VMBO-GT).";
      case ADVIES_ZELFDE_NIVEAU ->
          "Het advies koppelt een niveau aan zichzelf (zoals HAVO/HAVO); lever dan alleen dat"
              + " niveau.";
      case ADVIES_OMGEKEERD ->
          "Het hoogste niveau van het advies staat voorop; zet het laagste eerst (zoals"
              + " VMBO-GT/HAVO).";
      case ADVIES_NIET_AANSLUITEND ->
          "De twee niveaus van het advies sluiten niet op elkaar aan (zoals VMBO-B/HAVO); een"
              + " dubbel advies noemt twee opeenvolgende niveaus.";
      // rmc (issue 15)
      case GEBOORTEDATUM_NA_PEILDATUM_RMC ->
          "De geboortedatum ligt na de datum in de kolom peildatum.";
    };
  }
}
