package nl.leamonitor.sample;

import java.util.Locale;

/**
 * The sample town's population forecast ({@code referentie/bevolkingsprognose.csv}, contract 1):
 * per wijk and age 0-23 the residents counted in the last three years, averaged, continued to 2040
 * by deterministic formulas, so that drawing it changes no other file of a seed. Each birth year
 * after the last schooljaar changes by the wijk's {@link Town.Wijk#birthTrend()} (the wijken of the
 * 1970s, Meerzicht and Seghwaert, 2,5 % fewer a year; Centrum, getting denser, 1,5 % more).
 * Oosterheem is still being built: from two years after the last schooljaar, for eight years,
 * families with young children move in, and the wave of their children moves up through the ages.
 */
final class PopulationForecast {
  /** The last jaar of the forecast. */
  static final int LAST_JAAR = 2040;

  /** The share of an age's base that one year's newcomers add, per unit of {@link #influx}. */
  private static final double INFLUX_PER_YEAR = 0.035;

  private PopulationForecast() {}

  /**
   * Returns the forecast residents of {@code wijk} aged {@code age} in {@code jaar}: its base (the
   * residents of that age in the last years, averaged) times the change of its birth year and, in a
   * new-build wijk, the newcomers' wave.
   */
  static double aantal(double base, Town.Wijk wijk, int jaar, int age, int lastYear) {
    int birthYear = jaar - age;
    double factor =
        Math.pow(1 + wijk.birthTrend(), Math.max(0, Math.min(16, birthYear - lastYear)));
    if (wijk.outlook() == Town.Outlook.NEW_BUILD) {
      double wave = 0;
      for (int moved = lastYear + 2; moved <= Math.min(jaar, lastYear + 9); moved++) {
        wave += influx(age - (jaar - moved));
      }
      factor *= 1 + INFLUX_PER_YEAR * wave;
    }
    return base * factor;
  }

  /**
   * Returns the children of one year's newcomers at an age on moving in (negative: born that many
   * years after, to the families who moved in): mostly young children and those still to be born.
   */
  static double influx(int ageOnMovingIn) {
    if (ageOnMovingIn < -6) {
      return 0;
    }
    if (ageOnMovingIn <= 5) {
      return 1;
    }
    if (ageOnMovingIn <= 9) {
      return 0.6;
    }
    if (ageOnMovingIn <= 13) {
      return 0.35;
    }
    return ageOnMovingIn <= 17 ? 0.2 : 0.1;
  }

  /**
   * Appends the forecast of a town to {@code out} in the gemeente's export: {@code ;}, decimal
   * comma, two decimals, jaren lastYear+1..2040.
   */
  static void append(StringBuilder out, Town town, int lastYear) {
    int years = town.population[0].length;
    int baseYears = Math.min(3, years);
    for (int jaar = lastYear + 1; jaar <= LAST_JAAR; jaar++) {
      for (int w = 0; w < town.wijken.size(); w++) {
        for (int a = 0; a < 24; a++) {
          double base = 0;
          for (int y = years - baseYears; y < years; y++) {
            base += town.population[w][y][a];
          }
          base /= baseYears;
          out.append(jaar)
              .append(';')
              .append(town.wijken.get(w).code())
              .append(';')
              .append(a)
              .append(';')
              .append(
                  String.format(
                          Locale.ROOT, "%.2f", aantal(base, town.wijken.get(w), jaar, a, lastYear))
                      .replace('.', ','))
              .append('\n');
        }
      }
    }
  }
}
