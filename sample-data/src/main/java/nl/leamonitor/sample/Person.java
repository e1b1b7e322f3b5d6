package nl.leamonitor.sample;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import nl.leamonitor.sample.Town.Wijk;

/**
 * Who a simulated person is: birth date, ability, whether and where they live in the town, and the
 * random stream every draw of their life comes from (so the draws' order fixes the output).
 */
final class Person {
  final Town town;
  final SplittableRandom random;
  final LocalDate born;
  final boolean resident;
  final double ability;
  final boolean vveTarget;
  private Wijk wijk;
  private String postcode;

  /**
   * Draws a person born so that they are 0-23 in some schooljaar starting in firstYear..lastYear.
   */
  Person(Town town, SplittableRandom random, int firstYear, int lastYear) {
    this.town = town;
    this.random = random;
    this.born =
        LocalDate.of(firstYear - 23, 10, 2)
            .plusDays(random.nextInt(365 * (lastYear - firstYear + 24) + 7));
    this.resident = random.nextDouble() >= 0.05;
    this.wijk = town.pickWijk(random);
    this.postcode = resident ? town.address(wijk, random) : Town.outsideAddress(random);
    this.ability = gaussian() - 0.45 * wijk.disadvantage();
    this.vveTarget =
        random.nextDouble()
            < 0.12 + 0.3 * Math.max(0, wijk.disadvantage()) + 0.05 * wijk.disadvantage();
  }

  /** Returns a standard normal draw (Box-Muller). */
  double gaussian() {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** Returns whether an event of probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Returns the age on 1 October of the schooljaar starting in {@code year}. */
  int age(int year) {
    return Period.between(born, LocalDate.of(year, 10, 1)).getYears();
  }

  /** Moves a resident, with a small chance a year, to another address (perhaps another wijk). */
  void maybeMove() {
    if (chance(0.012) && resident) {
      wijk = town.pickWijk(random);
      postcode = town.address(wijk, random);
    }
  }

  Wijk wijk() {
    return wijk;
  }

  String postcode() {
    return postcode;
  }
}
