package nl.leamonitor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.values.AdviceLevel;
import nl.leamonitor.ingest.values.SchoolAdvice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample's schooladviezen and RMC register: valid for ingest apart from the rows the
 * generator damages on purpose, and showing the link between a wijk's social position and
 * under-advice (I12, I13, I14) and RMC registration (I16), computed here from the files' rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionDatasetsTest {
  private static final Path SHIPPED = ShippedSampleTest.SHIPPED;

  /** Wijken of disadvantage 0.45 and more in {@link Town}: Centrum, Meerzicht. */
  private static final Set<String> POOR = Set.of("WK063700", "WK063701");

  /** Wijken of disadvantage -0.4 and less: Rokkeveen, Oosterheem. */
  private static final Set<String> RICH = Set.of("WK063705", "WK063706");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final Map<String, String> wijkOfPostcode = new HashMap<>();
  private List<FileReport> reports;

  @BeforeAll
  void readTheShippedSample(@TempDir Path temp) throws IOException {
    for (CSVRecord r : read(SHIPPED.resolve("referentie/postcodes.csv"), ';', UTF8)) {
      wijkOfPostcode.put(r.get("postcode").replace(" ", ""), r.get("wijk_code"));
    }
    PseudonymKey key = PseudonymKey.of(new byte[32], "test");
    reports =
        new IngestJob(new IngestSettings(Optional.of(key), 0.05, MemoryLimit.megabytes(512)))
            .check(DeliveryFolder.scan(SHIPPED), temp)
            .reports();
  }

  @Test
  void schooladviezenAreRejectedOnlyWhereTheGeneratorDamagedThem() throws IOException {
    FileReport report = report("schooladviezen_parnassys.csv");
    assertEquals(Dataset.SCHOOLADVIEZEN, report.dataset());
    // The damage PartnerFile does to a file without postcode, birth date or sector: an elfproef
    // error, an extra field, an empty schooljaar, and the reversed advice HAVO/VMBO-GT.
    assertTrue(
        EnumSet.of(
                RejectReason.BSN_ONGELDIG,
                RejectReason.AANTAL_VELDEN_ONJUIST,
                RejectReason.VERPLICHT_VELD_LEEG,
                RejectReason.ADVIES_OMGEKEERD)
            .containsAll(report.reasons().keySet()),
        report.reasons().toString());
    long reversed =
        read(SHIPPED.resolve("schooladviezen_parnassys.csv"), ';', WINDOWS_1252).stream()
            .filter(r -> r.size() > 2 && r.get(2).equals("HAVO/VMBO-GT"))
            .count();
    assertTrue(reversed > 0);
    assertEquals(reversed, report.reasons().get(RejectReason.ADVIES_OMGEKEERD));
    assertTrue(report.rejectShare() < 0.006, "about 0.3 % damaged: " + report.rejectShare());
  }

  @Test
  void rmcRowsAreRejectedOnlyWhereTheGeneratorDamagedThem() {
    FileReport report = report("rmc_jongeren_in_beeld.csv");
    assertEquals(Dataset.RMC, report.dataset());
    // Never a birth date after the peildatum or an unknown situatie: only the generic damage.
    assertTrue(
        EnumSet.of(
                RejectReason.BSN_ONGELDIG,
                RejectReason.AANTAL_VELDEN_ONJUIST,
                RejectReason.VERPLICHT_VELD_LEEG,
                RejectReason.DATUM_ONGELDIG,
                RejectReason.POSTCODE_ONGELDIG)
            .containsAll(report.reasons().keySet()),
        report.reasons().toString());
    assertTrue(report.read() > 3000, "rows: " + report.read());
    assertTrue(report.rejectShare() < 0.006, "about 0.3 % damaged: " + report.rejectShare());
  }

  @Test
  void poorerWijkenHaveMoreUnderAdviceFewerRaisedAdvicesAndMorePupilsAboveTheirAdvice()
      throws IOException {
    Map<String, String> groupEightWijk = new HashMap<>(); // bsn + schooljaar -> wijk
    for (CSVRecord r : read(SHIPPED.resolve("inschrijvingen_po_parnassys.csv"), ';', UTF8)) {
      if (r.isConsistent() && r.get("Sector").equals("PO") && r.get("Leerjaar").equals("8")) {
        wijk(r.get("Postcode"))
            .ifPresent(w -> groupEightWijk.putIfAbsent(r.get("BSN") + r.get("Schooljaar"), w));
      }
    }
    Map<String, String> vo3 = new HashMap<>(); // bsn (9 digits) + schooljaar -> onderwijstype
    for (CSVRecord r : read(SHIPPED.resolve("inschrijvingen_vo_magister.csv"), ',', UTF8)) {
      if (r.isConsistent() && r.get("sector").equals("VO") && r.get("leerjaar").equals("3")) {
        vo3.putIfAbsent(
            r.get("bsn") + r.get("schooljaar").replace('/', '-'), r.get("onderwijstype"));
      }
    }
    // Per group: pupils with a toets, toets above advice, raised, I14 cohort, above advice in VO3.
    Map<String, long[]> groups = new TreeMap<>();
    Map<String, long[]> latest = new TreeMap<>();
    int rows = 0;
    for (CSVRecord r : read(SHIPPED.resolve("schooladviezen_parnassys.csv"), ';', WINDOWS_1252)) {
      if (!r.isConsistent()) {
        continue;
      }
      SchoolAdvice school = advice(r.get("Schooladvies"));
      String wijk = groupEightWijk.get(r.get("BSN") + r.get("Schooljaar"));
      if (school == null || wijk == null) {
        continue;
      }
      rows++;
      SchoolAdvice toets = advice(r.get("Toetsadvies"));
      SchoolAdvice definitief = advice(r.get("Definitief_advies"));
      String group = POOR.contains(wijk) ? "arm" : RICH.contains(wijk) ? "rijk" : "midden";
      long[] g = groups.computeIfAbsent(group, k -> new long[5]);
      if (toets != null) {
        g[0]++;
        if (toets.isHigherThan(school)) {
          g[1]++;
          if (definitief != null && definitief.isHigherThan(school)) {
            g[2]++;
          }
        }
        if (r.get("Schooljaar").equals("2024-2025")) {
          long[] w = latest.computeIfAbsent(wijk, k -> new long[2]);
          w[0]++;
          w[1] += toets.isHigherThan(school) ? 1 : 0;
        }
      }
      int year = Integer.parseInt(r.get("Schooljaar").substring(0, 4));
      if (year + 3 <= SampleGenerator.LAST_YEAR) {
        g[3]++;
        String bsn9 = r.get("BSN").length() == 8 ? "0" + r.get("BSN") : r.get("BSN");
        String type = vo3.get(bsn9 + (year + 3) + "-" + (year + 4));
        SchoolAdvice advice = definitief != null ? definitief : school;
        if (type != null && AdviceLevel.parse(type).rank() > advice.upper().rank()) {
          g[4]++;
        }
      }
    }
    System.out.println("toets > schooladvies per wijk, 2024-2025 (met toets, hoger):");
    latest.forEach(
        (w, c) -> System.out.printf("  %s %d %d %.1f%n", w, c[0], c[1], pct(c[1], c[0])));
    long[] poor = groups.get("arm");
    long[] rich = groups.get("rijk");
    String seen =
        "arm "
            + List.of(poor[0], poor[1], poor[2], poor[3], poor[4])
            + ", rijk "
            + List.of(rich[0], rich[1], rich[2], rich[3], rich[4]);
    assertTrue(rows > 6 * 900, "several hundred groep-8 pupils a year: " + rows);
    // Advice.underAdvice: 0.25 + 0.14 x disadvantage, so 0.5..0.8 gives 32-36 %, -0.4..-0.6 17-19
    // %;
    // pupils reaching PRO are never under-advised.
    assertTrue(pct(poor[1], poor[0]) > 29 && pct(poor[1], poor[0]) < 40, seen);
    assertTrue(pct(rich[1], rich[0]) > 14 && pct(rich[1], rich[0]) < 22, seen);
    // Advice.raised: 0.42 - 0.18 x disadvantage: about 30 % against 50 %.
    assertTrue(pct(poor[2], poor[1]) + 8 < pct(rich[2], rich[1]), seen);
    // I14: more pupils above their advice in VO leerjaar 3, three schooljaren later.
    assertTrue(pct(poor[4], poor[3]) > 1.5 * pct(rich[4], rich[3]), seen);
    assertTrue(rich[3] > 300 && pct(rich[4], rich[3]) > 2, seen);
  }

  @Test
  void rmcRegisterHoldsYoungPeopleOfSixteenToTwentyTwoMoreInPoorerWijken() throws IOException {
    Map<String, Long> population = new HashMap<>(); // jaar + group -> 16-22
    for (CSVRecord r : read(SHIPPED.resolve("referentie/bevolking.csv"), ',', UTF8)) {
      int age = Integer.parseInt(r.get("leeftijd"));
      String group = group(r.get("wijk_code"));
      if (age >= 16 && age <= 22 && group != null) {
        population.merge(r.get("jaar") + group, Long.parseLong(r.get("aantal")), Long::sum);
      }
    }
    Map<String, Set<String>> persons = new HashMap<>(); // schooljaar + group -> bsn
    Map<String, Integer> situaties = new TreeMap<>();
    LocalDate latest = LocalDate.MIN;
    for (CSVRecord r : read(SHIPPED.resolve("rmc_jongeren_in_beeld.csv"), ',', UTF8)) {
      if (!r.isConsistent() || r.get("situatie").isEmpty()) {
        continue;
      }
      LocalDate peildatum = LocalDate.parse(r.get("peildatum"));
      latest = peildatum.isAfter(latest) ? peildatum : latest;
      int year = peildatum.getMonthValue() >= 10 ? peildatum.getYear() : peildatum.getYear() - 1;
      LocalDate born;
      try {
        born = LocalDate.parse(r.get("geboortedatum"));
      } catch (RuntimeException damaged) {
        continue;
      }
      int age = Period.between(born, LocalDate.of(year, 10, 1)).getYears();
      assertTrue(age >= 16 && age <= 22, "age " + age + " on P(t) in " + r);
      situaties.merge(r.get("situatie"), 1, Integer::sum);
      Optional<String> group = wijk(r.get("postcode")).map(TransitionDatasetsTest::group);
      group.ifPresent(
          g -> persons.computeIfAbsent(year + g, k -> new HashSet<>()).add(r.get("bsn")));
    }
    assertFalse(latest.isAfter(Life.EXPORT_DATE), "no peildatum after the export: " + latest);
    assertEquals(Set.of("WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND"), situaties.keySet());
    int rows = situaties.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(
        situaties.get("WERK") > 0.25 * rows && situaties.get("WERK") < 0.45 * rows,
        situaties.toString());
    for (int year = SampleGenerator.FIRST_YEAR; year <= SampleGenerator.LAST_YEAR; year++) {
      double poor = perThousand(persons, population, year, "arm");
      double rich = perThousand(persons, population, year, "rijk");
      assertTrue(poor > 1.4 * rich && rich > 25, year + ": " + poor + " against " + rich);
    }
  }

  private static double perThousand(
      Map<String, Set<String>> persons, Map<String, Long> population, int year, String group) {
    return 1000.0
        * persons.getOrDefault(year + group, Set.of()).size()
        / population.get(year + group);
  }

  private static String group(String wijk) {
    return POOR.contains(wijk) ? "arm" : RICH.contains(wijk) ? "rijk" : null;
  }

  private Optional<String> wijk(String postcode) {
    String p = postcode.replace(" ", "");
    String w = wijkOfPostcode.get(p);
    return Optional.ofNullable(
        w != null || p.length() < 4 ? w : wijkOfPostcode.get(p.substring(0, 4)));
  }

  private static SchoolAdvice advice(String text) {
    if (text.isBlank()) {
      return null;
    }
    return SchoolAdvice.parse(text) instanceof SchoolAdvice.Valid v ? v.advice() : null;
  }

  private static double pct(long teller, long noemer) {
    return 100.0 * teller / noemer;
  }

  private FileReport report(String file) {
    return reports.stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
  }

  private static List<CSVRecord> read(Path file, char delimiter, Charset charset)
      throws IOException {
    String text = Files.readString(file, charset);
    // The ParnasSys exports start with a byte order mark.
    try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      List<CSVRecord> records = new ArrayList<>();
      CSVFormat.RFC4180
          .builder()
          .setDelimiter(delimiter)
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .get()
          .parse(reader)
          .forEach(records::add);
      return records;
    }
  }
}
