package nl.leamonitor.sample;

import java.util.List;
import java.util.SplittableRandom;
import nl.leamonitor.sample.Town.School;
import nl.leamonitor.sample.Town.Sector;
import nl.leamonitor.sample.Town.Wijk;

/**
 * A person's school career, advanced once per schooljaar: VVE, PO or SO, VO or VSO, MBO, HBO, with
 * repeated years, diplomas, switches of level, pauses and leaving school. Every draw comes from the
 * person's own random stream.
 */
final class Career {
  private final Person person;
  private final Town town;
  private final SplittableRandom random;

  // The career state, advanced once per schooljaar.
  private Sector sector;
  private int leerjaar;
  private String type;
  private School school;
  private int duration;
  private int pauseYears;
  private boolean diplomaNext;
  private boolean lastDiploma;
  private String opleiding;

  Career(Person person) {
    this.person = person;
    this.town = person.town;
    this.random = person.random;
  }

  /**
   * Decides the enrolment in the schooljaar starting in {@code year}, at {@code age}, from last
   * year's.
   */
  void advance(int year, int age) {
    step(year, age);
    lastDiploma = diplomaNext;
  }

  /** Returns the sector enrolled in this year, or null when not at school. */
  Sector sector() {
    return sector;
  }

  int leerjaar() {
    return leerjaar;
  }

  /** Returns the onderwijstype (VO level, MBO level, AD or BA), or null in VVE, PO, SO and VSO. */
  String type() {
    return type;
  }

  School school() {
    return school;
  }

  /** Returns the MBO opleiding's name (of the last MBO enrolment). */
  String opleiding() {
    return opleiding;
  }

  /** Returns whether this year ends with a diploma. */
  boolean diploma() {
    return diplomaNext;
  }

  /** Leaves school for {@code years} schooljaren. */
  void leave(int years) {
    sector = null;
    pauseYears = years;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
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
        if (person.resident
            && chance(person.vveTarget ? 0.82 - 0.1 * person.wijk().disadvantage() : 0.22)) {
          sector = Sector.VVE;
          leerjaar = age - 2;
          school = town.schools(Sector.VVE).get(0);
        }
      } else if (age == 4 && person.resident) {
        if (chance(0.015)) {
          start(Sector.SO, null, town.schools(Sector.SO).get(0));
          leerjaar = 0;
        } else {
          start(Sector.PO, null, poSchool());
        }
      } else if (age >= 12 && age <= 16 && !person.resident && chance(0.15)) {
        startVo(age);
      } else if (age >= 16 && age <= 19 && !person.resident && chance(0.08)) {
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
        } else if (!chance(0.02 + 0.015 * Math.max(0, person.wijk().disadvantage()))) {
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
      default -> {}
    }
  }

  private void startVo(int age) {
    String level = voLevel(person.ability + 0.3 * person.gaussian());
    start(Sector.VO, level, pick(Sector.VO));
    duration =
        switch (level) {
          case "PRO" -> 5;
          case "HAVO" -> 5;
          case "VWO" -> 6;
          default -> 4;
        };
  }

  /** Returns the VO level a pupil of ability {@code a} (ability plus noise) starts at. */
  static String voLevel(double a) {
    return a < -1.9
        ? "PRO"
        : a < -1.1
            ? "VMBO-B"
            : a < -0.6 ? "VMBO-K" : a < 0.1 ? "VMBO-GT" : a < 0.75 ? "HAVO" : "VWO";
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
          String level =
              type.equals("VMBO-B")
                  ? "2"
                  : type.equals("VMBO-K") ? (chance(0.5) ? "2" : "3") : (chance(0.7) ? "4" : "3");
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
    start(
        Sector.HBO,
        ad ? "AD" : "BA",
        chance(0.7) ? town.schools(Sector.HBO).get(0) : town.schools(Sector.HBO).get(1));
    duration = ad ? 2 : 4;
  }

  private void start(Sector s, String t, School at) {
    sector = s;
    type = t;
    school = at;
    leerjaar = 1;
    if (s == Sector.MBO) {
      duration =
          switch (t) {
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
    Wijk home = person.wijk();
    List<School> own = town.schools(Sector.PO).stream().filter(s -> s.wijk() == home).toList();
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
    String[] names = {
      "Verzorgende IG, niveau 3",
      "Commercieel medewerker",
      "Gespecialiseerd pedagogisch medewerker",
      "Software developer",
      "Entree",
      "Logistiek medewerker",
      "Mediavormgever",
      "Technicus engineering",
      "Assistent dienstverlening \"zorg & welzijn\"",
      "Juridisch medewerker; zakelijke dienstverlening",
      "Financiële administratie",
      "Kok\nniveau " + level
    };
    return names[random.nextInt(names.length)];
  }
}
