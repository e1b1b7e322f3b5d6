package nl.leamonitor.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A Zoetermeer-like town (GM0637): its wijken with their social profile, the PC4 areas that make
 * them up (one PC4 split between two wijken through PC6 rows), and its schools.
 */
final class Town {
  /** The PC4 split between two wijken of Zoetermeer (letters A-L first, M-Z second). */
  static final String SPLIT_PC4 = "2725";

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
   * @param code CBS-style code
   * @param name its name
   * @param weight share of the town's children
   * @param disadvantage -1 (advantaged) .. 1 (disadvantaged): drives VVE need, delays, vsv,
   *     thuiszitters
   * @param pc4s its own PC4 areas
   */
  record Wijk(String code, String name, double weight, double disadvantage, List<String> pc4s) {}

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
    Object[][] spec = {
      {"Stadshart", 0.05, 0.35}, {"Dorp", 0.06, -0.2}, {"Driemanspolder", 0.07, -0.1},
      {"Palenstein", 0.07, 0.8}, {"Meerzicht", 0.09, 0.5}, {"Buytenwegh", 0.08, 0.3},
      {"De Leyens", 0.06, 0.2}, {"Seghwaert", 0.09, 0.0}, {"Noordhove", 0.08, -0.3},
      {"Rokkeveen", 0.11, -0.5}, {"Oosterheem", 0.13, -0.4}, {"Lansinghage", 0.04, -0.6},
      {"Van Tuyllpark", 0.03, 0.6}, {"Floriande", 0.035, -0.1}, {"Buitengebied", 0.005, -0.2}
    };
    int pc4 = pc4Base;
    for (int i = 0; i < spec.length; i++) {
      List<String> pc4s = new ArrayList<>();
      int count = i == spec.length - 1 ? 1 : (i % 3 == 0 ? 2 : 1);
      for (int j = 0; j < count; j++) {
        if (pc4 == Integer.parseInt(splitPc4)) {
          pc4++;
        }
        pc4s.add(Integer.toString(pc4++));
      }
      wijken.add(
          new Wijk(
              String.format("%s%02d", wijkPrefix, i + 1),
              (String) spec[i][0],
              (Double) spec[i][1],
              (Double) spec[i][2],
              pc4s));
    }
    int brin = 0;
    for (Wijk w : wijken) {
      int po = w.weight() >= 0.08 ? 3 : (w.weight() >= 0.03 ? 2 : 1);
      for (int j = 0; j < po; j++) {
        schools.add(
            new School(
                brin(brin++, random, usedBrins),
                j == 1 ? "01" : "",
                "Basisschool " + schoolName(random) + " (" + w.name() + ")",
                address(w, random),
                w,
                Sector.PO));
      }
    }
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "SBO De Regenboog",
            address(wijken.get(4), random),
            wijken.get(4),
            Sector.SO));
    String[] vo = {
      "Picasso Lyceum",
      "Erasmus College",
      "Oranje Nassau College",
      "Alfrink College",
      "Stedelijk Dalton Lyceum",
      "Het Atlas College"
    };
    for (int j = 0; j < vo.length; j++) {
      Wijk w = wijken.get((j * 5 + 2) % wijken.size());
      schools.add(
          new School(brin(brin++, random, usedBrins), "", vo[j], address(w, random), w, Sector.VO));
    }
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "VSO De Piramide",
            address(wijken.get(5), random),
            wijken.get(5),
            Sector.VSO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "mboRijnland Zoetermeer",
            address(wijken.get(0), random),
            wijken.get(0),
            Sector.MBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "ROC Mondriaan Zoetermeer",
            address(wijken.get(0), random),
            wijken.get(0),
            Sector.MBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "De Haagse Hogeschool, locatie Zoetermeer",
            address(wijken.get(0), random),
            wijken.get(0),
            Sector.HBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins), "", "Hogeschool Leiden", "2333CK", null, Sector.HBO));
    schools.add(
        new School(
            brin(brin++, random, usedBrins),
            "",
            "Kinderopvang Zoet",
            address(wijken.get(9), random),
            wijken.get(9),
            Sector.VVE));
    population = new int[wijken.size()][years][24];
    lastYearPupils = new int[schools.size()];
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
    if (index == 6 && random.nextInt(4) == 0) {
      return splitPc4
          + (char) ('A' + random.nextInt(12))
          + letters.charAt(random.nextInt(letters.length()));
    }
    if (index == 7 && random.nextInt(4) == 0) {
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
