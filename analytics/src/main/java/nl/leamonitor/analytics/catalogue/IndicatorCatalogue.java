package nl.leamonitor.analytics.catalogue;

import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.NONE;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_AND_NOEMER;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_PARTITION;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_SHARED_NOEMER;
import static nl.leamonitor.analytics.catalogue.NoemerWithin.category;
import static nl.leamonitor.analytics.catalogue.NoemerWithin.sameCategory;
import static nl.leamonitor.analytics.catalogue.NoemerWithin.totaal;
import static nl.leamonitor.ingest.delivery.Dataset.BEVOLKING;
import static nl.leamonitor.ingest.delivery.Dataset.INSCHRIJVINGEN;
import static nl.leamonitor.ingest.delivery.Dataset.RMC;
import static nl.leamonitor.ingest.delivery.Dataset.SCHOLEN;
import static nl.leamonitor.ingest.delivery.Dataset.SCHOOLADVIEZEN;
import static nl.leamonitor.ingest.delivery.Dataset.THUISZITTERS;
import static nl.leamonitor.ingest.delivery.Dataset.VERTRAGINGEN;
import static nl.leamonitor.ingest.delivery.Dataset.VSV;

import java.util.List;
import nl.leamonitor.analytics.coverage.Requirement;

/**
 * Every indicator of LEA Monitor, in one listing (contract section 3), with what a reader of the
 * publication knows about it (contract section 4). A new indicator is one entry here and one file
 * in {@code sql/indicators/}.
 */
public final class IndicatorCatalogue {
  private IndicatorCatalogue() {}

  private static final String I01 = "I01_leerlingen";
  private static final String I02 = "I02_thuiszitters_per_1000";
  private static final String I12 = "I12_toetsadvies_hoger";

  /** All indicators, in publication order. */
  public static final List<Indicator> ALL =
      List.of(
          Indicator.builder(I01, Ambition.BOUWEN)
              .label("Leerlingen en studenten")
              .description(
                  "Aantal inwoners met een inschrijving in het schooljaar, per sector (elke persoon"
                      + " met zijn eerste inschrijving in die sector).")
              .scale(Scale.COUNT, Polarity.NEUTRAL)
              .breakdown("sector", TELLER_AND_NOEMER, "VVE", "PO", "SO", "VO", "VSO", "MBO", "HBO")
              .needs(INSCHRIJVINGEN)
              .sql("i01_leerlingen.sql")
              .build(),
          Indicator.builder(I02, Ambition.PASSENDE_PLEK)
              .label("Thuiszitters per 1000 inwoners van 5-17 jaar")
              .description(
                  "Inwoners van 5 tot en met 17 jaar met een thuiszittersmelding (absoluut verzuim,"
                      + " of relatief verzuim van 28 dagen of langer) in het schooljaar, per 1000"
                      + " inwoners van 5 tot en met 17 jaar op 1 oktober.")
              .scale(Scale.PER_THOUSAND, Polarity.LOWER_IS_BETTER)
              .breakdown("categorie", TELLER_SHARED_NOEMER, "ABSOLUUT_VERZUIM", "RELATIEF_VERZUIM")
              .labels("absoluut verzuim", "relatief verzuim")
              .needs(INSCHRIJVINGEN, THUISZITTERS, BEVOLKING)
              .coversOnlyWhere(
                  Requirement.peildatum(), Requirement.bevolking(), Requirement.verzuim())
              .sql("i02_thuiszitters_per_1000.sql")
              .countsEventsDuringSchooljaar()
              .tellerOutsideNoemer() // thuiszitters in a wijk without population
              .build(),
          Indicator.builder("I03_thuiszitters_langer_3_maanden", Ambition.PASSENDE_PLEK)
              .label("Thuiszitters langer dan 3 maanden")
              .description(
                  "Aandeel van de thuiszitters van 5 tot en met 17 jaar van wie de langste melding"
                      + " in het schooljaar 91 dagen of langer duurt.")
              .scale(Scale.PERCENT, Polarity.LOWER_IS_BETTER)
              .needs(INSCHRIJVINGEN, THUISZITTERS, BEVOLKING)
              .coversOnlyWhere(
                  Requirement.peildatum(), Requirement.bevolking(), Requirement.verzuim())
              .sql("i03_thuiszitters_langer_3_maanden.sql")
              .countsEventsDuringSchooljaar()
              .noemerIsTellerOf(I02)
              .complementRule()
              .build(),
          Indicator.builder("I04_vsv_percentage", Ambition.PASSENDE_PLEK)
              .label("Voortijdig schoolverlaters")
              .description(
                  "Nieuwe voortijdig schoolverlaters van 12 tot en met 22 jaar als percentage van"
                      + " de ingeschreven VO- en MBO-leerlingen van 12 tot en met 22 jaar.")
              .scale(Scale.PERCENT, Polarity.LOWER_IS_BETTER)
              .breakdown("sector", TELLER_AND_NOEMER, "VO", "MBO")
              .needs(INSCHRIJVINGEN, VSV)
              .coversOnlyWhere(Requirement.vsv())
              .sql("i04_vsv_percentage.sql")
              .countsEventsDuringSchooljaar()
              .noemerWithin(sameCategory(I01))
              .tellerOutsideNoemer() // early school leavers who were not enrolled
              .tellerMayExceedNoemer()
              .build(),
          Indicator.builder("I05_vertraging_aandeel", Ambition.GELIJKE_KANSEN)
              .label("Vertraging van 3 maanden of meer")
              .description(
                  "Aandeel leerlingen met een vertraging van 3 maanden of meer bij de eindmeting"
                      + " (E) van het schooljaar, per domein.")
              .scale(Scale.PERCENT, Polarity.LOWER_IS_BETTER)
              .breakdown(
                  "domein", NONE, "BEGRIJPEND_LEZEN", "REKENEN", "SPELLING", "TECHNISCH_LEZEN")
              .labels("begrijpend lezen", "rekenen", "spelling", "technisch lezen")
              .withoutTotaal()
              .needs(INSCHRIJVINGEN, VERTRAGINGEN)
              .coversOnlyWhere(Requirement.vertragingen())
              .sql("i05_vertraging_aandeel.sql")
              .complementRule()
              .build(),
          Indicator.builder("I06_overgang_po_vo", Ambition.OVERGANGEN)
              .label("Overgang groep 8 naar VO")
              .description(
                  "Leerlingen in groep 8 van het PO: aandeel dat het volgende schooljaar in het VO"
                      + " staat (anders VSO, anders PO/SO, anders niet gevonden).")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .outcomes("uitkomst", "vo", "vso", "po_so", "niet_gevonden")
              .labels("VO", "VSO", "PO/SO", "niet gevonden")
              .needs(INSCHRIJVINGEN)
              .coversOnlyWhere(
                  Requirement.inschrijvingen("PO", 0), Requirement.inschrijvingen("VO", 1))
              .sql("i06_overgang_po_vo.sql")
              .noemerWithin(category(I01, "PO"))
              .build(),
          Indicator.builder("I07_overgang_vmbo_mbo", Ambition.OVERGANGEN)
              .label("Overgang VMBO-diploma naar MBO")
              .description(
                  "Leerlingen met een VMBO-diploma (leerjaar 4): aandeel dat het volgende"
                      + " schooljaar in het MBO staat (anders VO, anders niet gevonden).")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .outcomes("uitkomst", "mbo", "vo", "niet_gevonden")
              .labels("MBO", "VO", "niet gevonden")
              .needs(INSCHRIJVINGEN)
              .coversOnlyWhere(
                  Requirement.inschrijvingen("VO", 0), Requirement.inschrijvingen("MBO", 1))
              .sql("i07_overgang_vmbo_mbo.sql")
              .noemerWithin(category(I01, "VO"))
              .build(),
          Indicator.builder("I08_overgang_mbo_hbo", Ambition.OVERGANGEN)
              .label("Overgang MBO-4-diploma naar HBO")
              .description(
                  "Studenten met een MBO-diploma op niveau 4: aandeel dat het volgende schooljaar"
                      + " in het HBO staat (anders MBO, anders niet gevonden).")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .outcomes("uitkomst", "hbo", "mbo", "niet_gevonden")
              .labels("HBO", "MBO", "niet gevonden")
              .needs(INSCHRIJVINGEN)
              .coversOnlyWhere(
                  Requirement.inschrijvingen("MBO", 0), Requirement.inschrijvingen("HBO", 1))
              .sql("i08_overgang_mbo_hbo.sql")
              .noemerWithin(category(I01, "MBO"))
              .build(),
          Indicator.builder("I09_vve_bereik", Ambition.OVERGANGEN)
              .label("VVE-bereik doelgroepkinderen")
              .description(
                  "Kinderen in groep 1 met een VVE-indicatie: aandeel dat het schooljaar ervoor een"
                      + " VVE-plaats had.")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .needs(INSCHRIJVINGEN)
              .coversOnlyWhere(
                  Requirement.inschrijvingen("PO", 0), Requirement.inschrijvingen("VVE", -1))
              .sql("i09_vve_bereik.sql")
              .noemerWithin(category(I01, "PO"))
              .complementRule()
              .build(),
          Indicator.builder("I11_po_thuisnabij", Ambition.BOUWEN)
              .label("Basisschool in de eigen wijk")
              .description(
                  "Leerlingen in het PO van wie de school in de scholenlijst van de gemeente staat:"
                      + " aandeel van wie de school in de eigen wijk ligt.")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .needs(INSCHRIJVINGEN, SCHOLEN)
              .coversOnlyWhere(Requirement.inschrijvingen("PO", 0))
              .sql("i11_po_thuisnabij.sql")
              .noemerWithin(category(I01, "PO"))
              .complementRule()
              .build(),
          Indicator.builder(I12, Ambition.GELIJKE_KANSEN)
              .label("Toetsadvies hoger dan schooladvies")
              .description(
                  "Leerlingen in groep 8 met een uitslag van de doorstroomtoets: aandeel van wie"
                      + " het toetsadvies hoger is dan het schooladvies; een hoog aandeel kan"
                      + " wijzen op onderadvisering.")
              .scale(Scale.PERCENT, Polarity.NEUTRAL)
              .needs(INSCHRIJVINGEN, SCHOOLADVIEZEN)
              .coversOnlyWhere(Requirement.schooladviezen())
              .sql("i12_toetsadvies_hoger.sql")
              .noemerWithin(totaal(I01))
              .complementRule()
              .build(),
          Indicator.builder("I13_advies_bijgesteld", Ambition.GELIJKE_KANSEN)
              .label("Advies bijgesteld na hogere toets")
              .description(
                  "Leerlingen in groep 8 van wie het toetsadvies hoger is dan het schooladvies:"
                      + " aandeel van wie de school het advies daarna naar boven heeft bijgesteld.")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .needs(INSCHRIJVINGEN, SCHOOLADVIEZEN)
              .coversOnlyWhere(Requirement.schooladviezen())
              .sql("i13_advies_bijgesteld.sql")
              .noemerIsTellerOf(I12)
              .complementRule()
              .build(),
          Indicator.builder("I14_positie_vo3", Ambition.GELIJKE_KANSEN)
              .label("Plaats in leerjaar 3 van het VO ten opzichte van het advies")
              .description(
                  "Leerlingen in groep 8 met een schooladvies: waar zij drie schooljaren later in"
                      + " leerjaar 3 van het VO staan ten opzichte van hun (bijgestelde) advies:"
                      + " boven, binnen of onder het advies, of niet gevonden. De waarde is het"
                      + " aandeel boven het advies.")
              .scale(Scale.PERCENT, Polarity.NEUTRAL)
              .outcomesOfOwnModel(
                  "uitkomst", "boven_advies", "binnen_advies", "onder_advies", "niet_gevonden")
              .labels("boven advies", "binnen advies", "onder advies", "niet gevonden")
              .needs(INSCHRIJVINGEN, SCHOOLADVIEZEN)
              .coversOnlyWhere(Requirement.schooladviezen(), Requirement.inschrijvingen("VO", 3))
              .sql("i14_positie_vo3.sql")
              .noemerWithin(totaal(I01))
              .build(),
          Indicator.builder("I15_uitstroom_startkwalificatie", Ambition.PASSENDE_PLEK)
              .label("Uitstroom met startkwalificatie")
              .description(
                  "Leerlingen en studenten van 12 tot en met 22 jaar in VO, VSO, MBO of HBO die het"
                      + " volgende schooljaar nergens meer staan ingeschreven: aandeel met een"
                      + " startkwalificatie (een diploma havo, vwo, mbo 2, 3 of 4, of hbo).")
              .scale(Scale.PERCENT, Polarity.HIGHER_IS_BETTER)
              .outcomesOfOwnModel("uitkomst", "met_startkwalificatie", "zonder_startkwalificatie")
              .labels("met startkwalificatie", "zonder startkwalificatie")
              .needs(INSCHRIJVINGEN)
              .coversOnlyWhere(Requirement.inschrijvingen(1))
              .sql("i15_uitstroom_startkwalificatie.sql")
              .noemerWithin(totaal(I01))
              .build(),
          Indicator.builder("I16_rmc_jongeren_per_1000", Ambition.PASSENDE_PLEK)
              .label(
                  "Jongeren zonder startkwalificatie en zonder school per 1000 inwoners van 16-22"
                      + " jaar")
              .description(
                  "Inwoners van 16 tot en met 22 jaar die in het schooljaar in het RMC-register"
                      + " staan (geen startkwalificatie en niet op school), per 1000 inwoners van"
                      + " 16 tot en met 22 jaar op 1 oktober, naar hun laatst vastgelegde"
                      + " situatie.")
              .scale(Scale.PER_THOUSAND, Polarity.LOWER_IS_BETTER)
              .breakdown(
                  "situatie", TELLER_PARTITION, "WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND")
              .labels("werk", "zorg of dagbesteding", "traject", "geen", "onbekend")
              .needs(INSCHRIJVINGEN, RMC, BEVOLKING)
              .coversOnlyWhere(Requirement.rmc(), Requirement.bevolking())
              .sql("i16_rmc_jongeren_per_1000.sql")
              .countsEventsDuringSchooljaar()
              .tellerOutsideNoemer() // young people in a wijk without population
              .build());

  /** Returns the indicator with an id. */
  public static Indicator byId(String id) {
    return ALL.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("onbekende indicator " + id));
  }
}
