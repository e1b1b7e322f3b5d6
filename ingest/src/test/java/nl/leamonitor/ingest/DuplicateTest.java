package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate keys are found across all files of a dataset, comparing persons by pseudonym, and the
 * later row in file (byte order) and line order is the one dropped.
 */
class DuplicateTest {
  @TempDir Path temp;

  @Test
  void bsnRowAndItsPseudonymisedLeerlingIdAreOnePerson() throws Exception {
    String header =
        "leerling_id;bsn;schooljaar;geboortedatum;postcode;brin;vestiging;sector;leerjaar\n";
    TestDelivery d =
        new TestDelivery(temp)
            // "B" sorts before "a" in byte order, so this file is first.
            .write(
                "inschrijvingen_B.csv",
                header
                    + ";111222333;2023-2024;2015-01-01;2711AA;12AB;;PO;3\n"
                    + "kind-000002;;2023-2024;2015-01-01;2711AA;12AB;;PO;3\n")
            .write(
                "inschrijvingen_a.csv",
                header
                    // The same child, delivered as its pseudonym: a duplicate (person, schooljaar,
                    // brin, vestiging, sector).
                    + IngestDialectTest.PSEUDONYM_111222333
                    + ";;2023-2024;2015-01-01;2712AA;12AB;;PO;4\n"
                    // Same person and year, other vestiging: not a duplicate.
                    + "kind-000002;;2023-2024;2015-01-01;2711AA;12AB;02;PO;3\n"
                    // Same key twice in one file: the later line is the duplicate.
                    + "kind-000003;;2023-2024;2015-01-01;2711AA;12AB;;PO;3\n"
                    + "kind-000003;;2023/2024;2015-01-01;2712AA;12ab;;po;3\n");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("inschrijvingen_B.csv", Dataset.INSCHRIJVINGEN, 2, 2, 0, 0, 0),
        IngestDialectTest.quality(result, "inschrijvingen_B.csv"));
    assertEquals(
        new FileQuality("inschrijvingen_a.csv", Dataset.INSCHRIJVINGEN, 4, 2, 2, 0, 0),
        IngestDialectTest.quality(result, "inschrijvingen_a.csv"));
    // The duplicates keep nothing of their own: the first rows' wijk and leerjaar stand.
    assertEquals(
        List.of(
            List.of(
                IngestDialectTest.PSEUDONYM_111222333,
                "inschrijvingen_B.csv",
                "2",
                "WK063701",
                "3"),
            List.of("kind-000002", "inschrijvingen_B.csv", "3", "WK063701", "3"),
            List.of("kind-000002", "inschrijvingen_a.csv", "3", "WK063701", "3"),
            List.of("kind-000003", "inschrijvingen_a.csv", "4", "WK063701", "3")),
        d.query(
            "select persoon, bestand, regelnummer, wijk_code, leerjaar from "
                + d.dataset("inschrijvingen")
                + " order by persoon, bestand, regelnummer"));
    List<org.apache.commons.csv.CSVRecord> quality = d.csv("datakwaliteit.csv");
    assertEquals(
        List.of(
            "bestand",
            "dataset",
            "rijen_gelezen",
            "rijen_geaccepteerd",
            "duplicaten",
            "rijen_afgekeurd",
            "buiten_gemeente_of_onbekend"),
        quality.get(0).toList());
    assertEquals(
        List.of("inschrijvingen_B.csv", "inschrijvingen", "2", "2", "0", "0", "0"),
        quality.get(1).toList());
    assertEquals(
        List.of("inschrijvingen_a.csv", "inschrijvingen", "4", "2", "2", "0", "0"),
        quality.get(2).toList());
  }

  @Test
  void schooladviezenAreDuplicatesOnPersonAndSchooljaar() throws Exception {
    String header = "leerling_id;bsn;schooljaar;schooladvies;toetsadvies;definitief_advies\n";
    TestDelivery d =
        new TestDelivery(temp)
            .add("dialect/inschrijvingen-header-only.csv", "inschrijvingen.csv")
            .write(
                "schooladviezen_a.csv",
                header
                    + ";111222333;2023-2024;HAVO;VWO;\n"
                    + "advies-0002;;2023-2024;VMBO-K;;\n"
                    // Same person, next groep-8 year (a pupil who stayed down): not a duplicate.
                    + "advies-0002;;2024-2025;VMBO-GT;;\n")
            .write(
                "schooladviezen_b.csv",
                header
                    // The BSN row's child as its pseudonym, the same year in the other form, with
                    // other advices: a duplicate that keeps nothing of its own.
                    + IngestDialectTest.PSEUDONYM_111222333
                    + ";;2023/2024;VWO;VWO;VWO\n"
                    // Same key twice in one file: the later line is the duplicate.
                    + "advies-0003;;2023-2024;PRO;;\n"
                    + "advies-0003;;2023-2024;VMBO-B;;\n");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("schooladviezen_a.csv", Dataset.SCHOOLADVIEZEN, 3, 3, 0, 0, 0),
        IngestDialectTest.quality(result, "schooladviezen_a.csv"));
    assertEquals(
        new FileQuality("schooladviezen_b.csv", Dataset.SCHOOLADVIEZEN, 3, 1, 2, 0, 0),
        IngestDialectTest.quality(result, "schooladviezen_b.csv"));
    assertEquals(
        List.of(
            List.of("advies-0002", "2023-2024", "VMBO-K", "schooladviezen_a.csv", "3"),
            List.of("advies-0002", "2024-2025", "VMBO-GT", "schooladviezen_a.csv", "4"),
            List.of("advies-0003", "2023-2024", "PRO", "schooladviezen_b.csv", "3"),
            List.of(
                IngestDialectTest.PSEUDONYM_111222333,
                "2023-2024",
                "HAVO",
                "schooladviezen_a.csv",
                "2")),
        d.query(
            "select persoon, schooljaar, schooladvies, bestand, regelnummer from "
                + d.dataset("schooladviezen")
                + " order by persoon, schooljaar"));
    List<org.apache.commons.csv.CSVRecord> quality = d.csv("datakwaliteit.csv");
    assertEquals(
        // No postcode, so nothing outside the gemeente: empty (contract section 1), not 0.
        List.of("schooladviezen_b.csv", "schooladviezen", "3", "1", "2", "0", ""),
        quality.get(quality.size() - 1).toList());
  }

  @Test
  void aPostcodeListedTwiceWithTheSameWijkIsADuplicateNotAProblem() throws Exception {
    // postcodes-dubbel-zelfde-wijk.csv: line 6 (2713ab) repeats line 5 (2713 AB) and line 7 (2712)
    // repeats line 3, each with the same wijk_code. PC4 2713 (line 4, WK063701) and PC6 2713AB
    // (WK063702) are different postcodes. So 6 rows read, 4 accepted, 2 duplicates.
    TestDelivery d =
        new TestDelivery(temp)
            .add("reference/postcodes-dubbel-zelfde-wijk.csv", "referentie/postcodes.csv")
            .write(
                "inschrijvingen.csv",
                "leerling_id;schooljaar;geboortedatum;postcode;brin;sector;leerjaar\n"
                    + "kind-000001;2023-2024;2015-01-01;2713AB;12AB;PO;3\n"
                    + "kind-000002;2023-2024;2015-01-01;2713AC;12AB;PO;3\n");
    IngestResult result = d.ingest();
    assertEquals(
        new FileQuality("referentie/postcodes.csv", Dataset.POSTCODES, 6, 4, 2, 0, 0),
        IngestDialectTest.quality(result, "referentie/postcodes.csv"));
    assertEquals(
        List.of(
            List.of("2711", "WK063701", "2"),
            List.of("2712", "WK063702", "3"),
            List.of("2713", "WK063701", "4"),
            List.of("2713AB", "WK063702", "5")),
        d.query(
            "select postcode, wijk_code, regelnummer from '"
                + d.run.resolve("lake/referentie/postcodes.parquet")
                + "' order by postcode"));
    // 2713AB is in its PC6 wijk, 2713AC in the wijk of PC4 2713.
    assertEquals(
        List.of(List.of("kind-000001", "WK063702"), List.of("kind-000002", "WK063701")),
        d.query(
            "select persoon, wijk_code from " + d.dataset("inschrijvingen") + " order by persoon"));
  }
}
