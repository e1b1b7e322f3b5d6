package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each dialect the contract allows, as a named fixture, read into the lake with the values the
 * fixture means. Pseudonyms were computed outside the code: Python {@code hmac.new(KEY,
 * b"111222333", hashlib.sha256).hexdigest()}.
 */
class IngestDialectTest {
  static final String PSEUDONYM_111222333 =
      "d0fa8879c4618972bad4a934f94a0714712341e81565640256233c80863ed674";
  static final String PSEUDONYM_012345672 =
      "877823255bd9226d9b7ae0ee5291b45ce3466deca67daa41094f5c9a41d73013";
  static final String PSEUDONYM_100000004 =
      "a6106177686b85ea34af82c730c8f1b6ac03cce9adc417427cbd731923eb53c2";

  @TempDir Path temp;

  private static final String COLUMNS =
      "persoon, schooljaar, geboortedatum, postcode, wijk_code, brin, vestiging, sector, "
          + "onderwijstype, leerjaar, diploma, vve_indicatie, bestand, regelnummer";

  @Test
  void semicolonUtf8WithBomAndCrlf() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-semicolon-utf8-bom-crlf.csv", "inschrijvingen_po.csv");
    IngestResult result = d.ingest();
    FileReport report = report(result, "inschrijvingen_po.csv");
    assertEquals("';' UTF-8 met BOM", report.dialect().describe());
    // 01-10-2015 is the peildatum's day 8 years earlier: accepted; "2711 ab" normalises to 2711AB,
    // whose PC4 row puts it in Centrum; vestiging "1" is padded to "01"; J/N booleans.
    assertEquals(
        List.of(
            List.of(
                PSEUDONYM_111222333,
                "2023-2024",
                "2015-10-01",
                "2711AB",
                "WK063701",
                "12AB",
                "01",
                "PO",
                "null",
                "3",
                "false",
                "true",
                "inschrijvingen_po.csv",
                "2")),
        d.query("select " + COLUMNS + " from " + d.dataset("inschrijvingen")));
  }

  @Test
  void commaUtf8QuotedFieldsWithEmbeddedDelimiterQuoteAndNewline() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-comma-utf8-lf-quoted.csv", "inschrijvingen_vo.csv");
    IngestResult result = d.ingest();
    assertEquals("',' UTF-8", report(result, "inschrijvingen_vo.csv").dialect().describe());
    // The second record starts on physical line 4: the first one's quoted field spans lines 2-3.
    // 2713 AB is a PC6 row (Dorp) that overrides its PC4 2713 (Centrum).
    assertEquals(
        List.of(
            List.of(
                "abc-123_X",
                "2023-2024",
                "2010-05-17",
                "2712",
                "WK063702",
                "34CD",
                "null",
                "VO",
                "VMBO-GT",
                "4",
                "true",
                "false",
                "inschrijvingen_vo.csv",
                "2"),
            List.of(
                "abc-124_Y",
                "2023-2024",
                "2010-02-01",
                "2713AB",
                "WK063702",
                "34CD",
                "null",
                "VO",
                "HAVO",
                "3",
                "false",
                "false",
                "inschrijvingen_vo.csv",
                "4")),
        d.query(
            "select "
                + COLUMNS
                + " from "
                + d.dataset("inschrijvingen")
                + " order by regelnummer"));
  }

  @Test
  void tabWindows1252WithExtraColumn() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-tab-windows1252.csv", "inschrijvingen_mbo.csv");
    IngestResult result = d.ingest();
    assertEquals("tab Windows-1252", report(result, "inschrijvingen_mbo.csv").dialect().describe());
    // 2713XY is no PC6 row, so its PC4 2713 (Centrum) applies; 1/0 booleans; d-m-yyyy date.
    assertEquals(
        List.of(
            List.of(
                "mbo-student-1",
                "2022-2023",
                "2004-03-07",
                "2713XY",
                "WK063701",
                "56EF",
                "null",
                "MBO",
                "4",
                "3",
                "true",
                "false",
                "inschrijvingen_mbo.csv",
                "2")),
        d.query("select " + COLUMNS + " from " + d.dataset("inschrijvingen")));
  }

  @Test
  void decimalCommaAndPointAndCodesInAnyCase() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/vertragingen-decimal-comma.csv", "vertragingen_lvs.csv");
    d.ingest();
    assertEquals(
        List.of(
            List.of("pupil-0001", "2021-2022", "E", "BEGRIJPEND_LEZEN", "-1.5"),
            List.of("pupil-0001", "2021-2022", "E", "REKENEN", "3.0"),
            List.of("pupil-0001", "2021-2022", "M", "SPELLING", "2.75")),
        d.query(
            "select persoon, schooljaar, meetmoment, domein, vertraging_maanden from "
                + d.dataset("vertragingen")
                + " order by regelnummer"));
  }

  /**
   * bevolkingsprognose.csv (issue 16), comma-delimited with CRLF: a quoted decimal comma and a
   * decimal point are read as the same kind of number, a wijk_code in lower case is read in upper
   * case, 0 is a forecast (not a missing one), and the second row of a jaar+wijk_code+leeftijd
   * (line 5, 99) is a duplicate: the first wins.
   */
  @Test
  void bevolkingsprognoseDecimalsAndTheFirstRowOfAKeyWins() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add(
                "dialect/bevolkingsprognose-decimale-komma.csv",
                "referentie/bevolkingsprognose.csv");
    IngestResult result = d.ingest();
    assertEquals(
        List.of(
            List.of("2030", "WK063701", "4", "12.25"),
            List.of("2030", "WK063701", "5", "13.5"),
            List.of("2030", "WK063702", "4", "0.0"),
            List.of("2031", "WK063701", "4", "7.0")),
        d.query(
            "select jaar, wijk_code, leeftijd, aantal from"
                + " 'referentie/bevolkingsprognose.parquet' order by"
                + " jaar, wijk_code, leeftijd"));
    nl.leamonitor.ingest.quality.FileQuality q =
        quality(result, "referentie/bevolkingsprognose.csv");
    assertEquals(5, q.read());
    assertEquals(4, q.accepted());
    assertEquals(1, q.duplicates());
    assertTrue(q.reconciles());
  }

  /**
   * scholen.csv with capaciteit (issue 16): a whole number is the building's places, 0 is 0 places,
   * an empty capaciteit is not delivered (null, never 0).
   */
  @Test
  void scholenCapaciteitIsOptional() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/scholen-capaciteit.csv", "referentie/scholen.csv");
    d.ingest();
    assertEquals(
        List.of(
            List.of("12AB", "01", "WK063701", "240"),
            List.of("12AB", "null", "WK063702", "null"),
            List.of("34CD", "null", "null", "0")),
        d.query(
            "select brin, vestiging, wijk_code, capaciteit from 'referentie/scholen.parquet'"
                + " order by brin, vestiging nulls last"));
  }

  @Test
  void schooladviezenAliasesCombinedAdvicesAndSpacesAroundTheSlash() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/schooladviezen-aliases-combined.csv", "schooladviezen_esis.csv");
    IngestResult result = d.ingest();
    assertEquals("',' UTF-8", report(result, "schooladviezen_esis.csv").dialect().describe());
    // No postcode, so none is outside the gemeente (contract section 1).
    assertEquals(
        new FileQuality("schooladviezen_esis.csv", Dataset.SCHOOLADVIEZEN, 5, 5, 0, 0, 0),
        quality(result, "schooladviezen_esis.csv"));
    // By hand, ranks PRO 1 .. VWO 6, an advice's rank the sum of its levels' (a single level
    // twice): vmbo-bb/kb = VMBO-B/VMBO-K 2+3; "VMBO-TL / havo" = VMBO-GT/HAVO 4+5; PRO/B =
    // PRO/VMBO-B 1+2; "havo /<no-break space>vwo" = HAVO/VWO 5+6; " VMBO-K/gt " = VMBO-K/VMBO-GT
    // 3+4, vmbo-gl = VMBO-GT 4+4. Empty toetsadvies and definitief_advies are null; brin in upper
    // case, vestiging 1 padded to 01.
    String n = "null";
    assertEquals(
        List.of(
            List.of(
                "adv-000001",
                "2023-2024",
                "VMBO-B/VMBO-K",
                "5",
                "2",
                "3",
                "VMBO-K",
                "6",
                "3",
                "3",
                n,
                n,
                n,
                n,
                "12AB",
                "01"),
            List.of(
                "adv-000002",
                "2023-2024",
                "VMBO-GT/HAVO",
                "9",
                "4",
                "5",
                "HAVO",
                "10",
                "5",
                "5",
                "HAVO",
                "10",
                "5",
                "5",
                n,
                n),
            List.of(
                "adv-000003",
                "2022-2023",
                "PRO/VMBO-B",
                "3",
                "1",
                "2",
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n),
            List.of(
                PSEUDONYM_111222333,
                "2023-2024",
                "HAVO/VWO",
                "11",
                "5",
                "6",
                "VWO",
                "12",
                "6",
                "6",
                "VWO",
                "12",
                "6",
                "6",
                "34CD",
                "02"),
            List.of(
                "adv-000004",
                "2023-2024",
                "VMBO-K/VMBO-GT",
                "7",
                "3",
                "4",
                "VMBO-GT",
                "8",
                "4",
                "4",
                n,
                n,
                n,
                n,
                "12AB",
                n)),
        d.query(
            "select persoon, schooljaar, schooladvies, schooladvies_rang, schooladvies_laag,"
                + " schooladvies_hoog, toetsadvies, toetsadvies_rang, toetsadvies_laag,"
                + " toetsadvies_hoog, definitief_advies, definitief_advies_rang,"
                + " definitief_advies_laag, definitief_advies_hoog, brin, vestiging from "
                + d.dataset("schooladviezen")
                + " order by regelnummer"));
  }

  @Test
  void everyBooleanForm() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("dialect/inschrijvingen-booleans.csv", "inschrijvingen.csv");
    d.ingest();
    assertEquals(
        List.of(
            List.of("bool-00001", "true", "false"), List.of("bool-00002", "true", "false"),
            List.of("bool-00003", "true", "false"), List.of("bool-00004", "true", "false"),
            List.of("bool-00005", "false", "true"), List.of("bool-00006", "false", "false")),
        d.query(
            "select persoon, diploma, vve_indicatie from "
                + d.dataset("inschrijvingen")
                + " order by regelnummer"));
  }

  @Test
  void blankLinesAreSkippedAndNotCountedHeaderAndValuesAreTrimmed() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-blank-lines-and-spaces.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    // Lines 2, 4, 5 (only delimiters) and 7 are blank: two rows read, on lines 3 and 6.
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 2, 2, 0, 0, 0),
        quality(result, "inschrijvingen.csv"));
    assertEquals(
        List.of(
            List.of("spaced-01", "2023-2024", "2711AA", "WK063701", "3"),
            List.of("spaced-02", "2023-2024", "2711AA", "WK063701", "6")),
        d.query(
            "select persoon, schooljaar, postcode, wijk_code, regelnummer from "
                + d.dataset("inschrijvingen")
                + " order by regelnummer"));
  }

  @Test
  void eightDigitBsnIsPaddedAndOnderwijsnummerAccepted() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("dialect/inschrijvingen-bsn-8-digits.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    // 9999ZZ is a valid postcode outside the gemeente: accepted, counted as buiten gemeente.
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 2, 2, 0, 0, 1),
        quality(result, "inschrijvingen.csv"));
    List<List<String>> rows =
        d.query(
            "select persoon, wijk_code from "
                + d.dataset("inschrijvingen")
                + " order by regelnummer");
    assertEquals(List.of(PSEUDONYM_012345672, "null"), rows.get(0));
    // onderwijsnummer 100000004: Python hmac of b"100000004" with the test key.
    assertEquals(List.of(PSEUDONYM_100000004, "WK063701"), rows.get(1));
    // The lake records which key made each pseudonym (its fingerprint, Python-computed in
    // PseudonymTest).
    assertEquals(
        List.of(List.of("b4cd87662da6f14b"), List.of("b4cd87662da6f14b")),
        d.query(
            "select sleutel_versie from " + d.dataset("inschrijvingen") + " order by regelnummer"));
  }

  @Test
  void deliveredLeerlingIdsHaveNoKeyVersion() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("dialect/inschrijvingen-booleans.csv", "inschrijvingen.csv");
    d.ingest();
    assertEquals(
        List.of(List.of("6", "null")),
        d.query("select count(*), any_value(sleutel_versie) from " + d.dataset("inschrijvingen")));
  }

  @Test
  void headerOnlyIsAValidDeliveryOfNothing() throws Exception {
    TestDelivery d =
        new TestDelivery(temp).add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 0, 0, 0, 0, 0),
        quality(result, "inschrijvingen.csv"));
  }

  @Test
  void thuiszittersOpenCaseAndDerivedSchooljaar() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/thuiszitters-open-case.csv", "thuiszitters.csv");
    d.ingest();
    // A case is filed under the schooljaar in which it starts: 15 September 2023 lies before
    // P(2023) = 1 October 2023, so 2022-2023.
    assertEquals(
        List.of(
            List.of(
                "LP-0000001",
                "2022-2023",
                "2712AB",
                "WK063702",
                "RELATIEF_VERZUIM",
                "2023-09-15",
                "null",
                "12AB"),
            List.of(
                "LP-0000002",
                "2023-2024",
                "2711AB",
                "WK063701",
                "ABSOLUUT_VERZUIM",
                "2023-10-15",
                "2023-12-01",
                "null")),
        d.query(
            "select persoon, schooljaar, postcode, wijk_code, categorie, startdatum, einddatum,"
                + " brin from "
                + d.dataset("thuiszitters")
                + " order by regelnummer"));
  }

  @Test
  void vsvRow() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/vsv-semicolon.csv", "vsv_rmc.csv");
    d.ingest();
    assertEquals(
        List.of(List.of("2022-2023", "2005-06-06", "WK063702", "MBO", "2", "56EF", "2023-03-15")),
        d.query(
            "select schooljaar, geboortedatum, wijk_code, sector, onderwijstype, brin,"
                + " datum_uitschrijving from "
                + d.dataset("vsv")));
  }

  @Test
  void rmcCodesInAnyCaseDerivedSchooljaarAndDuplicate() throws Exception {
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .add("dialect/rmc-register.csv", "RMC_jongeren_in_beeld.csv");
    IngestResult result = d.ingest();
    // Five rows: line 6 is the BSN of line 2 delivered as its pseudonym, with the same peildatum
    // (2024-09-30 = 30-09-2024), so a duplicate; RMC-000001 has two peildata, two rows. 9999ZZ
    // maps to no wijk: one row buiten_gemeente_of_onbekend.
    assertEquals(
        new FileQuality("RMC_jongeren_in_beeld.csv", Dataset.RMC, 5, 4, 1, 0, 1),
        quality(result, "RMC_jongeren_in_beeld.csv"));
    // schooljaar: 30 September 2024 lies before P(2024) = 1 October 2024, so 2023-2024; 1 October
    // 2024 is P(2024) and 30 September 2025 is P(2025) - 1, both 2024-2025. Wijk: 2712 (PC4)
    // WK063702; 2711 WK063701; 2713AB by its PC6 row WK063702 (2713 alone would be WK063701).
    assertEquals(
        List.of(
            List.of(
                PSEUDONYM_111222333,
                "2023-2024",
                "2006-05-05",
                "2712AB",
                "WK063702",
                "2024-09-30",
                "WERK",
                "2"),
            List.of(
                "RMC-000001",
                "2024-2025",
                "2007-03-01",
                "2711AB",
                "WK063701",
                "2024-10-01",
                "TRAJECT",
                "3"),
            List.of(
                "RMC-000002",
                "2024-2025",
                "2005-12-31",
                "9999ZZ",
                "null",
                "2024-10-01",
                "ZORG",
                "4"),
            List.of(
                "RMC-000001",
                "2024-2025",
                "2007-03-01",
                "2713AB",
                "WK063702",
                "2025-09-30",
                "GEEN",
                "5")),
        d.query(
            "select persoon, schooljaar, geboortedatum, postcode, wijk_code, peildatum, situatie,"
                + " regelnummer from "
                + d.dataset("rmc")
                + " order by regelnummer"));
  }

  static FileReport report(IngestResult result, String file) {
    return result.reports().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
  }

  static FileQuality quality(IngestResult result, String file) {
    return result.quality().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
  }
}
