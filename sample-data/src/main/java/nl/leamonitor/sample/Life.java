package nl.leamonitor.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
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
  private final LifeOutput output = new LifeOutput();

  /**
   * Draws person {@code index} of {@code town}, seen in the schooljaren starting in
   * firstYear..lastYear.
   */
  Life(
      int index,
      Town town,
      SplittableRandom random,
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
      career.advance(year, age);
      Sector sector = career.sector();
      if (visible && sector != null) {
        enrol(year);
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
    return output;
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
