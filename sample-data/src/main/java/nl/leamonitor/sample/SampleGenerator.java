package nl.leamonitor.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leamonitor.sample.PartnerFile.BooleanStyle;
import nl.leamonitor.sample.PartnerFile.DateStyle;
import nl.leamonitor.sample.PartnerFile.Dialect;
import nl.leamonitor.sample.PartnerFile.Schooljaar;
import nl.leamonitor.sample.Town.School;
import nl.leamonitor.sample.Town.Sector;
import nl.leamonitor.sample.Town.Wijk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic delivery folder in the contract's format: a Zoetermeer-like town whose
 * persons aged 0-23 live coherent school careers over schooljaren 2019-2020 to 2024-2025.
 * Persons are simulated one at a time and their rows streamed to the partner files, so memory
 * does not grow with {@code --personen}; the output depends only on the seed and the size.
 */
public final class SampleGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);
  /** First schooljaar written (2019-2020). */
  public static final int FIRST_YEAR = 2019;
  /** Last schooljaar written (2024-2025). */
  public static final int LAST_YEAR = 2024;
  /** Cases after this date are not yet known to the leerplicht system. */
  static final LocalDate EXPORT_DATE = LocalDate.of(2025, 6, 30);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final double DAMAGE = 0.003;
  private static final double DUPLICATES = 0.002;

  /** Persons per gemeente at national scale: about Zoetermeer's 0-23-year-olds. */
  public static final int PERSONS_PER_TOWN = 35_000;
  /** Persons per task of the thread pool. */
  private static final int CHUNK = 2_000;

  private final long seed;
  private final int persons;
  private final int towns;
  private final int firstYear;
  private final int lastYear;

  /** Creates a generator for Zoetermeer: a seed and a number of persons, schooljaren 2019-2020 to 2024-2025. */
  public SampleGenerator(long seed, int persons) {
    this(seed, persons, 1, FIRST_YEAR, LAST_YEAR);
  }

  /**
   * Creates a generator for {@code towns} gemeenten (Zoetermeer and copies of its shape), the
   * persons spread over them in turn, for the schooljaren starting in firstYear..lastYear.
   */
  public SampleGenerator(long seed, int persons, int towns, int firstYear, int lastYear) {
    if (persons < 1) {
      throw new IllegalArgumentException("--personen moet minstens 1 zijn");
    }
    if (towns < 1 || towns > 39) {
      throw new IllegalArgumentException("1 tot 39 gemeenten (de PC4-reeksen 3025-3999), niet " + towns);
    }
    this.seed = seed;
    this.persons = persons;
    this.towns = towns;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** A delivery of a whole country's worth: 3.5 million persons in 39 gemeenten, four schooljaren. */
  public static SampleGenerator national(long seed, int persons) {
    return new SampleGenerator(seed, persons, Math.min(39, Math.max(1, persons / PERSONS_PER_TOWN)), LAST_YEAR - 3, LAST_YEAR);
  }

  /** What was written, for the command's summary. */
  public record Summary(int persons, Map<String, Long> rowsPerFile) {}

  /** Writes the delivery folder. */
  public Summary write(Path out) throws IOException {
    SplittableRandom master = new SplittableRandom(seed);
    int years = lastYear - firstYear + 1;
    List<Town> places = new java.util.ArrayList<>();
    places.add(new Town(master.split(), years));
    Map<String, PartnerFile> files = openFiles(out, master);
    java.util.Set<String> brins = new java.util.HashSet<>();
    places.get(0).schools.forEach(s -> brins.add(s.brin()));
    for (int t = 1; t < towns; t++) {
      places.add(new Town(master.split(), t, years, brins));
    }
    SplittableRandom people = master.split();
    Identities ids = towns == 1 ? new Identities(people.split()) : Identities.national(people.split());
    // Lives are simulated on every core, a chunk of persons per task; their rows are written in
    // person order on this thread, so the files are the same whatever the number of threads.
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "lea-sample");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<List<Output>>> inFlight = new ArrayDeque<>();
    long written = 0;
    try {
      for (int start = 0; start < persons; start += CHUNK) {
        List<Life> lives = new ArrayList<>(CHUNK);
        for (int i = start; i < Math.min(persons, start + CHUNK); i++) {
          lives.add(new Life(i, places.get(i % towns), people.split(), ids.next(), files));
        }
        inFlight.add(pool.submit(() -> {
          List<Output> outputs = new ArrayList<>(lives.size());
          for (Life life : lives) {
            outputs.add(life.live());
          }
          return outputs;
        }));
        while (inFlight.size() > 2 * threads || start + CHUNK >= persons && !inFlight.isEmpty()) {
          long before = written;
          written += replay(inFlight.poll());
          if (written / 250_000 > before / 250_000) {
            LOG.info("{} van {} personen geschreven", written, persons);
          }
        }
      }
    } finally {
      pool.shutdownNow();
      for (PartnerFile f : files.values()) {
        f.close();
      }
    }
    writeReferences(out, places);
    Files.writeString(out.resolve("leesmij.txt"), "Aanlevering van de LEA-partners (synthetisch).\n", StandardCharsets.UTF_8);
    Map<String, Long> rows = new java.util.TreeMap<>();
    files.forEach((name, f) -> rows.put(name, f.rows()));
    return new Summary(persons, rows);
  }

  private static Map<String, PartnerFile> openFiles(Path out, SplittableRandom random) throws IOException {
    Map<String, PartnerFile> files = new java.util.LinkedHashMap<>();
    Dialect parnassys = new Dialect(';', StandardCharsets.UTF_8, true, "\r\n", DateStyle.DUTCH_PADDED,
        BooleanStyle.J_N, true, '-', false);
    Dialect magister = new Dialect(',', StandardCharsets.UTF_8, false, "\n", DateStyle.ISO,
        BooleanStyle.TRUE_FALSE, false, '/', true);
    Dialect eduarte = new Dialect('\t', WINDOWS_1252, false, "\r\n", DateStyle.DUTCH_SHORT,
        BooleanStyle.ONE_ZERO, true, '-', false);
    Dialect kinderopvang = new Dialect(';', WINDOWS_1252, false, "\n", DateStyle.DUTCH_SHORT,
        BooleanStyle.JA_NEE, true, '-', false);
    Dialect cito = new Dialect(',', StandardCharsets.UTF_8, false, "\n", DateStyle.ISO,
        BooleanStyle.TRUE_FALSE, false, '-', false);
    Dialect rmc = new Dialect(';', StandardCharsets.UTF_8, false, "\n", DateStyle.ISO,
        BooleanStyle.J_N, true, '-', false);
    Dialect leerplicht = new Dialect(',', StandardCharsets.UTF_8, true, "\r\n", DateStyle.DUTCH_PADDED,
        BooleanStyle.J_N, false, '-', false);
    files.put("inschrijvingen_po_parnassys.csv", new PartnerFile(out.resolve("inschrijvingen_po_parnassys.csv"), parnassys,
        List.of("BSN", "Schooljaar", "Geboortedatum", "Postcode", "BRIN", "Vestiging", "Sector", "Leerjaar", "VVE_indicatie"),
        random.split(), DAMAGE, DUPLICATES));
    files.put("inschrijvingen_vo_magister.csv", new PartnerFile(out.resolve("inschrijvingen_vo_magister.csv"), magister,
        List.of("bsn", "schooljaar", "geboortedatum", "postcode", "brin", "vestiging", "sector", "onderwijstype", "leerjaar", "diploma"),
        random.split(), DAMAGE, DUPLICATES));
    files.put("Inschrijvingen_MBO_HBO_Eduarte.csv", new PartnerFile(out.resolve("Inschrijvingen_MBO_HBO_Eduarte.csv"), eduarte,
        List.of("bsn", "schooljaar", "geboortedatum", "postcode", "brin", "sector", "onderwijstype", "leerjaar", "diploma", "opleiding"),
        random.split(), DAMAGE, DUPLICATES));
    files.put("inschrijvingen_vve_kinderopvang.csv", new PartnerFile(out.resolve("inschrijvingen_vve_kinderopvang.csv"), kinderopvang,
        List.of(" BSN ", " SCHOOLJAAR ", " GEBOORTEDATUM ", " POSTCODE ", " BRIN ", " SECTOR ", " LEERJAAR ", " VVE_INDICATIE "),
        random.split(), DAMAGE, DUPLICATES));
    files.put("vertragingen_parnassys.csv", new PartnerFile(out.resolve("vertragingen_parnassys.csv"), parnassys,
        List.of("BSN", "Schooljaar", "Meetmoment", "Domein", "Vertraging_maanden"), random.split(), DAMAGE, DUPLICATES));
    files.put("vertragingen_cito_lvs.csv", new PartnerFile(out.resolve("vertragingen_cito_lvs.csv"), cito,
        List.of("bsn", "schooljaar", "meetmoment", "domein", "vertraging_maanden"), random.split(), DAMAGE, DUPLICATES));
    files.put("vsv_vo_rmc.csv", new PartnerFile(out.resolve("vsv_vo_rmc.csv"), rmc,
        List.of("bsn", "schooljaar", "geboortedatum", "postcode", "sector", "onderwijstype", "brin", "datum_uitschrijving"),
        random.split(), DAMAGE, DUPLICATES));
    files.put("VSV_MBO_Eduarte.csv", new PartnerFile(out.resolve("VSV_MBO_Eduarte.csv"), eduarte,
        List.of("Datum_Uitschrijving", "BSN", "Schooljaar", "Geboortedatum", "Postcode", "Sector", "Onderwijstype", "BRIN"),
        random.split(), DAMAGE, DUPLICATES));
    files.put("thuiszitters_leerplicht.csv", new PartnerFile(out.resolve("thuiszitters_leerplicht.csv"), leerplicht,
        List.of("leerling_id", "geboortedatum", "postcode", "categorie", "startdatum", "einddatum", "brin"),
        random.split(), DAMAGE, DUPLICATES));
    return files;
  }

  /** Hands out synthetic personal numbers: BSNs in the 99xxxxxxx test range, 2 % onderwijsnummers. */
  static final class Identities {
    private final SplittableRandom random;
    private long nextBsn = 990_000_000L;
    private long nextOnderwijsnummer = 100_000_000L;
    private long nextLeadingZero = 99_000_000L;

    Identities(SplittableRandom random) {
      this.random = random;
    }

    /**
     * Numbers for millions of persons: BSNs from 200,000,000 (Zoetermeer's 99xxxxxxx range would
     * run past nine digits), leading-zero BSNs from 010,000,000.
     */
    static Identities national(SplittableRandom random) {
      Identities ids = new Identities(random);
      ids.nextBsn = 200_000_000L;
      ids.nextLeadingZero = 10_000_000L;
      return ids;
    }

    String next() {
      if (random.nextInt(50) == 0) {
        nextOnderwijsnummer = search(nextOnderwijsnummer + 1 + random.nextInt(40), 5);
        return String.format("%09d", nextOnderwijsnummer);
      }
      if (random.nextInt(40) == 0) {
        // A BSN with a leading zero: the PO export shows what Excel does to it (8 digits).
        nextLeadingZero = search(nextLeadingZero + 1 + random.nextInt(25), 0);
        return String.format("%09d", nextLeadingZero);
      }
      nextBsn = search(nextBsn + 1 + random.nextInt(25), 0);
      return Long.toString(nextBsn);
    }

    private static long search(long from, int remainder) {
      for (long n = from; ; n++) {
        String s = String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (9 - i) * (s.charAt(i) - '0');
        }
        sum -= s.charAt(8) - '0';
        if (Math.floorMod(sum, 11) == remainder && !s.equals("000000000")) {
          return n;
        }
      }
    }
  }

  /** One person's simulated life from age 2 to 23, written for the schooljaren in view. */
  private final class Life {
    private final int index;
    private final Town town;
    private final SplittableRandom random;
    private final String bsn;
    private final Map<String, PartnerFile> files;
    private final Output output = new Output();
    private final LocalDate born;
    private final double ability;
    private final boolean resident;
    private final boolean vveTarget;
    private Wijk wijk;
    private String postcode;

    Life(int index, Town town, SplittableRandom random, String bsn, Map<String, PartnerFile> files) {
      this.index = index;
      this.town = town;
      this.random = random;
      this.bsn = bsn;
      this.files = files;
      this.born = LocalDate.of(firstYear - 23, 10, 2).plusDays(random.nextInt(365 * (lastYear - firstYear + 24) + 7));
      this.resident = random.nextDouble() >= 0.05;
      this.wijk = town.pickWijk(random);
      this.postcode = resident ? town.address(wijk, random) : Town.outsideAddress(random);
      this.ability = gaussian() - 0.45 * wijk.disadvantage();
      this.vveTarget = random.nextDouble() < 0.12 + 0.3 * Math.max(0, wijk.disadvantage()) + 0.05 * wijk.disadvantage();
    }

    private double gaussian() {
      double u = random.nextDouble();
      double v = random.nextDouble();
      return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }

    private int age(int year) {
      return java.time.Period.between(born, LocalDate.of(year, 10, 1)).getYears();
    }

    // The career state, advanced once per schooljaar.
    private Sector sector;
    private int leerjaar;
    private String type;
    private School school;
    private int duration;
    private int pauseYears;
    private boolean diplomaNext;
    private String opleiding;

    Output live() throws IOException {
      for (int year = born.getYear() + 1; year <= lastYear; year++) {
        int age = age(year);
        if (age > 23) {
          continue;
        }
        boolean visible = year >= firstYear;
        if (chance(0.012) && resident) {
          wijk = town.pickWijk(random);
          postcode = town.address(wijk, random);
        }
        if (visible && resident && age >= 0) {
          output.resident(town, town.wijken.indexOf(wijk), year - firstYear, age);
        }
        step(year, age);
        lastDiploma = diplomaNext;
        if (visible && sector != null) {
          enrol(year, age, diplomaNext);
          if (age >= 6 && age <= 11 && sector == Sector.PO && leerjaar >= 3) {
            measure(year);
          }
          if (resident && age >= 5 && age <= 17) {
            maybeThuiszitter(year);
          }
          maybeLeave(year, age);
        }
        if (!visible && sector != null) {
          maybeLeaveQuietly(age);
        }
      }
      return output;
    }

    /** Decides this year's enrolment from last year's. */
    private void step(int year, int age) {
      diplomaNext = false;
      if (pauseYears > 0) {
        pauseYears--;
        if (pauseYears == 0 && age <= 22 && chance(0.35)) {
          start(Sector.MBO, "" + (1 + random.nextInt(2)), pick(Sector.MBO));
        }
        return;
      }
      if (sector == null) {
        if (age == 2 || age == 3) {
          if (resident && chance(vveTarget ? 0.82 - 0.1 * wijk.disadvantage() : 0.22)) {
            sector = Sector.VVE;
            leerjaar = age - 2;
            school = town.schools(Sector.VVE).get(0);
          }
        } else if (age == 4 && resident) {
          if (chance(0.015)) {
            start(Sector.SO, null, town.schools(Sector.SO).get(0));
            leerjaar = 0;
          } else {
            start(Sector.PO, null, poSchool());
          }
        } else if (age >= 12 && age <= 16 && !resident && chance(0.15)) {
          startVo(age);
        } else if (age >= 16 && age <= 19 && !resident && chance(0.08)) {
          start(Sector.MBO, "" + (2 + random.nextInt(3)), pick(Sector.MBO));
        }
        return;
      }
      switch (sector) {
        case VVE -> {
          if (age >= 4) {
            sector = null;
            step(year, age);
          } else {
            leerjaar = age - 2;
          }
        }
        case PO -> {
          if (leerjaar == 8) {
            double r = random.nextDouble();
            if (r < 0.955) {
              startVo(age);
            } else if (r < 0.97) {
              start(Sector.VSO, null, town.schools(Sector.VSO).get(0));
            } else if (r < 0.98) {
              leerjaar = 8;
            } else if (r < 0.985) {
              start(Sector.SO, null, town.schools(Sector.SO).get(0));
            } else {
              sector = null; // moved away: not found in t+1
              pauseYears = 99;
            }
          } else if (!chance(0.02 + 0.015 * Math.max(0, wijk.disadvantage()))) {
            leerjaar++;
          }
        }
        case SO -> {
          leerjaar++;
          if (age >= 12) {
            start(Sector.VSO, null, town.schools(Sector.VSO).get(0));
          }
        }
        case VSO -> {
          leerjaar++;
          if (age >= 18) {
            if (chance(0.25)) {
              start(Sector.MBO, "1", pick(Sector.MBO));
            } else {
              finish();
            }
          }
        }
        case VO -> advanceVo();
        case MBO -> advanceMbo();
        case HBO -> {
          if (leerjaar >= duration) {
            finish();
          } else if (leerjaar == 1 && chance(0.15)) {
            finish();
          } else {
            leerjaar++;
            diplomaNext = leerjaar == duration && chance(0.85);
          }
        }
        default -> { }
      }
    }

    private void startVo(int age) {
      double a = ability + 0.3 * gaussian();
      String level = a < -1.9 ? "PRO" : a < -1.1 ? "VMBO-B" : a < -0.6 ? "VMBO-K" : a < 0.1 ? "VMBO-GT" : a < 0.75 ? "HAVO" : "VWO";
      start(Sector.VO, level, pick(Sector.VO));
      duration = switch (level) {
        case "PRO" -> 5;
        case "HAVO" -> 5;
        case "VWO" -> 6;
        default -> 4;
      };
    }

    private void advanceVo() {
      if (leerjaar < duration) {
        if (!chance(0.03)) {
          leerjaar++;
        }
        diplomaNext = leerjaar == duration && !type.equals("PRO") && chance(0.92);
        return;
      }
      // Last year done: with diploma onwards, else once more or out.
      boolean hadDiploma = lastDiploma;
      if (!hadDiploma) {
        if (chance(0.6)) {
          diplomaNext = chance(0.85);
          return;
        }
        if (chance(0.5)) {
          start(Sector.MBO, "2", pick(Sector.MBO));
        } else {
          finish();
        }
        return;
      }
      double r = random.nextDouble();
      switch (type) {
        case "VMBO-B", "VMBO-K", "VMBO-GT" -> {
          if (r < 0.91) {
            String level = type.equals("VMBO-B") ? "2" : type.equals("VMBO-K") ? (chance(0.5) ? "2" : "3") : (chance(0.7) ? "4" : "3");
            start(Sector.MBO, level, pick(Sector.MBO));
          } else if (r < 0.96 && type.equals("VMBO-GT")) {
            start(Sector.VO, "HAVO", school);
            leerjaar = 4;
            duration = 5;
          } else {
            finish();
          }
        }
        case "HAVO" -> {
          if (r < 0.72) {
            startHbo();
          } else if (r < 0.85) {
            start(Sector.MBO, "4", pick(Sector.MBO));
          } else {
            finish();
          }
        }
        case "VWO" -> {
          if (r < 0.3) {
            startHbo();
          } else {
            finish();
          }
        }
        default -> {
          if (r < 0.4) {
            start(Sector.MBO, "1", pick(Sector.MBO));
          } else {
            finish();
          }
        }
      }
    }

    private void advanceMbo() {
      if (leerjaar < duration) {
        leerjaar++;
        diplomaNext = leerjaar == duration && chance(0.8);
        return;
      }
      if (!lastDiploma) {
        if (chance(0.5)) {
          diplomaNext = chance(0.7);
          return;
        }
        finish();
        return;
      }
      double r = random.nextDouble();
      if (type.equals("4")) {
        if (r < 0.42) {
          startHbo();
        } else {
          finish();
        }
      } else if (r < 0.35) {
        start(Sector.MBO, Integer.toString(Integer.parseInt(type) + 1), school);
      } else {
        finish();
      }
    }

    private void startHbo() {
      boolean ad = chance(0.12);
      start(Sector.HBO, ad ? "AD" : "BA", chance(0.7) ? town.schools(Sector.HBO).get(0) : town.schools(Sector.HBO).get(1));
      duration = ad ? 2 : 4;
    }

    private boolean lastDiploma;

    private void start(Sector s, String t, School at) {
      sector = s;
      type = t;
      school = at;
      leerjaar = 1;
      if (s == Sector.MBO) {
        duration = switch (t) {
          case "1" -> 1;
          case "2" -> 2;
          default -> 3 + (chance(0.3) ? 1 : 0);
        };
        opleiding = opleiding(t);
        diplomaNext = duration == 1 && chance(0.8);
      }
    }

    private void finish() {
      sector = null;
      pauseYears = 99;
    }

    private School poSchool() {
      List<School> own = town.schools(Sector.PO).stream().filter(s -> s.wijk() == wijk).toList();
      if (!own.isEmpty() && chance(0.72)) {
        return own.get(random.nextInt(own.size()));
      }
      return pick(Sector.PO);
    }

    private School pick(Sector s) {
      List<School> list = town.schools(s);
      return list.get(random.nextInt(list.size()));
    }

    private String opleiding(String level) {
      String[] names = {"Verzorgende IG, niveau 3", "Commercieel medewerker", "Gespecialiseerd pedagogisch medewerker",
          "Software developer", "Entree", "Logistiek medewerker", "Mediavormgever", "Technicus engineering",
          "Assistent dienstverlening \"zorg & welzijn\"", "Juridisch medewerker; zakelijke dienstverlening",
          "Financiële administratie", "Kok\nniveau " + level};
      return names[random.nextInt(names.length)];
    }

    private void enrol(int year, int age, boolean diploma) throws IOException {
      Map<String, Object> row = new HashMap<>();
      row.put("bsn", bsn);
      row.put("schooljaar", new Schooljaar(year));
      row.put("geboortedatum", born);
      row.put("postcode", postcode);
      row.put("brin", school.brin());
      row.put("vestiging", school.vestiging());
      row.put("sector", sector.name());
      row.put("leerjaar", leerjaar);
      row.put("vve_indicatie", vveTarget);
      String file;
      switch (sector) {
        case VVE -> file = "inschrijvingen_vve_kinderopvang.csv";
        case PO, SO -> {
          file = "inschrijvingen_po_parnassys.csv";
          if (bsn.startsWith("0")) {
            row.put("bsn", bsn.substring(1));
          }
        }
        case VO, VSO -> {
          file = "inschrijvingen_vo_magister.csv";
          row.put("onderwijstype", sector == Sector.VO ? type : null);
          row.put("diploma", diploma);
          row.put("postcode", postcode.substring(0, 4) + (postcode.length() == 6 ? " " + postcode.substring(4) : ""));
        }
        default -> {
          file = "Inschrijvingen_MBO_HBO_Eduarte.csv";
          row.put("onderwijstype", type);
          row.put("diploma", diploma);
          row.put("opleiding", sector == Sector.HBO ? (type.equals("AD") ? "Associate degree ICT" : "Commerciële Economie") : opleiding);
        }
      }
      output.row(files.get(file), row);
    }

    private void measure(int year) throws IOException {
      boolean parnassys = school.brin().charAt(1) % 2 == 0;
      String[] domains = {"REKENEN", "BEGRIJPEND_LEZEN", "TECHNISCH_LEZEN", "SPELLING"};
      double[] shift = {0.2, 0.6, -0.2, -0.3};
      for (String moment : parnassys ? new String[] {"M", "E"} : new String[] {"E"}) {
        double corona = switch (year) {
          case 2019 -> moment.equals("E") ? 1.3 : 0;
          case 2020 -> moment.equals("M") ? 2.1 : 1.6;
          case 2021 -> moment.equals("M") ? 1.1 : 0.7;
          default -> 0;
        };
        for (int d = 0; d < domains.length; d++) {
          double value = 0.9 * Math.max(-0.5, wijk.disadvantage()) * 2.2 - 1.6 * ability + shift[d] + corona + 1.3 * gaussian();
          Map<String, Object> row = new HashMap<>();
          row.put("bsn", bsn);
          row.put("schooljaar", new Schooljaar(year));
          row.put("meetmoment", moment);
          row.put("domein", d == 1 && !parnassys ? "begrijpend_lezen" : domains[d]);
          row.put("vertraging_maanden", BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
          output.row(files.get(parnassys ? "vertragingen_parnassys.csv" : "vertragingen_cito_lvs.csv"), row);
        }
      }
    }

    private void maybeThuiszitter(int year) throws IOException {
      if (!chance(0.0045 * (1 + 1.2 * wijk.disadvantage()) + 0.001)) {
        return;
      }
      double r = random.nextDouble();
      String categorie = r < 0.55 ? "RELATIEF_VERZUIM" : r < 0.8 ? "ABSOLUUT_VERZUIM" : "VRIJSTELLING";
      LocalDate start = LocalDate.of(year, 10, 1).plusDays(random.nextInt(330));
      if (start.isAfter(EXPORT_DATE)) {
        return;
      }
      int days = switch (categorie) {
        case "RELATIEF_VERZUIM" -> chance(0.35) ? 3 + random.nextInt(25) : 28 + random.nextInt(220);
        case "ABSOLUUT_VERZUIM" -> 20 + random.nextInt(380);
        default -> 365;
      };
      LocalDate end = start.plusDays(days);
      Map<String, Object> row = new HashMap<>();
      row.put("leerling_id", String.format("LP-%08x", (index * 2654435761L) & 0xffffffffL));
      row.put("geboortedatum", born);
      row.put("postcode", postcode);
      row.put("categorie", categorie);
      row.put("startdatum", start);
      row.put("einddatum", end.isAfter(EXPORT_DATE) ? null : end);
      row.put("brin", school.brin());
      output.row(files.get("thuiszitters_leerplicht.csv"), row);
    }

    private void maybeLeave(int year, int age) throws IOException {
      if ((sector != Sector.VO && sector != Sector.MBO) || age < 12 || age > 22) {
        return;
      }
      double p = sector == Sector.VO ? 0.004 + 0.005 * Math.max(0, wijk.disadvantage()) + (type.startsWith("VMBO") ? 0.005 : 0)
          : 0.045 + 0.02 * Math.max(0, wijk.disadvantage());
      if (!chance(p)) {
        return;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("bsn", bsn);
      row.put("schooljaar", new Schooljaar(year));
      row.put("geboortedatum", born);
      row.put("postcode", postcode);
      row.put("sector", sector.name());
      row.put("onderwijstype", type);
      row.put("brin", school.brin());
      row.put("datum_uitschrijving", LocalDate.of(year, 11, 1).plusDays(random.nextInt(300)));
      output.row(files.get(sector == Sector.VO ? "vsv_vo_rmc.csv" : "VSV_MBO_Eduarte.csv"), row);
      sector = null;
      pauseYears = 1 + random.nextInt(2);
    }

    private void maybeLeaveQuietly(int age) {
      if ((sector == Sector.VO || sector == Sector.MBO) && age >= 12 && chance(0.01)) {
        sector = null;
        pauseYears = 1 + random.nextInt(2);
      }
    }
  }

  /** Writes a chunk's outputs in person order; returns the number of persons. */
  private static int replay(Future<List<Output>> chunk) throws IOException {
    List<Output> outputs;
    try {
      outputs = chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("onderbroken", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
    for (Output output : outputs) {
      output.replay();
    }
    return outputs.size();
  }

  /** What one life produced: its rows per partner file and the residents it counted, in order. */
  private static final class Output {
    private final List<PartnerFile> targets = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Town> towns = new ArrayList<>();
    private final List<int[]> residents = new ArrayList<>();

    void row(PartnerFile file, Map<String, Object> values) {
      targets.add(file);
      rows.add(file.fields(values));
    }

    void resident(Town town, int wijk, int year, int age) {
      towns.add(town);
      residents.add(new int[] {wijk, year, age});
    }

    void replay() throws IOException {
      for (int i = 0; i < rows.size(); i++) {
        targets.get(i).write(rows.get(i));
      }
      for (int i = 0; i < residents.size(); i++) {
        int[] r = residents.get(i);
        towns.get(i).population[r[0]][r[1]][r[2]]++;
      }
    }
  }

  private void writeReferences(Path out, List<Town> places) throws IOException {
    Path ref = out.resolve("referentie");
    Files.createDirectories(ref);
    StringBuilder wijken = new StringBuilder("wijk_code;wijk_naam;gemeente_code;gemeente_naam\r\n");
    StringBuilder postcodes = new StringBuilder("postcode;wijk_code\n");
    StringBuilder bevolking = new StringBuilder("jaar,wijk_code,leeftijd,aantal\n");
    StringBuilder scholen = new StringBuilder("brin;vestiging;naam;postcode\n");
    for (Town town : places) {
      for (Wijk w : town.wijken) {
        wijken.append(w.code()).append(';').append(w.name()).append(';').append(town.gemeenteCode).append(';')
            .append(town.gemeenteNaam).append("\r\n");
      }
      for (Wijk w : town.wijken) {
        for (String pc4 : w.pc4s()) {
          postcodes.append(pc4).append(';').append(w.code()).append('\n');
        }
      }
      // The split PC4 belongs to Seghwaert, except its A-L streets, which belong to De Leyens.
      postcodes.append(town.splitPc4).append(';').append(town.wijken.get(7).code()).append('\n');
      for (char first = 'A'; first <= 'L'; first++) {
        for (char second = 'A'; second <= 'Z'; second++) {
          postcodes.append(town.splitPc4).append(' ').append(first).append(second).append(';')
              .append(town.wijken.get(6).code()).append('\n');
        }
      }
    }
    for (int y = 0; y <= lastYear - firstYear; y++) {
      for (Town town : places) {
        for (int w = 0; w < town.wijken.size(); w++) {
          for (int a = 0; a < 24; a++) {
            bevolking.append(firstYear + y).append(',').append(town.wijken.get(w).code()).append(',').append(a)
                .append(',').append(town.population[w][y][a]).append('\n');
          }
        }
      }
    }
    for (Town town : places) {
      for (School s : town.schools) {
        scholen.append(s.brin()).append(';').append(s.vestiging()).append(';').append(s.name()).append(';')
            .append(s.postcode()).append('\n');
      }
    }
    Files.writeString(ref.resolve("wijken.csv"), wijken, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("postcodes.csv"), postcodes, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("bevolking.csv"), bevolking, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("scholen.csv"), scholen, StandardCharsets.UTF_8);
  }
}
