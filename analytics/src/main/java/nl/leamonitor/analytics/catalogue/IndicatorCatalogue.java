package nl.leamonitor.analytics.catalogue;

import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.NONE;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.OUTCOMES_OF_NOEMER;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_AND_NOEMER;
import static nl.leamonitor.analytics.catalogue.Breakdown.Additivity.TELLER_SHARED_NOEMER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator.Transition;
import nl.leamonitor.ingest.delivery.Dataset;

/** Every indicator of LEA Monitor, in one listing (contract section 3). */
public final class IndicatorCatalogue {
  private IndicatorCatalogue() {}

  private static final Set<Dataset> ENROLMENT = Set.of(Dataset.INSCHRIJVINGEN);
  /** The teller counts events during the schooljaar: voorlopig while the schooljaar runs (contract section 2). */
  private static final boolean DURING_SCHOOLJAAR = true;
  /** The teller is complete once the schooljaar's data are delivered. */
  private static final boolean COMPLETE_WHEN_DELIVERED = false;

  /** All indicators, in publication order. */
  public static final List<Indicator> ALL = List.of(
      new Indicator("I01_leerlingen", Ambition.BOUWEN, "Leerlingen en studenten",
          "Aantal inwoners met een inschrijving in het schooljaar, per sector (elke persoon met zijn eerste inschrijving in die sector).",
          Scale.COUNT, Polarity.NEUTRAL,
          Optional.of(new Breakdown("sector", List.of("VVE", "PO", "SO", "VO", "VSO", "MBO", "HBO"), TELLER_AND_NOEMER)),
          true, ENROLMENT, "i01_leerlingen.sql", Optional.empty(), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I02_thuiszitters_per_1000", Ambition.PASSENDE_PLEK, "Thuiszitters per 1000 inwoners van 5-17 jaar",
          "Inwoners van 5 tot en met 17 jaar met een thuiszittersmelding (absoluut verzuim, of relatief verzuim van 28 dagen of langer)"
              + " in het schooljaar, per 1000 inwoners van 5 tot en met 17 jaar op 1 oktober.",
          Scale.PER_THOUSAND, Polarity.LOWER_IS_BETTER,
          Optional.of(new Breakdown("categorie", List.of("ABSOLUUT_VERZUIM", "RELATIEF_VERZUIM"), TELLER_SHARED_NOEMER)),
          true, Set.of(Dataset.INSCHRIJVINGEN, Dataset.THUISZITTERS, Dataset.BEVOLKING), "i02_thuiszitters_per_1000.sql", Optional.empty(), Optional.empty(),
          DURING_SCHOOLJAAR),
      new Indicator("I03_thuiszitters_langer_3_maanden", Ambition.PASSENDE_PLEK, "Thuiszitters langer dan 3 maanden",
          "Aandeel van de thuiszitters (I02) van wie de langste melding in het schooljaar 91 dagen of langer duurt.",
          Scale.PERCENT, Polarity.LOWER_IS_BETTER, Optional.empty(), true,
          Set.of(Dataset.INSCHRIJVINGEN, Dataset.THUISZITTERS, Dataset.BEVOLKING), "i03_thuiszitters_langer_3_maanden.sql", Optional.empty(),
          Optional.of("I02_thuiszitters_per_1000"), DURING_SCHOOLJAAR),
      new Indicator("I04_vsv_percentage", Ambition.PASSENDE_PLEK, "Voortijdig schoolverlaters",
          "Nieuwe voortijdig schoolverlaters van 12 tot en met 22 jaar als percentage van de ingeschreven VO- en MBO-leerlingen van 12 tot en met 22 jaar.",
          Scale.PERCENT, Polarity.LOWER_IS_BETTER,
          Optional.of(new Breakdown("sector", List.of("VO", "MBO"), TELLER_AND_NOEMER)), true,
          Set.of(Dataset.INSCHRIJVINGEN, Dataset.VSV), "i04_vsv_percentage.sql", Optional.empty(), Optional.empty(),
          DURING_SCHOOLJAAR),
      new Indicator("I05_vertraging_aandeel", Ambition.GELIJKE_KANSEN, "Vertraging van 3 maanden of meer",
          "Aandeel leerlingen met een vertraging van 3 maanden of meer bij de eindmeting (E) van het schooljaar, per domein.",
          Scale.PERCENT, Polarity.LOWER_IS_BETTER,
          Optional.of(new Breakdown("domein", List.of("BEGRIJPEND_LEZEN", "REKENEN", "SPELLING", "TECHNISCH_LEZEN"), NONE)), false,
          Set.of(Dataset.INSCHRIJVINGEN, Dataset.VERTRAGINGEN), "i05_vertraging_aandeel.sql", Optional.empty(), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I06_overgang_po_vo", Ambition.OVERGANGEN, "Overgang groep 8 naar VO",
          "Leerlingen in groep 8 van het PO: aandeel dat het volgende schooljaar in het VO staat (anders VSO, anders PO/SO, anders niet gevonden).",
          Scale.PERCENT, Polarity.HIGHER_IS_BETTER,
          Optional.of(new Breakdown("uitkomst", List.of("vo", "vso", "po_so", "niet_gevonden"), OUTCOMES_OF_NOEMER)), true,
          ENROLMENT, "i06_overgang_po_vo.sql", Optional.of(new Transition("vo", List.of("vo", "vso", "po_so", "niet_gevonden"))), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I07_overgang_vmbo_mbo", Ambition.OVERGANGEN, "Overgang VMBO-diploma naar MBO",
          "Leerlingen met een VMBO-diploma (leerjaar 4): aandeel dat het volgende schooljaar in het MBO staat (anders VO, anders niet gevonden).",
          Scale.PERCENT, Polarity.HIGHER_IS_BETTER,
          Optional.of(new Breakdown("uitkomst", List.of("mbo", "vo", "niet_gevonden"), OUTCOMES_OF_NOEMER)), true,
          ENROLMENT, "i07_overgang_vmbo_mbo.sql", Optional.of(new Transition("mbo", List.of("mbo", "vo", "niet_gevonden"))), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I08_overgang_mbo_hbo", Ambition.OVERGANGEN, "Overgang MBO-4-diploma naar HBO",
          "Studenten met een MBO-diploma op niveau 4: aandeel dat het volgende schooljaar in het HBO staat (anders MBO, anders niet gevonden).",
          Scale.PERCENT, Polarity.HIGHER_IS_BETTER,
          Optional.of(new Breakdown("uitkomst", List.of("hbo", "mbo", "niet_gevonden"), OUTCOMES_OF_NOEMER)), true,
          ENROLMENT, "i08_overgang_mbo_hbo.sql", Optional.of(new Transition("hbo", List.of("hbo", "mbo", "niet_gevonden"))), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I09_vve_bereik", Ambition.OVERGANGEN, "VVE-bereik doelgroepkinderen",
          "Kinderen in groep 1 met een VVE-indicatie: aandeel dat het schooljaar ervoor een VVE-plaats had.",
          Scale.PERCENT, Polarity.HIGHER_IS_BETTER, Optional.empty(), true, ENROLMENT, "i09_vve_bereik.sql", Optional.empty(), Optional.empty(),
          COMPLETE_WHEN_DELIVERED),
      new Indicator("I11_po_thuisnabij", Ambition.BOUWEN, "Basisschool in de eigen wijk",
          "Leerlingen in het PO van wie de school in referentie/scholen.csv staat: aandeel van wie de school in de eigen wijk ligt.",
          Scale.PERCENT, Polarity.HIGHER_IS_BETTER, Optional.empty(), true,
          Set.of(Dataset.INSCHRIJVINGEN, Dataset.SCHOLEN), "i11_po_thuisnabij.sql", Optional.empty(), Optional.empty(),
          COMPLETE_WHEN_DELIVERED));

  /**
   * The indicators whose teller may count persons outside the noemer: thuiszitters in a wijk
   * without population (I02), early school leavers who were not enrolled (I04). Their wijken
   * without a row can still hold tellers that count towards the gemeente.
   */
  public static final Set<String> TELLER_OUTSIDE_NOEMER = Set.of("I02_thuiszitters_per_1000", "I04_vsv_percentage");

  /**
   * The indicators whose teller may exceed the noemer (contract section 4, Rows: I04 counts vsv
   * persons who need not be in its noemer). For every other proportion a reader knows that the
   * teller is at most the noemer.
   */
  public static final Set<String> TELLER_MAY_EXCEED_NOEMER = Set.of("I04_vsv_percentage");

  /**
   * Contract section 4: the noemers that count a subset of the persons I01 counts in the same
   * wijk and schooljaar. A reader may use these to bound a hidden noemer by a published count.
   */
  public static final Map<String, NoemerWithin> NOEMER_WITHIN = Map.of(
      "I04_vsv_percentage", NoemerWithin.sameCategory("I01_leerlingen"),
      "I06_overgang_po_vo", NoemerWithin.category("I01_leerlingen", "PO"),
      "I09_vve_bereik", NoemerWithin.category("I01_leerlingen", "PO"),
      "I11_po_thuisnabij", NoemerWithin.category("I01_leerlingen", "PO"),
      "I07_overgang_vmbo_mbo", NoemerWithin.category("I01_leerlingen", "VO"),
      "I08_overgang_mbo_hbo", NoemerWithin.category("I01_leerlingen", "MBO"));

  /** Returns the indicator with an id. */
  public static Indicator byId(String id) {
    return ALL.stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("onbekende indicator " + id));
  }
}
