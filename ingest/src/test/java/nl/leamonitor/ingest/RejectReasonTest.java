package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.validate.RejectReason;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One named fixture per reject reason: the bad row lands in {@code afgekeurd/} with its line
 * number, reason code and column, the good row is accepted, and the file reconciles.
 */
class RejectReasonTest {
  @TempDir Path temp;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "aantal-velden-te-veel.csv", "inschrijvingen.csv", 3, "aantal_velden_onjuist", ""),
        Arguments.of(
            "aantal-velden-te-weinig.csv", "inschrijvingen.csv", 3, "aantal_velden_onjuist", ""),
        Arguments.of(
            "verplicht-veld-leeg.csv", "inschrijvingen.csv", 3, "verplicht_veld_leeg", "postcode"),
        Arguments.of(
            "identiteit-ontbreekt.csv",
            "inschrijvingen.csv",
            3,
            "identiteit_ontbreekt",
            "leerling_id|bsn"),
        Arguments.of(
            "identiteit-dubbel.csv",
            "inschrijvingen.csv",
            3,
            "identiteit_dubbel",
            "leerling_id|bsn"),
        Arguments.of("bsn-elfproef.csv", "inschrijvingen.csv", 3, "bsn_ongeldig", "bsn"),
        Arguments.of("bsn-nullen.csv", "inschrijvingen.csv", 3, "bsn_ongeldig", "bsn"),
        Arguments.of(
            "leerling-id-vorm.csv", "inschrijvingen.csv", 3, "leerling_id_ongeldig", "leerling_id"),
        Arguments.of(
            "leerling-id-is-bsn.csv", "inschrijvingen.csv", 3, "leerling_id_is_bsn", "leerling_id"),
        Arguments.of(
            "schooljaar-volgorde.csv",
            "inschrijvingen.csv",
            3,
            "schooljaar_ongeldig",
            "schooljaar"),
        Arguments.of(
            "datum-ongeldig.csv", "inschrijvingen.csv", 3, "datum_ongeldig", "geboortedatum"),
        Arguments.of(
            "postcode-ongeldig.csv", "inschrijvingen.csv", 3, "postcode_ongeldig", "postcode"),
        Arguments.of("brin-ongeldig.csv", "inschrijvingen.csv", 3, "brin_ongeldig", "brin"),
        Arguments.of(
            "vestiging-ongeldig.csv", "inschrijvingen.csv", 3, "vestiging_ongeldig", "vestiging"),
        Arguments.of("sector-onbekend.csv", "inschrijvingen.csv", 3, "code_onbekend", "sector"),
        Arguments.of(
            "onderwijstype-onbekend.csv",
            "inschrijvingen.csv",
            3,
            "code_onbekend",
            "onderwijstype"),
        Arguments.of(
            "leerjaar-geen-getal.csv", "inschrijvingen.csv", 3, "getal_ongeldig", "leerjaar"),
        Arguments.of("ja-nee-ongeldig.csv", "inschrijvingen.csv", 3, "ja_nee_ongeldig", "diploma"),
        Arguments.of(
            "leerjaar-buiten-bereik.csv",
            "inschrijvingen.csv",
            3,
            "leerjaar_buiten_bereik",
            "leerjaar"),
        Arguments.of(
            "geboortedatum-na-peildatum.csv",
            "inschrijvingen.csv",
            3,
            "geboortedatum_na_peildatum",
            "geboortedatum"),
        Arguments.of(
            "thuiszitters-geboortedatum-na-startdatum.csv",
            "thuiszitters.csv",
            3,
            "geboortedatum_na_startdatum",
            "geboortedatum"),
        Arguments.of(
            "thuiszitters-einddatum-voor-startdatum.csv",
            "thuiszitters.csv",
            3,
            "einddatum_voor_startdatum",
            "einddatum"),
        Arguments.of(
            "thuiszitters-categorie-onbekend.csv",
            "thuiszitters.csv",
            3,
            "code_onbekend",
            "categorie"),
        Arguments.of(
            "vertragingen-getal-ongeldig.csv",
            "vertragingen.csv",
            3,
            "getal_ongeldig",
            "vertraging_maanden"),
        Arguments.of(
            "vertragingen-meetmoment.csv", "vertragingen.csv", 3, "code_onbekend", "meetmoment"),
        Arguments.of("vsv-sector-po.csv", "vsv.csv", 3, "code_onbekend", "sector"),
        // schooladviezen: one fixture per problem of SchoolAdvice.parse, on each advice column
        Arguments.of(
            "schooladviezen-verplicht-veld-leeg.csv",
            "schooladviezen.csv",
            3,
            "verplicht_veld_leeg",
            "schooladvies"),
        Arguments.of(
            "schooladviezen-advies-onbekend.csv",
            "schooladviezen_parnassys.csv",
            3,
            "advies_onbekend",
            "toetsadvies"),
        Arguments.of(
            "schooladviezen-advies-zelfde-niveau.csv",
            "schooladviezen.csv",
            3,
            "advies_zelfde_niveau",
            "schooladvies"),
        Arguments.of(
            "schooladviezen-advies-omgekeerd.csv",
            "schooladviezen.csv",
            3,
            "advies_omgekeerd",
            "definitief_advies"),
        Arguments.of(
            "schooladviezen-advies-niet-aansluitend.csv",
            "schooladviezen.csv",
            3,
            "advies_niet_aansluitend",
            "schooladvies"),
        Arguments.of(
            "wijken-wijk-code.csv", "referentie/wijken.csv", 4, "wijk_code_ongeldig", "wijk_code"),
        Arguments.of(
            "wijken-gemeente-code.csv",
            "referentie/wijken.csv",
            4,
            "gemeente_code_ongeldig",
            "gemeente_code"),
        Arguments.of(
            "bevolking-wijk-onbekend.csv",
            "referentie/bevolking.csv",
            3,
            "wijk_onbekend",
            "wijk_code"),
        // bevolkingsprognose and the capaciteit of scholen (issue 16)
        Arguments.of(
            "bevolkingsprognose-aantal-negatief.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "getal_ongeldig",
            "aantal"),
        Arguments.of(
            "bevolkingsprognose-aantal-geen-getal.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "getal_ongeldig",
            "aantal"),
        Arguments.of(
            "bevolkingsprognose-wijk-onbekend.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "wijk_onbekend",
            "wijk_code"),
        Arguments.of(
            "bevolkingsprognose-wijk-code-ongeldig.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "wijk_code_ongeldig",
            "wijk_code"),
        Arguments.of(
            "bevolkingsprognose-jaar-ongeldig.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "getal_ongeldig",
            "jaar"),
        Arguments.of(
            "bevolkingsprognose-leeftijd-leeg.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "verplicht_veld_leeg",
            "leeftijd"),
        Arguments.of(
            "bevolkingsprognose-leeftijd-negatief.csv",
            "referentie/bevolkingsprognose.csv",
            3,
            "getal_ongeldig",
            "leeftijd"),
        Arguments.of(
            "scholen-capaciteit-negatief.csv",
            "referentie/scholen.csv",
            3,
            "getal_ongeldig",
            "capaciteit"),
        Arguments.of(
            "scholen-capaciteit-geen-getal.csv",
            "referentie/scholen.csv",
            3,
            "getal_ongeldig",
            "capaciteit"),
        // rmc (issue 15)
        Arguments.of(
            "rmc-geboortedatum-na-peildatum.csv",
            "rmc.csv",
            3,
            "geboortedatum_na_peildatum_rmc",
            "geboortedatum"),
        Arguments.of("rmc-situatie-onbekend.csv", "rmc.csv", 3, "code_onbekend", "situatie"),
        Arguments.of("rmc-peildatum-ongeldig.csv", "rmc.csv", 3, "datum_ongeldig", "peildatum"),
        Arguments.of("rmc-peildatum-leeg.csv", "rmc.csv", 3, "verplicht_veld_leeg", "peildatum"),
        Arguments.of("rmc-postcode-ongeldig.csv", "rmc.csv", 3, "postcode_ongeldig", "postcode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void rejectsTheBadRowWithItsReason(
      String fixture, String target, long line, String reason, String column) throws Exception {
    TestDelivery d = new TestDelivery(temp).add("bad-input/" + fixture, target);
    if (!target.startsWith("inschrijvingen")) {
      d.add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    }
    IngestResult result = d.ingest(1.0);
    List<CSVRecord> rejects = d.rejects(target);
    assertEquals(
        List.of("regelnummer", "reden", "toelichting", "kolom"),
        rejects.get(0).toList().subList(0, 4));
    assertEquals(2, rejects.size(), "one rejected row");
    assertEquals(
        List.of(
            Long.toString(line),
            reason,
            RejectReason.valueOf(reason.toUpperCase(java.util.Locale.ROOT)).explanation(),
            column),
        rejects.get(1).toList().subList(0, 4));
    FileQuality q = IngestDialectTest.quality(result, target);
    assertEquals(1, q.rejected());
    assertEquals(q.read() - 1, q.accepted());
    assertTrue(q.reconciles());
  }

  @org.junit.jupiter.api.Test
  void everyReasonHasANamedFixture() {
    Set<String> covered = fixtures().map(a -> (String) a.get()[3]).collect(Collectors.toSet());
    Set<String> all =
        EnumSet.allOf(RejectReason.class).stream()
            .map(RejectReason::code)
            .collect(Collectors.toSet());
    assertEquals(all, covered);
  }
}
