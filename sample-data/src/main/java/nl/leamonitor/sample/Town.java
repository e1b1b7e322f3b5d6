package nl.leamonitor.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A town of the sample: Zoetermeer (GM0637) with its nine CBS wijken of 2024 and their social
 * profile, the PC4 areas that make them up (one PC4 split between two wijken through PC6 rows), and
 * its schools. The wijken, codes and names are real; everything else about them is invented.
 */
final class Town {
  /** The PC4 split between two wijken of Zoetermeer (letters A-L first, M-Z second). */
  static final String SPLIT_PC4 = "2725";

  /**
   * Zoetermeer's wijken (CBS Wijk- en Buurtkaart 2024: there is no WK063707): the last two digits
   * of the code, the name, the share of the town's children (roughly CBS's: Oosterheem and
   * Buytenwegh de Leyens the most, Industriegebied and Buitengebied about a hundred each),
   * disadvantage (-1 advantaged .. 1 disadvantaged), the wijk's future in the population forecast,
   * its yearly change of births after the last schooljaar, and its number of PO schools. Invented,
   * not CBS's figures: a synthetic town that looks like the real one.
   */
  private static final List<Wijk> WIJKEN =
      List.of(
          new Wijk("00", "Centrum", 0.16, 0.45, Outlook.CROWDED, 0.015, 5, List.of()),
          new Wijk("01", "Meerzicht", 0.11, 0.55, Outlook.AGEING, -0.025, 4, List.of()),
          new Wijk("02", "Buytenwegh de Leyens", 0.19, 0.25, Outlook.STEADY, -0.005, 6, List.of()),
          new Wijk("03", "Seghwaert", 0.11, 0.0, Outlook.AGEING, -0.025, 4, List.of()),
          new Wijk("04", "Noordhove", 0.09, -0.3, Outlook.STEADY, 0.0025, 3, List.of()),
          new Wijk("05", "Rokkeveen", 0.14, -0.45, Outlook.STEADY, 0.0, 5, List.of()),
          new Wijk("06", "Oosterheem", 0.195, -0.4, Outlook.NEW_BUILD, 0.01, 6, List.of()),
          new Wijk("08", "Industriegebied", 0.003, 0.3, Outlook.STEADY, 0.0, 0, List.of()),
          new Wijk("09", "Buitengebied", 0.004, -0.2, Outlook.STEADY, -0.005, 1, List.of()));

  /** The wijk that has the split PC4's A-L streets; the next one in the list has the rest. */
  private static final int SPLIT_FIRST = 2;

  /**
   * A wijk's future: its population forecast and whether its PO schools have room (see {@link
   * PopulationForecast} and {@link ReferenceFiles#capacity}).
   */
  enum Outlook {
    /** Being built: families with young children move in; its schools are just full. */
    NEW_BUILD,
    /** Built in the 1970s: fewer births each year; its schools have room. */
    AGEING,
    /** Dense and getting denser: its schools are already too small. */
    CROWDED,
    /** Changing a little; its schools from a little short to ample. */
    STEADY
  }

  final String gemeenteCode;
  final String gemeenteNaam;

  /** This town's split PC4: Zoetermeer's, or one in the range of a further town. */
  final String splitPc4;

  /** Residents per wijk, schooljaar and age (0-23), counted while lives are simulated. */
  final int[][][] population;

  /** Resident PO pupils per school (by index in {@link #schools}) in the last schooljaar. */
  final int[] lastYearPupils;

  /**
   * A wijk.
   *
   * @param code CBS code
   * @param name its name
   * @param weight share of the town's children
   * @param disadvantage -1 (advantaged) .. 1 (disadvantaged): drives VVE need, delays, vsv,
   *     thuiszitters
   * @param outlook its future in the population forecast and its schools' room
   * @param birthTrend the yearly change of births after the last schooljaar (0,01 is 1 %)
   * @param poSchools its number of PO schools
   * @param pc4s its own PC4 areas
   */
  record Wijk(
      String code,
      String name,
      double weight,
      double disadvantage,
      Outlook outlook,
      double birthTrend,
      int poSchools,
      List<String> pc4s) {

    /** Returns this wijk of {@link #WIJKEN} in a town: its code after the prefix, its PC4s. */
    Wijk in(String codePrefix, List<String> ownPc4s) {
      return new Wijk(
          codePrefix + code,
          name,
          weight,
          disadvantage,
          outlook,
          birthTrend,
          poSchools,
          List.copyOf(ownPc4s));
    }
  }

  /** A school location; {@code wijk} is null for schools outside the town. */
  record School(
      String brin, String vestiging, String name, String postcode, Wijk wijk, Sector sector) {}

  enum Sector {
    PO,
    SO,
    VO,
    VSO,
    MBO,
    HBO,
    VVE
  }

  final List<Wijk> wijken = new ArrayList<>();
  final List<School> schools = new ArrayList<>();

  /** Zoetermeer (GM0637), for schooljaren starting in firstYear..lastYear. */
  Town(SplittableRandom random, int years) {
    this(random, 0, years, new HashSet<>());
  }

  /**
   * Town {@code number}: 0 is Zoetermeer; further towns (a national-scale delivery) copy its shape
   * under their own gemeente code, wijk codes, PC4 range (3000 + 25 per town) and BRINs (never one
   * another's).
   */
  Town(SplittableRandom random, int number, int years, Set<String> usedBrins) {
    gemeenteCode = number == 0 ? "GM0637" : String.format("GM%04d", 1000 + number);
    gemeenteNaam = number == 0 ? "Zoetermeer" : "Testgemeente " + number;
    String wijkPrefix = "WK" + gemeenteCode.substring(2);
    int pc4Base = number == 0 ? 2711 : 3000 + 25 * number;
    splitPc4 = number == 0 ? SPLIT_PC4 : Integer.toString(pc4Base + 14);
    int pc4 = pc4Base;
    for (Wijk spec : WIJKEN) {
      // PC4 areas by size: three for the largest wijken, one for the smallest.
      int count = spec.weight() >= 0.15 ? 3 : (spec.weight() >= 0.09 ? 2 : 1);
      List<String> pc4s = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        if (pc4 == Integer.parseInt(splitPc4)) {
          pc4++;
        }
        pc4s.add(Integer.toString(pc4++));
      }
      wijken.add(spec.in(wijkPrefix, pc4s));
    }
    int brin = 0;
    for (int w = 0; w < wijken.size(); w++) {
      for (int j = 0; j < wijken.get(w).poSchools(); j++) {
        schools.add(
            new School(
                brin(brin++, random, usedBrins),
                j == 1 ? "01" : "",
                "Basisschool " + schoolName(random) + " (" + wijken.get(w).name() + ")",
                address(wijken.get(w), random),
                wijken.get(w),
                Sector.PO));
      }
    }
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "SBO De Regenboog",
            address(wijk("Meerzicht"), random),
            wijk("Meerzicht"),
            Sector.SO));
    String[][] vo = {
      {"Picasso Lyceum", "Meerzicht"},
      {"Erasmus College", "Seghwaert"},
      {"Oranje Nassau College", "Buytenwegh de Leyens"},
      {"Alfrink College", "Centrum"},
      {"Stedelijk Dalton Lyceum", "Rokkeveen"},
      {"Het Atlas College", "Oosterheem"}
    };
    for (String[] school : vo) {
      Wijk w = wijk(school[1]);
      schools.add(
          new School(
              brin(brin++, random, usedBrins), "", school[0], address(w, random), w, Sector.VO));
    }
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "VSO De Piramide",
            address(wijk("Buytenwegh de Leyens"), random),
            wijk("Buytenwegh de Leyens"),
            Sector.VSO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "mboRijnland Zoetermeer",
            address(wijk("Centrum"), random),
            wijk("Centrum"),
            Sector.MBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "ROC Mondriaan Zoetermeer",
            address(wijk("Centrum"), random),
            wijk("Centrum"),
            Sector.MBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "De Haagse Hogeschool, locatie Zoetermeer",
            address(wijk("Centrum"), random),
            wijk("Centrum"),
            Sector.HBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins), "", "Hogeschool Leiden", "2333CK", null, Sector.HBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "Kinderopvang Zoet",
            address(wijk("Rokkeveen"), random),
            wijk("Rokkeveen"),
            Sector.VVE));
    population = new int[wijken.size()][years][24];
    lastYearPupils = new int[schools.size()];
  }

  /** Returns the wijk of that name. */
  Wijk wijk(String name) {
    return wijken.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
  }

  /** Returns the wijk that has the split PC4's A-L streets. */
  Wijk splitFirst() {
    return wijken.get(SPLIT_FIRST);
  }

  /** Returns the wijk that has the split PC4's other streets. */
  Wijk splitSecond() {
    return wijken.get(SPLIT_FIRST + 1);
  }

  private static String brin(int n, SplittableRandom random, Set<String> used) {
    String letters = "ABCDEFGHJKLMNPRSTUVWXZ";
    String brin;
    do {
      brin =
          String.format(
              "%02d%c%c",
              10 + n % 90,
              letters.charAt(random.nextInt(letters.length())),
              letters.charAt(random.nextInt(letters.length())));
    } while (!used.add(brin));
    return brin;
  }

  private static String schoolName(SplittableRandom random) {
    String[] names = {
      "De Klimop",
      "Het Startpunt",
      "De Vlinder",
      "Prins Willem",
      "De Morgenster",
      "Het Palet",
      "De Zonnewijzer",
      "Koningin Juliana",
      "De Wereldboom",
      "Het Klokhuis",
      "De Springplank",
      "Mondriaan",
      "De Horizon",
      "Het Kompas",
      "De Achtbaan",
      "Oranjeschool",
      "De Duif",
      "De Notenkraker",
      "Het Carillon",
      "De Regenboog",
      "Willem de Zwijger",
      "De Meerpaal",
      "Het Baken",
      "De Fontein",
      "Wonderwijs"
    };
    return names[random.nextInt(names.length)];
  }

  /** Returns a PC6 address in a wijk (in the split PC4 for the two wijken that share it). */
  String address(Wijk wijk, SplittableRandom random) {
    int index = wijken.indexOf(wijk);
    String pc4 = wijk.pc4s().get(random.nextInt(wijk.pc4s().size()));
    String letters = "ABCDEFGHJKLMNPRSTVWXZ";
    if (index == SPLIT_FIRST && random.nextInt(4) == 0) {
      return splitPc4
          + (char) ('A' + random.nextInt(12))
          + letters.charAt(random.nextInt(letters.length()));
    }
    if (index == SPLIT_FIRST + 1 && random.nextInt(4) == 0) {
      return splitPc4
          + (char) ('M' + random.nextInt(13))
          + letters.charAt(random.nextInt(letters.length()));
    }
    return pc4
        + (char) ('A' + random.nextInt(26))
        + letters.charAt(random.nextInt(letters.length()));
  }

  /** Returns a postcode outside the gemeente (Pijnacker, Lansingerland, Leidschendam). */
  static String outsideAddress(SplittableRandom random) {
    String[] pc4 = {"2641", "2642", "2651", "2652", "2661", "2265", "2266"};
    return pc4[random.nextInt(pc4.length)]
        + (char) ('A' + random.nextInt(26))
        + (char) ('A' + random.nextInt(26));
  }

  /** Picks a wijk by its weight. */
  Wijk pickWijk(SplittableRandom random) {
    double r = random.nextDouble();
    double total = wijken.stream().mapToDouble(Wijk::weight).sum();
    double acc = 0;
    for (Wijk w : wijken) {
      acc += w.weight() / total;
      if (r < acc) {
        return w;
      }
    }
    return wijken.get(wijken.size() - 1);
  }

  List<School> schools(Sector sector) {
    return schools.stream().filter(s -> s.sector() == sector).toList();
  }
}
