package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.sample.SampleGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lea run} on the shipped sample (regenerated here from the default seed, which {@code
 * ShippedSampleTest} proves byte-identical), as a real process: what it publishes, what it keeps in
 * the internal area and with which modes, and that no BSN of the input appears in any byte of any
 * output or log. The run has umask 000, under which every file would be made readable by all, so
 * the internal area's modes are shown not to depend on the umask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRunTest {
  @TempDir static Path temp;
  private Path input;
  private Path out;
  private LeaProcess.Result run;

  @BeforeAll
  void runOnTheSample() throws Exception {
    input = temp.resolve("zoetermeer");
    out = temp.resolve("out");
    new SampleGenerator(20211001L, 35_000).write(input);
    run =
        LeaProcess.runWithKeyUnderUmask(
            temp,
            "000",
            "run",
            "--input",
            input.toString(),
            "--out",
            out.toString(),
            "--rapportagedatum",
            "2025-06-30");
  }

  @Test
  void succeedsAndPublishesLatest() throws IOException {
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(Files.isSymbolicLink(out.resolve("latest")));
    Path latest = out.resolve("latest").toRealPath();
    assertEquals(out.resolve("runs").toRealPath(), latest.getParent());
    assertTrue(Files.isRegularFile(latest.resolve("datakwaliteit.csv")));
    String log = Files.readString(latest.resolve("lea.log"));
    assertTrue(
        log.contains("INFO  Lezen: inschrijvingen_po_parnassys.csv")
            && log.contains("INFO  Gepubliceerd: "),
        "the run's log is kept with it");
  }

  @Test
  void latestHoldsOnlyAggregatesAndTheSameRunsInternalFolderTheRest() throws Exception {
    Path latest = out.resolve("latest").toRealPath();
    String id = latest.getFileName().toString();
    // Contract section 4: the publication can be shared whole; these are all the files it has.
    assertEquals(
        List.of(
            "datakwaliteit.csv",
            "indicatoren.csv",
            "indicatoren.parquet",
            "indicatoren.xlsx",
            "lea.log",
            "manifest.json",
            "prognose.csv",
            "rapport.pdf",
            "web",
            "wijkvergelijking.pdf"),
        listing(latest));

    Path internalLink = out.resolve("intern/latest");
    assertTrue(Files.isSymbolicLink(internalLink));
    assertEquals(Path.of("runs", id), Files.readSymbolicLink(out.resolve("latest")));
    assertEquals(
        Path.of("runs", id), Files.readSymbolicLink(internalLink), "both links name the same run");
    Path internal = internalLink.toRealPath();
    assertEquals(out.resolve("intern/runs").toRealPath().resolve(id), internal);
    assertEquals(
        List.of("afgekeurd", "kleine-aantallen.csv", "lake"),
        listing(internal),
        "the staging area is cleaned up");
    assertTrue(Files.isRegularFile(internal.resolve("afgekeurd/inschrijvingen_po_parnassys.csv")));
    assertTrue(
        Files.isRegularFile(internal.resolve("afgekeurd/Inschrijvingen_MBO_HBO_Eduarte.csv")));
    assertTrue(Files.isRegularFile(internal.resolve("lake/referentie/wijken.parquet")));
    assertTrue(
        Files.readString(latest.resolve("manifest.json"))
            .contains("\"intern\" : \"intern/runs/" + id + "\""));
    assertTrue(
        Files.readString(latest.resolve("manifest.json"))
            .contains("\"lake\" : \"intern/runs/" + id + "/lake\""));
  }

  @Test
  void theInternalAreaIsTheOwnersAloneWhateverTheUmask() throws Exception {
    List<String> wrong = new ArrayList<>();
    int folders = 0;
    int files = 0;
    try (Stream<Path> walk = Files.walk(out.resolve("intern"))) {
      for (Path p : walk.toList()) {
        if (Files.isSymbolicLink(p)) {
          continue; // intern/latest: a link's own mode means nothing
        }
        String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
        if (Files.isDirectory(p)) {
          folders++;
        } else {
          files++;
        }
        if (!CheckCommandTest.mode(p).equals(expected)) {
          wrong.add(out.relativize(p) + " " + CheckCommandTest.mode(p));
        }
      }
    }
    assertEquals(List.of(), wrong);
    // intern, runs, the run, afgekeurd, lake, 4 personal datasets with their schooljaren,
    // referentie
    assertTrue(folders > 20, "folders: " + folders);
    // 8 reject files, 4 reference files and a Parquet file per dataset and schooljaar
    assertTrue(files > 30, "files: " + files);
  }

  @Test
  void noPseudonymOrLeerlingIdInThePublicationsTexts() throws Exception {
    Set<String> persons = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct persoon from read_parquet('"
                    + out.resolve("intern/latest/lake").toRealPath()
                    + "/*/**/*.parquet', union_by_name = true) where persoon is not null")) {
      while (rs.next()) {
        persons.add(rs.getString(1));
      }
    }
    assertTrue(persons.size() > 20_000, "persons: " + persons.size());
    Set<String> found = new TreeSet<>();
    for (String text :
        List.of("lea.log", "manifest.json", "datakwaliteit.csv", "indicatoren.csv")) {
      for (String word :
          Files.readString(out.resolve("latest").resolve(text)).split("[^A-Za-z0-9_-]+")) {
        if (persons.contains(word)) {
          found.add(text + ": " + word);
        }
      }
    }
    assertEquals(Set.of(), found);
  }

  @Test
  void logSaysWhatWasReadRejectedAndPublished() throws IOException {
    String err = run.stderr();
    assertTrue(
        err.contains(
            "WARN  leesmij.txt: genegeerd, de naam hoort bij geen dataset van het contract"),
        err);
    assertTrue(
        err.contains(
            "INFO  Lezen: Inschrijvingen_MBO_HBO_Eduarte.csv (inschrijvingen, dialect tab"
                + " Windows-1252)"),
        err);
    assertTrue(
        err.contains(
            "INFO  Lezen: inschrijvingen_po_parnassys.csv (inschrijvingen, dialect ';' UTF-8 met"
                + " BOM)"),
        err);
    for (CSVRecord r : csv(out.resolve("latest/datakwaliteit.csv")).subList(1, 14)) {
      assertTrue(
          err.contains(
              "INFO  "
                  + r.get(0)
                  + ": "
                  + r.get(2)
                  + " regels gelezen, "
                  + r.get(5)
                  + " afgekeurd"),
          r.get(0) + "\n" + err);
    }
    assertTrue(err.contains("INFO  Gepubliceerd: "), err);
  }

  @Test
  void dataQualityReconcilesForEveryFile() throws IOException {
    List<CSVRecord> rows = csv(out.resolve("latest/datakwaliteit.csv"));
    assertEquals(
        List.of(
            "bestand",
            "dataset",
            "rijen_gelezen",
            "rijen_geaccepteerd",
            "duplicaten",
            "rijen_afgekeurd",
            "buiten_gemeente_of_onbekend"),
        rows.get(0).toList());
    List<String> files = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    // Byte order: upper case before lower case, "referentie/" between "inschrijvingen" and
    // "thuiszitters".
    assertEquals(
        List.of(
            "Inschrijvingen_MBO_HBO_Eduarte.csv",
            "VSV_MBO_Eduarte.csv",
            "inschrijvingen_po_parnassys.csv",
            "inschrijvingen_vo_magister.csv",
            "inschrijvingen_vve_kinderopvang.csv",
            "referentie/bevolking.csv",
            "referentie/bevolkingsprognose.csv",
            "referentie/postcodes.csv",
            "referentie/scholen.csv",
            "referentie/wijken.csv",
            "rmc_jongeren_in_beeld.csv",
            "schooladviezen_parnassys.csv",
            "thuiszitters_leerplicht.csv",
            "vertragingen_cito_lvs.csv",
            "vertragingen_parnassys.csv",
            "vsv_vo_rmc.csv"),
        files);
    for (CSVRecord r : rows.subList(1, rows.size())) {
      long read = Long.parseLong(r.get(2));
      assertEquals(
          read,
          Long.parseLong(r.get(3)) + Long.parseLong(r.get(4)) + Long.parseLong(r.get(5)),
          r.get(0));
      assertEquals(read, countDataRows(input.resolve(r.get(0))), "rows read of " + r.get(0));
    }
  }

  @Test
  void lakeIsReadableAndPartitionedBySchooljaar() throws Exception {
    Path lake = out.resolve("intern/latest/lake");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select schooljaar, count(*) from read_parquet('"
                    + lake
                    + "/inschrijvingen/**/*.parquet', hive_partitioning = true) group by schooljaar"
                    + " order by schooljaar")) {
      List<String> years = new ArrayList<>();
      while (rs.next()) {
        years.add(rs.getString(1));
        assertTrue(rs.getLong(2) > 10_000, rs.getString(1));
      }
      assertEquals(
          List.of("2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"),
          years);
    }
    long accepted =
        csv(out.resolve("latest/datakwaliteit.csv")).stream()
            .skip(1)
            .filter(r -> r.get(1).equals("inschrijvingen"))
            .mapToLong(r -> Long.parseLong(r.get(3)))
            .sum();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from read_parquet('" + lake + "/inschrijvingen/**/*.parquet')")) {
      rs.next();
      assertEquals(accepted, rs.getLong(1), "the lake holds exactly the accepted rows");
    }
  }

  @Test
  void noBsnFromTheInputInAnyOutputOrLog() throws Exception {
    Set<String> bsns = inputBsns(input);
    assertTrue(bsns.size() > 20_000, "the scan must know the input's BSNs: " + bsns.size());
    // Positive control: the scanner finds them in the input itself.
    assertFalse(leaks(Files.readString(input.resolve("vsv_vo_rmc.csv")), bsns).isEmpty());

    Set<String> found = new TreeSet<>();
    int scanned = 0;
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        found.addAll(
            leaks(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), bsns));
        if (file.toString().endsWith(".parquet")) {
          found.addAll(leaks(parquetAsText(file), bsns));
        }
        scanned++;
      }
    }
    found.addAll(leaks(run.stdout() + run.stderr(), bsns));
    assertTrue(scanned > 30, "files scanned: " + scanned);
    assertEquals(Set.of(), found);
  }

  @Test
  void indicatorTableFollowsTheContract() throws IOException {
    List<CSVRecord> rows = csv(out.resolve("latest/indicatoren.csv"));
    assertEquals(
        List.of(
            "indicator",
            "schooljaar",
            "gebied_type",
            "gebied_code",
            "gebied_naam",
            "uitsplitsing",
            "categorie",
            "teller",
            "noemer",
            "waarde",
            "ci_laag",
            "ci_hoog",
            "vergelijking",
            "onderdrukt",
            "voorlopig"),
        rows.get(0).toList());
    List<CSVRecord> data = rows.subList(1, rows.size());
    for (int i = 1; i < data.size(); i++) {
      String previous = String.join("\u0000", data.get(i - 1).toList().subList(0, 7));
      String current = String.join("\u0000", data.get(i).toList().subList(0, 7));
      assertTrue(
          java.util.Arrays.compareUnsigned(
                  previous.getBytes(StandardCharsets.UTF_8),
                  current.getBytes(StandardCharsets.UTF_8))
              < 0,
          "sorted by the first seven columns at row " + (i + 1));
    }
    Set<String> indicators = new TreeSet<>();
    data.forEach(r -> indicators.add(r.get(0)));
    assertEquals(
        Set.of(
            "I01_leerlingen",
            "I02_thuiszitters_per_1000",
            "I03_thuiszitters_langer_3_maanden",
            "I04_vsv_percentage",
            "I05_vertraging_aandeel",
            "I06_overgang_po_vo",
            "I07_overgang_vmbo_mbo",
            "I08_overgang_mbo_hbo",
            "I09_vve_bereik",
            "I11_po_thuisnabij",
            "I12_toetsadvies_hoger",
            "I13_advies_bijgesteld",
            "I14_positie_vo3",
            "I15_uitstroom_startkwalificatie",
            "I16_rmc_jongeren_per_1000"),
        indicators);
  }

  @Test
  void everyWijkAndYearWithDataHasItsRows() throws IOException {
    List<CSVRecord> data = csv(out.resolve("latest/indicatoren.csv")).stream().skip(1).toList();
    Set<String> wijken = new TreeSet<>();
    csv(input.resolve("referentie/wijken.csv").toAbsolutePath()).stream()
        .skip(1)
        .forEach(r -> wijken.add(r.get(0).split(";")[0]));
    assertEquals(9, wijken.size());
    // Every schooljaar 2019-2020 .. 2024-2025 has I01 totaal for the gemeente and all 9 wijken.
    for (int year = 2019; year <= 2024; year++) {
      String schooljaar = year + "-" + (year + 1);
      Set<String> areas = new TreeSet<>();
      data.stream()
          .filter(
              r ->
                  r.get(0).equals("I01_leerlingen")
                      && r.get(1).equals(schooljaar)
                      && r.get(5).equals("totaal"))
          .forEach(r -> areas.add(r.get(3)));
      Set<String> expected = new TreeSet<>(wijken);
      expected.add("GM0637");
      assertEquals(expected, areas, schooljaar);
    }
    // Transitions exist only where t+1 has data: I06 for 2019-2020 .. 2023-2024; I09 only where t-1
    // has data.
    Set<String> i06Years = new TreeSet<>();
    Set<String> i09Years = new TreeSet<>();
    data.forEach(
        r -> {
          if (r.get(0).equals("I06_overgang_po_vo")) {
            i06Years.add(r.get(1));
          }
          if (r.get(0).equals("I09_vve_bereik")) {
            i09Years.add(r.get(1));
          }
        });
    assertEquals(Set.of("2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024"), i06Years);
    assertEquals(Set.of("2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"), i09Years);
  }

  @Test
  void theRunningSchooljaarIsVoorlopigForTheGemeenteOnly() throws IOException {
    // On 30 June 2025, 2024-2025 runs until 30 September 2025: I02, I03, I04 and I16 count events
    // during the year, so their 2024-2025 rows are the gemeente's only, voorlopig. I01 keeps its
    // wijken.
    List<CSVRecord> data = csv(out.resolve("latest/indicatoren.csv")).stream().skip(1).toList();
    List<String> voorlopig =
        data.stream()
            .filter(r -> r.get(14).equals("true"))
            .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(5) + " " + r.get(6))
            .toList();
    assertEquals(
        List.of(
            "I02_thuiszitters_per_1000 2024-2025 gemeente categorie ABSOLUUT_VERZUIM",
            "I02_thuiszitters_per_1000 2024-2025 gemeente categorie RELATIEF_VERZUIM",
            "I02_thuiszitters_per_1000 2024-2025 gemeente totaal ",
            "I03_thuiszitters_langer_3_maanden 2024-2025 gemeente totaal ",
            "I04_vsv_percentage 2024-2025 gemeente sector MBO",
            "I04_vsv_percentage 2024-2025 gemeente sector VO",
            "I04_vsv_percentage 2024-2025 gemeente totaal ",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente situatie GEEN",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente situatie ONBEKEND",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente situatie TRAJECT",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente situatie WERK",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente situatie ZORG",
            "I16_rmc_jongeren_per_1000 2024-2025 gemeente totaal "),
        voorlopig);
    assertTrue(data.stream().allMatch(r -> r.get(14).equals("true") || r.get(14).equals("false")));
    assertEquals(
        0,
        data.stream()
            .filter(
                r ->
                    r.get(1).equals("2024-2025")
                        && r.get(2).equals("wijk")
                        && List.of(
                                "I02_thuiszitters_per_1000",
                                "I03_thuiszitters_langer_3_maanden",
                                "I04_vsv_percentage",
                                "I16_rmc_jongeren_per_1000")
                            .contains(r.get(0)))
            .count());
    assertEquals(
        5,
        data.stream()
            .filter(r -> r.get(0).equals("I04_vsv_percentage") && r.get(2).equals("wijk"))
            .map(r -> r.get(1))
            .distinct()
            .count(),
        "I04 has wijk rows for 2019-2020 .. 2023-2024");
    assertTrue(
        data.stream()
            .anyMatch(
                r ->
                    r.get(0).equals("I01_leerlingen")
                        && r.get(1).equals("2024-2025")
                        && r.get(2).equals("wijk")));
  }

  @Test
  void noPublishedRowBreaksTheSmallNumberRule() throws IOException {
    assertNoPublishedRowBreaksTheRule(out.resolve("latest/indicatoren.csv"), 5);
  }

  /**
   * Asserts contract section 4's primary rule on a published indicatoren.csv: teller, noemer and
   * complement.
   */
  static void assertNoPublishedRowBreaksTheRule(Path indicatoren, int k) throws IOException {
    java.util.Set<String> complementRule =
        java.util.Set.of(
            "I03_thuiszitters_langer_3_maanden",
            "I05_vertraging_aandeel",
            "I09_vve_bereik",
            "I11_po_thuisnabij");
    for (CSVRecord r : csv(indicatoren).stream().skip(1).toList()) {
      if (r.get(13).equals("true")) {
        assertEquals(
            List.of("", "", "", "", "", ""),
            r.toList().subList(7, 13),
            "suppressed rows carry no numbers");
        continue;
      }
      long teller = Long.parseLong(r.get(7));
      assertFalse(teller >= 1 && teller < k, "teller below k published: " + r);
      if (!r.get(8).isEmpty()) {
        long noemer = Long.parseLong(r.get(8));
        assertTrue(noemer >= k, "noemer below k published: " + r);
        if (complementRule.contains(r.get(0))) {
          assertFalse(
              noemer - teller >= 1 && noemer - teller < k, "complement below k published: " + r);
        }
      }
    }
  }

  @Test
  void whatProtectionCostIsPublishedPerIndicatorAndItsSplitOnlyInternally() throws Exception {
    JsonNode protection =
        new ObjectMapper()
            .readTree(out.resolve("latest/manifest.json").toFile())
            .path("indicatoren")
            .path("kleine_aantallen");
    assertEquals(5, protection.path("min_celgrootte").asInt());
    long i06Hidden =
        csv(out.resolve("latest/indicatoren.csv")).stream()
            .filter(r -> r.get(0).equals("I06_overgang_po_vo") && r.get(13).equals("true"))
            .count();
    assertEquals(
        i06Hidden, protection.path("onderdrukt_per_indicator").path("I06_overgang_po_vo").asLong());
    // The split into small and protecting rows would tell which rows are small: internal only.
    assertFalse(protection.toString().contains("klein"), protection.toString());
    assertFalse(Files.readString(out.resolve("latest/lea.log")).contains("rijen klein"));
    List<CSVRecord> split = csv(out.resolve("intern/latest/kleine-aantallen.csv"));
    assertEquals(List.of("indicator", "klein", "ter_bescherming"), split.get(0).toList());
    CSVRecord i06 =
        split.stream().filter(r -> r.get(0).equals("I06_overgang_po_vo")).findFirst().orElseThrow();
    assertEquals(i06Hidden, Long.parseLong(i06.get(1)) + Long.parseLong(i06.get(2)));
    assertTrue(Long.parseLong(i06.get(1)) > 0);
  }

  @Test
  void parquetHoldsTheSameTable() throws Exception {
    List<CSVRecord> csvRows = csv(out.resolve("latest/indicatoren.csv"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*), count(*) filter (where onderdrukt), sum(teller), count(*) filter"
                    + " (where voorlopig), typeof(any_value(voorlopig)) from read_parquet('"
                    + out.resolve("latest/indicatoren.parquet")
                    + "')")) {
      rs.next();
      assertEquals(csvRows.size() - 1, rs.getLong(1));
      assertEquals(
          csvRows.stream().skip(1).filter(r -> r.get(13).equals("true")).count(), rs.getLong(2));
      assertEquals(
          csvRows.stream()
              .skip(1)
              .filter(r -> !r.get(7).isEmpty())
              .mapToLong(r -> Long.parseLong(r.get(7)))
              .sum(),
          rs.getLong(3));
      assertEquals(13, rs.getLong(4)); // the voorlopig rows of I02-I04 (7) and I16 (6)
      assertEquals("BOOLEAN", rs.getString(5));
    }
    // Every value, null included, is the CSV's: the symmetric difference of the two is empty.
    String parquet = "read_parquet('" + out.resolve("latest/indicatoren.parquet") + "')";
    String typedCsv =
        "read_csv('"
            + out.resolve("latest/indicatoren.csv")
            + "', header = true, types = {'teller': 'BIGINT', 'noemer': 'BIGINT', 'waarde':"
            + " 'DOUBLE', 'ci_laag': 'DOUBLE', 'ci_hoog': 'DOUBLE', 'onderdrukt': 'BOOLEAN',"
            + " 'voorlopig': 'BOOLEAN'})";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select (select count(*) from (from "
                    + parquet
                    + " except all from "
                    + typedCsv
                    + ")),"
                    + " (select count(*) from (from "
                    + typedCsv
                    + " except all from "
                    + parquet
                    + ")),"
                    + " (select count(*) from "
                    + parquet
                    + " where noemer is null)")) {
      rs.next();
      assertEquals(0, rs.getLong(1));
      assertEquals(0, rs.getLong(2));
      assertTrue(rs.getLong(3) > 0, "I01 has no noemer: NULL in Parquet");
    }
  }

  @Test
  void manifestTracesTheInputWithoutTheKey() throws Exception {
    String manifest = Files.readString(out.resolve("latest/manifest.json"));
    assertFalse(manifest.contains(LeaProcess.KEY));
    // Python: hmac.new(KEY, b"LEA Monitor sleutelvingerafdruk", hashlib.sha256).hexdigest()[:16]
    assertTrue(manifest.contains("\"sleutel_vingerafdruk\" : \"b4cd87662da6f14b\""), manifest);
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    String expected =
        java.util.HexFormat.of()
            .formatHex(sha.digest(Files.readAllBytes(input.resolve("vsv_vo_rmc.csv"))));
    assertTrue(manifest.contains("\"sha256\" : \"" + expected + "\""), "hash of vsv_vo_rmc.csv");
    assertTrue(manifest.contains("\"rapportagedatum\" : \"2025-06-30\""));
    assertTrue(manifest.contains("\"engine_versie\" : \"DuckDB v"));
  }

  @Test
  void bothReportsArePublishedAndNameEveryWijkIndicatorAndThePeriod() throws Exception {
    List<String> wijken =
        csv(input.resolve("referentie/wijken.csv")).stream()
            .skip(1)
            .map(r -> r.get(0).split(";")[1])
            .toList();
    for (String pdf : List.of("rapport.pdf", "wijkvergelijking.pdf")) {
      String text;
      try (var doc =
          org.apache.pdfbox.Loader.loadPDF(out.resolve("latest").resolve(pdf).toFile())) {
        // A long label (I16's) may break over two lines.
        text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      }
      assertTrue(text.contains("voorjaar 2025"), pdf + ": period");
      for (String wijk : wijken) {
        assertTrue(text.contains(wijk), pdf + ": " + wijk);
      }
      for (var indicator : nl.leamonitor.analytics.catalogue.IndicatorCatalogue.ALL) {
        if (pdf.equals("rapport.pdf") || !indicator.isCount()) {
          assertTrue(text.contains(indicator.label()), pdf + ": " + indicator.label());
        }
      }
    }
  }

  /**
   * Both reports of the sample are PDF/A-1b (issue 17): veraPDF checks every page against all rules
   * of its PDF/A-1b profile and finds none broken. The figures printed are the README's.
   */
  @Test
  void bothReportsArePdfA1b() throws Exception {
    for (String pdf : List.of("rapport.pdf", "wijkvergelijking.pdf")) {
      var result = nl.leamonitor.reports.pdf.PdfA1b.validate(out.resolve("latest").resolve(pdf));
      System.out.println(result.summary(pdf));
      assertEquals(java.util.Map.of(), result.failedRules(), pdf);
      assertTrue(result.pages() > 10, pdf + ": " + result.pages() + " pages");
    }
  }

  /**
   * The sample's forecast (issue 16): prognose.csv to 2040-2041, 16 years x (9 wijken + the
   * gemeente) x 3 sectors + 16 years x 8 PO school wijken (Industriegebied has no PO school) = 608
   * rows; rapport.pdf's chapter "Zoetermeer 2040" with the backtest in words (PO 9.150 against
   * 9.152, -2; Rokkeveen -13, -1,0 %, as the README says), Centrum short of places from 2025-2026
   * to the end (1.476 pupils against 1.380 places: 107 %, short 96) and Oosterheem from 2029-2030,
   * and why no VVE forecast is shown (every wijk's VVE count is suppressed in a base year, most to
   * protect the small ones of Industriegebied and Buitengebied).
   */
  @Test
  void theSampleHasItsForecastChapter() throws Exception {
    List<String> prognose = Files.readAllLines(out.resolve("latest/prognose.csv"));
    assertEquals(1 + 608, prognose.size());
    assertTrue(prognose.get(prognose.size() - 1).startsWith("P01_leerlingenprognose,2040-2041,"));
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("latest/rapport.pdf").toFile())) {
      // Without spaces: a line may break after the hyphen of a schooljaar.
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    for (String expected :
        List.of(
            "Zoetermeer 2040",
            "Het basisonderwijs (PO): voorspeld ongeveer 9.150 leerlingen, geteld ongeveer 9.150:"
                + " minder dan 10 leerlingen te weinig (minder dan 1 %). De grootste afwijking in"
                + " een wijk: Rokkeveen, ongeveer 10 leerlingen te weinig (ongeveer 1 %).",
            // Review of the chapter: a shortage from the coming schooljaar on is said so.
            "\u2022 Centrum: al vanaf 2025-2026 (het komende schooljaar) tot het einde van de"
                + " prognose (2040-2041), op zijn grootst ongeveer 240 plaatsen (in 2040-2041).",
            "\u2022 Oosterheem: vanaf 2029-2030 tot het einde van de prognose (2040-2041), op zijn"
                + " grootst ongeveer 340 plaatsen (in 2038-2039).",
            "Centrum 1.380 107 % tekort 96",
            "Veel ruimte: in 2040-2041 staat naar verwachting meer dan 20 % van de plaatsen leeg in"
                + " Meerzicht en Seghwaert. Al in het komende schooljaar, 2025-2026, is dat zo in"
                + " Buitengebied.",
            // Every wijk's VVE count is suppressed in some base year (protecting the small ones).
            "Voor de voorschoolse educatie (VVE) staat er geen verwachting, niet voor de hele"
                + " gemeente en niet voor een wijk: in elke wijk is een aantal van de basisjaren"
                + " niet gepubliceerd",
            "de komende vijftien jaar, tot en met 2040-2041",
            "Het VO is in de toets ongeveer 1 % te laag voorspeld.",
            "Het VO is in 6 van de 7 wijken in 2030 en 2035 gelijk. Dat volgt uit de"
                + " bevolkingsprognose",
            "Volgens de leerlingenprognose zijn er te weinig plaatsen in de schoolgebouwen van het"
                + " PO in Centrum al vanaf 2025-2026, op zijn grootst ongeveer 240 plaatsen")) {
      assertTrue(text.contains(expected.replace(" ", "")), expected);
    }
  }

  /**
   * The web overview of the sample (issue 17, the reviews): "Wat valt op" as on page 2 of the
   * report, and every indicator's latest gemeente figure, I05 per domein too (it has no totaal).
   */
  @Test
  void theWebOverviewSaysWhatStandsOutAndHasEveryIndicator() throws IOException {
    String index = Files.readString(out.resolve("latest/web/index.html"));
    assertTrue(index.contains("<h2 id=\"wat-valt-op\">Wat valt op</h2><ul><li>"), index);
    assertTrue(
        index.contains(
            "<th scope=\"row\">Vertraging van 3 maanden of meer: rekenen</th><td>2024-2025</td>"
                + "<td class=\"getal\">12,0 %</td>"),
        index);
    assertTrue(index.contains("Niet gepubliceerd: 960 van de 2.490 cijfers"), index);
  }

  /** Returns the text lines of each page of a published PDF, page 1 first. */
  private List<List<String>> pageLines(String pdf) throws IOException {
    List<List<String>> pages = new java.util.ArrayList<>();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("latest").resolve(pdf).toFile())) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      // In reading order: a chart's text is drawn before the heading above it.
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(
            stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
      }
    }
    return pages;
  }

  /**
   * Each wijk's profile, the spine chart and its whole table, fits its page (the five indicators of
   * issue 15 once spilled onto a nearly empty page without the wijk's name): the page after a
   * profile starts with the next wijk or the ranking. In rapport.pdf no page after the cover holds
   * only 2 or 3 lines besides its footer (the ends of appendices B and C did).
   */
  @Test
  void profilesFitTheirPageAndNoReportPageHoldsOnlyAFewLines() throws Exception {
    List<String> wijken =
        csv(input.resolve("referentie/wijken.csv")).stream()
            .skip(1)
            .map(r -> r.get(0).split(";")[1])
            .toList();
    List<List<String>> pages = pageLines("wijkvergelijking.pdf");
    int profiles = 0;
    for (int p = 0; p + 1 < pages.size(); p++) {
      if (pages.get(p).isEmpty() || !wijken.contains(pages.get(p).get(0))) {
        continue;
      }
      profiles++;
      String next = pages.get(p + 1).get(0);
      assertTrue(
          wijken.contains(next) || next.equals("Rangorde van de wijken per indicator"),
          pages.get(p).get(0) + "'s profile runs on to page " + (p + 2) + ": " + pages.get(p + 1));
      // The last row of the table, I16, is on the profile's page: the spine chart names it too.
      long rmc =
          pages.get(p).stream()
              .filter(l -> l.startsWith("Jongeren zonder startkwalificatie"))
              .count();
      assertEquals(2, rmc, pages.get(p).toString());
    }
    assertEquals(wijken.size(), profiles);
    // The overview's key and legend are on the page of its numbered columns.
    List<String> overview =
        pages.stream()
            .filter(l -> !l.isEmpty() && l.get(0).startsWith("Overzicht: alle wijken"))
            .findFirst()
            .orElseThrow();
    String overviewText = String.join(" ", overview);
    for (String key :
        List.of(
            "hoger dan de gemeente \u25B2",
            "lager dan de gemeente \u25BC",
            "Uitstroom met startkwalificatie (%): hoger is beter",
            "Inwoners 0-23 jaar: op 1 oktober")) {
      assertTrue(overviewText.contains(key), key + " on the overview page: " + overviewText);
    }
    List<List<String>> rapport = pageLines("rapport.pdf");
    for (int p = 1; p < rapport.size(); p++) {
      // Two footer lines (the x note on pages that show an x, the running title with the page).
      assertTrue(rapport.get(p).size() > 5, "rapport.pdf page " + (p + 1) + ": " + rapport.get(p));
    }
  }

  /**
   * The sample's generated wijk shapes (issue 17) give wijkvergelijking.pdf a page of maps, one per
   * indicator, and a locator map on each profile page; each with the credit of the boundaries.
   */
  @Test
  void wijkvergelijkingHasItsMapsWithTheirCredit() throws Exception {
    String credit = "Bron: CBS/Kadaster, Wijk- en Buurtkaart 2024";
    List<String> wijken =
        csv(input.resolve("referentie/wijken.csv")).stream()
            .skip(1)
            .map(r -> r.get(0).split(";")[1])
            .toList();
    List<List<String>> pages = pageLines("wijkvergelijking.pdf");
    List<String> maps =
        pages.stream()
            .filter(l -> !l.isEmpty() && l.get(0).equals("Kaarten per indicator"))
            .findFirst()
            .orElseThrow();
    assertTrue(maps.contains(credit), maps.toString());
    assertTrue(String.join(" ", maps).contains("Leerlingen en studenten"), maps.toString());
    long profiles =
        pages.stream()
            .filter(l -> !l.isEmpty() && wijken.contains(l.get(0)) && l.contains(credit))
            .count();
    assertEquals(wijken.size(), profiles);
  }

  /** Returns every value of every {@code bsn} column of the input, as delivered and as 9 digits. */
  static Set<String> inputBsns(Path input) throws IOException {
    Set<String> bsns = new HashSet<>();
    try (Stream<Path> walk = Files.walk(input)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".csv")).toList()) {
        CsvDialect dialect = DialectDetector.detect(file, file.getFileName().toString());
        try (CsvRowReader reader = new CsvRowReader(file, file.getFileName().toString(), dialect)) {
          int column =
              reader.header().stream().map(h -> h.strip().toLowerCase()).toList().indexOf("bsn");
          RawRow row;
          while (column >= 0 && (row = reader.next()) != null) {
            if (row.fields().size() > column) {
              String value = row.fields().get(column).strip();
              if (value.matches("[0-9]{8,9}")) {
                bsns.add(value);
                bsns.add(value.length() == 8 ? "0" + value : value);
              }
            }
          }
        }
      }
    }
    return bsns;
  }

  /** Returns the BSNs that occur in a text, also inside longer runs of digits. */
  static Set<String> leaks(String text, Set<String> bsns) {
    Set<String> found = new TreeSet<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && Character.isDigit(text.charAt(j))) {
        j++;
      }
      for (int len = 8; len <= 9; len++) {
        for (int k = i; k + len <= j; k++) {
          String window = text.substring(k, k + len);
          if (bsns.contains(window)) {
            found.add(window);
          }
        }
      }
      i = j;
    }
    return found;
  }

  private static String parquetAsText(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from read_parquet('" + file + "')")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          text.append(rs.getString(i)).append(' ');
        }
      }
    }
    return text.toString();
  }

  private static long countDataRows(Path file) throws IOException {
    CsvDialect dialect = DialectDetector.detect(file, file.getFileName().toString());
    long rows = 0;
    try (CsvRowReader reader = new CsvRowReader(file, file.getFileName().toString(), dialect)) {
      while (reader.next() != null) {
        rows++;
      }
    }
    return rows;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (var parser =
        CSVFormat.RFC4180.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }
}
