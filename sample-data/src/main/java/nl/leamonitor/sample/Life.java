package nl.leamonitor.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.leamonitor.ingest.values.AdviceLevel;
import nl.leamonitor.sample.PartnerFile.Schooljaar;
import nl.leamonitor.sample.Town.School;
import nl.leamonitor.sample.Town.Sector;

/**
 * One person's simulated life from age 2 to 23: each schooljaar the person may move, the career
 * advances, and what the partners saw of that year (enrolment, measured delays, a leerplicht case,
 * leaving school without a diploma) becomes rows for the schooljaren in view.
 */
final class Life {
  /** Cases after this date are not yet known to the leerplicht system. */
  static final LocalDate EXPORT_DATE = LocalDate.of(2025, 6, 30);

  private final int index;
  private final String bsn;
  private final Person person;
  private final Career career;
  private final PartnerFiles files;
  private final int firstYear;
  private final int lastYear;
  private final SplittableRandom random;

  /**
   * Draws for the datasets of contract version 2 (advices, RMC register): a stream apart from the
   * person's, so adding them left every other row of a seed as it was.
   */
  private final SplittableRandom later;

  private final LifeOutput output = new LifeOutput();

  /** The groep-8 year whose advice waits for next year's VO level, or null. */
  private GroupEight groupEight;

  private boolean startkwalificatie;
  private boolean leftTown;
  private boolean fromCareSchool;

  /** Whether the RMC follows this person once out of school without a startkwalificatie. */
  private Boolean followedByRmc;

  /** A schooljaar in groep 8, at a school, living in a wijk of a disadvantage. */
  private record GroupEight(int year, School school, double disadvantage) {}

  /**
   * Draws person {@code index} of {@code town}, seen in the schooljaren starting in
   * firstYear..lastYear; {@code later} is the stream of the datasets added in contract version 2.
   */
  Life(
      int index,
      Town town,
      SplittableRandom random,
      SplittableRandom later,
      String bsn,
      PartnerFiles files,
      int firstYear,
      int lastYear) {
    this.index = index;
    this.bsn = bsn;
    this.files = files;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.random = random;
    this.later = later;
    this.person = new Person(town, random, firstYear, lastYear);
    this.career = new Career(person);
  }

  /** Lives the life and returns its rows and resident counts, to be written in person order. */
  LifeOutput live() {
    Town town = person.town;
    for (int year = person.born.getYear() + 1; year <= lastYear; year++) {
      int age = person.age(year);
      if (age > 23) {
        continue;
      }
      boolean visible = year >= firstYear;
      person.maybeMove();
      if (visible && person.resident && age >= 0) {
        output.resident(town, town.wijken.indexOf(person.wijk()), year - firstYear, age);
      }
      boolean wasInGroupEight = career.sector() == Sector.PO && career.leerjaar() == 8;
      career.advance(year, age);
      Sector sector = career.sector();
      follow(wasInGroupEight);
      if (groupEight != null) {
        advise(sector == Sector.VO && career.leerjaar() == 1 ? career.type() : null);
      }
      if (visible && sector == Sector.PO && career.leerjaar() == 8) {
        groupEight = new GroupEight(year, career.school(), person.wijk().disadvantage());
      }
      if (visible
          && sector == null
          && person.resident
          && !leftTown
          && !startkwalificatie
          && age >= 16
          && age <= 22) {
        register(year);
      }
      if (visible && sector != null) {
        enrol(year);
        if (year == lastYear && sector == Sector.PO && person.resident) {
          output.pupil(town, town.schools.indexOf(career.school()));
        }
        if (age >= 6 && age <= 11 && sector == Sector.PO && career.leerjaar() >= 3) {
          measure(year);
        }
        if (person.resident && age >= 5 && age <= 17) {
          maybeThuiszitter(year);
        }
        maybeLeave(year, age);
      }
      if (!visible && sector != null) {
        maybeLeaveQuietly(age);
      }
    }
    if (groupEight != null) {
      advise(null);
    }
    return output;
  }

  /** Notes what this year's enrolment means for the RMC register. */
  private void follow(boolean wasInGroupEight) {
    Sector sector = career.sector();
    if (sector == null) {
      // After groep 8 a pupil found nowhere has moved away (Career's only way from groep 8 out).
      leftTown |= wasInGroupEight;
      return;
    }
    String type = career.type();
    fromCareSchool = sector == Sector.VSO || sector == Sector.SO || "PRO".equals(type);
    if (career.diploma()) {
      startkwalificatie |=
          switch (sector) {
            case VO -> "HAVO".equals(type) || "VWO".equals(type);
            case MBO -> !"1".equals(type);
            case HBO -> true;
            default -> false;
          };
    }
  }

  /**
   * Writes the advice row of the waiting groep-8 year, consistent with {@code reachedType}, the VO
   * level the pupil started at; when the pupil went elsewhere or the years end, from the level the
   * pupil's ability points to.
   */
  private void advise(String reachedType) {
    GroupEight g = groupEight;
    groupEight = null;
    String type = reachedType;
    if (type == null) {
      double u = later.nextDouble();
      double v = later.nextDouble();
      double noise = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
      type = Career.voLevel(person.ability + 0.3 * noise);
    }
    Advice advice = Advice.draw(AdviceLevel.parse(type), g.disadvantage(), later);
    int style = Math.floorMod(g.school().brin().hashCode(), 4);
    Map<String, Object> row = new HashMap<>();
    row.put("bsn", bsn.startsWith("0") ? bsn.substring(1) : bsn);
    row.put("schooljaar", new Schooljaar(g.year()));
    row.put("schooladvies", Advice.spell(advice.schooladvies(), style));
    row.put("toetsadvies", Advice.spell(advice.toetsadvies(), style));
    row.put("definitief_advies", Advice.spell(advice.definitief(), style));
    row.put("brin", g.school().brin());
    row.put("vestiging", g.school().vestiging());
    if (advice.definitief() != null) {
      row.put("toelichting", "Heroverwogen na de doorstroomtoets; ouders geïnformeerd");
    }
    output.row(files.schooladviezen, row);
  }

  /**
   * Writes the RMC register's rows of a young person without a startkwalificatie who is not at
   * school: one to three peildata in the schooljaar (none after the export date), a situatie each.
   */
  private void register(int year) {
    LocalDate from = LocalDate.of(year, 10, 1);
    LocalDate to = LocalDate.of(year + 1, 9, 30).isAfter(EXPORT_DATE) ? EXPORT_DATE : null;
    int days = to == null ? 365 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
    double d = person.wijk().disadvantage();
    if (followedByRmc == null) {
      // Not everyone the register could hold is in it: it follows more of those in
      // disadvantaged wijken, as the RMC's caseload does.
      followedByRmc = later.nextDouble() < 0.5 + 0.2 * d;
    }
    if (days <= 0 || !followedByRmc) {
      return;
    }
    double r = later.nextDouble();
    int count = r < 0.65 ? 1 : r < 0.9 ? 2 : 3;
    TreeSet<Integer> offsets = new TreeSet<>();
    while (offsets.size() < Math.min(count, days)) {
      offsets.add(later.nextInt(days));
    }
    String situatie = null;
    for (int offset : offsets) {
      if (situatie == null || later.nextDouble() < 0.5) {
        situatie = situatie(d);
      }
      Map<String, Object> row = new HashMap<>();
      row.put("bsn", bsn);
      row.put("geboortedatum", person.born);
      row.put("postcode", person.postcode());
      row.put("peildatum", from.plusDays(offset));
      row.put("situatie", situatie);
      output.row(files.rmc, row);
    }
  }

  /** Draws a situatie: less work and more "nothing" in disadvantaged wijken, care after VSO/PRO. */
  private String situatie(double disadvantage) {
    double[] weights = {
      0.36 - 0.12 * disadvantage, fromCareSchool ? 0.45 : 0.1, 0.2, 0.13 + 0.08 * disadvantage, 0.16
    };
    String[] names = {"WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND"};
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = later.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return names[i];
      }
    }
    return names[names.length - 1];
  }

  private void enrol(int year) {
    Sector sector = career.sector();
    School school = career.school();
    String type = career.type();
    String postcode = person.postcode();
    Map<String, Object> row = new HashMap<>();
    row.put("bsn", bsn);
    row.put("schooljaar", new Schooljaar(year));
    row.put("geboortedatum", person.born);
    row.put("postcode", postcode);
    row.put("brin", school.brin());
    row.put("vestiging", school.vestiging());
    row.put("sector", sector.name());
    row.put("leerjaar", career.leerjaar());
    row.put("vve_indicatie", person.vveTarget);
    PartnerFile file;
    switch (sector) {
      case VVE -> file = files.vve;
      case PO, SO -> {
        file = files.po;
        if (bsn.startsWith("0")) {
          row.put("bsn", bsn.substring(1));
        }
      }
      case VO, VSO -> {
        file = files.vo;
        row.put("onderwijstype", sector == Sector.VO ? type : null);
        row.put("diploma", career.diploma());
        row.put(
            "postcode",
            postcode.substring(0, 4) + (postcode.length() == 6 ? " " + postcode.substring(4) : ""));
      }
      default -> {
        file = files.mboHbo;
        row.put("onderwijstype", type);
        row.put("diploma", career.diploma());
        row.put(
            "opleiding",
            sector == Sector.HBO
                ? (type.equals("AD") ? "Associate degree ICT" : "Commerciële Economie")
                : career.opleiding());
      }
    }
    output.row(file, row);
  }

  private void measure(int year) {
    boolean parnassys = career.school().brin().charAt(1) % 2 == 0;
    String[] domains = {"REKENEN", "BEGRIJPEND_LEZEN", "TECHNISCH_LEZEN", "SPELLING"};
    double[] shift = {0.2, 0.6, -0.2, -0.3};
    for (String moment : parnassys ? new String[] {"M", "E"} : new String[] {"E"}) {
      double corona =
          switch (year) {
            case 2019 -> moment.equals("E") ? 1.3 : 0;
            case 2020 -> moment.equals("M") ? 2.1 : 1.6;
            case 2021 -> moment.equals("M") ? 1.1 : 0.7;
            default -> 0;
          };
      for (int d = 0; d < domains.length; d++) {
        double value =
            0.9 * Math.max(-0.5, person.wijk().disadvantage()) * 2.2
                - 1.6 * person.ability
                + shift[d]
                + corona
                + 1.3 * person.gaussian();
        Map<String, Object> row = new HashMap<>();
        row.put("bsn", bsn);
        row.put("schooljaar", new Schooljaar(year));
        row.put("meetmoment", moment);
        row.put("domein", d == 1 && !parnassys ? "begrijpend_lezen" : domains[d]);
        row.put("vertraging_maanden", BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
        output.row(parnassys ? files.vertragingenParnassys : files.vertragingenCito, row);
      }
    }
  }

  private void maybeThuiszitter(int year) {
    if (!person.chance(0.0045 * (1 + 1.2 * person.wijk().disadvantage()) + 0.001)) {
      return;
    }
    double r = random.nextDouble();
    String categorie =
        r < 0.55 ? "RELATIEF_VERZUIM" : r < 0.8 ? "ABSOLUUT_VERZUIM" : "VRIJSTELLING";
    LocalDate start = LocalDate.of(year, 10, 1).plusDays(random.nextInt(330));
    if (start.isAfter(EXPORT_DATE)) {
      return;
    }
    int days =
        switch (categorie) {
          case "RELATIEF_VERZUIM" ->
              person.chance(0.35) ? 3 + random.nextInt(25) : 28 + random.nextInt(220);
          case "ABSOLUUT_VERZUIM" -> 20 + random.nextInt(380);
          default -> 365;
        };
    LocalDate end = start.plusDays(days);
    Map<String, Object> row = new HashMap<>();
    row.put("leerling_id", String.format("LP-%08x", (index * 2654435761L) & 0xffffffffL));
    row.put("geboortedatum", person.born);
    row.put("postcode", person.postcode());
    row.put("categorie", categorie);
    row.put("startdatum", start);
    row.put("einddatum", end.isAfter(EXPORT_DATE) ? null : end);
    row.put("brin", career.school().brin());
    output.row(files.thuiszitters, row);
  }

  private void maybeLeave(int year, int age) {
    Sector sector = career.sector();
    if ((sector != Sector.VO && sector != Sector.MBO) || age < 12 || age > 22) {
      return;
    }
    double disadvantage = Math.max(0, person.wijk().disadvantage());
    double p =
        sector == Sector.VO
            ? 0.004 + 0.005 * disadvantage + (career.type().startsWith("VMBO") ? 0.005 : 0)
            : 0.045 + 0.02 * disadvantage;
    if (!person.chance(p)) {
      return;
    }
    Map<String, Object> row = new HashMap<>();
    row.put("bsn", bsn);
    row.put("schooljaar", new Schooljaar(year));
    row.put("geboortedatum", person.born);
    row.put("postcode", person.postcode());
    row.put("sector", sector.name());
    row.put("onderwijstype", career.type());
    row.put("brin", career.school().brin());
    row.put("datum_uitschrijving", LocalDate.of(year, 11, 1).plusDays(random.nextInt(300)));
    output.row(sector == Sector.VO ? files.vsvVo : files.vsvMbo, row);
    career.leave(1 + random.nextInt(2));
  }

  private void maybeLeaveQuietly(int age) {
    Sector sector = career.sector();
    if ((sector == Sector.VO || sector == Sector.MBO) && age >= 12 && person.chance(0.01)) {
      career.leave(1 + random.nextInt(2));
    }
  }
}
