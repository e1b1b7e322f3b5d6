package nl.leamonitor.analytics.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Which schooljaren an indicator covers (contract section 3): t is covered where it meets every
 * requirement of the indicator's catalogue entry. The same rule for every engine; the engines only
 * list what was delivered ({@link Delivered}).
 */
public final class Coverage {
  private Coverage() {}

  /** Returns the requirements t does not meet, in the given order; empty when t is covered. */
  public static List<Requirement> unmet(
      List<Requirement> requirements,
      Schooljaar t,
      Delivered delivered,
      LocalDate rapportagedatum) {
    List<Requirement> unmet = new ArrayList<>();
    for (Requirement r : requirements) {
      if (!r.metBy(t, delivered, rapportagedatum)) {
        unmet.add(r);
      }
    }
    return unmet;
  }

  /**
   * Returns the schooljaren of the delivery (those with enrolment rows) that an indicator does not
   * cover, oldest first, each with what is missing.
   */
  public static List<NotCovered> notCovered(
      String indicator,
      List<Requirement> requirements,
      Delivered delivered,
      LocalDate rapportagedatum) {
    SortedSet<Schooljaar> years = delivered.years(Requirement.Kind.INSCHRIJVINGEN);
    List<NotCovered> gaps = new ArrayList<>();
    for (Schooljaar t : years) {
      List<Requirement> unmet = unmet(requirements, t, delivered, rapportagedatum);
      if (!unmet.isEmpty()) {
        boolean beyond =
            unmet.stream()
                .allMatch(
                    r ->
                        r.kind() != Requirement.Kind.PEILDATUM
                            && (r.of(t).compareTo(years.first()) < 0
                                || r.of(t).compareTo(years.last()) > 0));
        gaps.add(new NotCovered(indicator, t, unmet, beyond));
      }
    }
    return gaps;
  }
}
