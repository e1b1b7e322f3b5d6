package nl.leamonitor.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.coverage.Requirement;

/**
 * The words for schooljaren an indicator does not cover (contract section 3): instead of a figure,
 * "niet berekend" with what is missing, so that missing data never read as 0.
 */
final class NotCoveredText {
  private NotCoveredText() {}

  /** Returns the schooljaren of the delivery an indicator does not cover, oldest first. */
  static List<NotCovered> of(ReportInput input, Indicator indicator) {
    return input.notCovered().stream()
        .filter(n -> n.indicator().equals(indicator.id()))
        .sorted(java.util.Comparator.comparing(NotCovered::schooljaar))
        .toList();
  }

  /**
   * Returns the note for an indicator that covers no schooljaar at all: {@code Niet berekend:
   * 2022-2023: geen VO-inschrijvingen van 2023-2024; ...}; empty when nothing is known.
   */
  static Optional<String> none(ReportInput input, Indicator indicator) {
    List<NotCovered> gaps = of(input, indicator);
    return gaps.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Niet berekend: voor geen enkel schooljaar zijn de gegevens aangeleverd die deze"
                + " indicator nodig heeft. "
                + list(gaps)
                + ". Een cijfer van 0 zou hier ten onrechte suggereren dat het om nul kinderen"
                + " gaat.");
  }

  /**
   * Returns the note for an indicator that does not cover some schooljaren of the delivery: {@code
   * Niet berekend voor 2024-2025: geen VO-inschrijvingen van 2025-2026.}
   */
  static Optional<String> some(ReportInput input, Indicator indicator) {
    List<NotCovered> all = of(input, indicator);
    List<NotCovered> notYet = all.stream().filter(NotCoveredText::notInLeerjaar3Yet).toList();
    List<NotCovered> gaps = all.stream().filter(g -> !notInLeerjaar3Yet(g)).toList();
    List<String> notes = new ArrayList<>();
    if (!gaps.isEmpty()) {
      notes.add(
          "Niet berekend voor "
              + (gaps.size() == 1 ? "" : "deze schooljaren: ")
              + list(gaps)
              + ".");
    }
    if (!notYet.isEmpty()) {
      notes.add(
          "Nog niet te berekenen voor groep 8 van "
              + DutchFormat.and(notYet.stream().map(g -> g.schooljaar().label()).toList())
              + ": die leerlingen zitten nog niet in leerjaar 3 van het VO. Dat is drie"
              + " schooljaren na groep 8, later dan de laatst aangeleverde inschrijvingen.");
    }
    return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
  }

  /**
   * Returns whether a schooljaar is not covered only because its groep-8 cohort has not reached
   * leerjaar 3 of the VO within the delivery (I14: VO rows of t+3 after the last delivered year),
   * which is no missing data but the calendar.
   */
  static boolean notInLeerjaar3Yet(NotCovered gap) {
    return gap.beyondDelivery()
        && !gap.unmet().isEmpty()
        && gap.unmet().stream()
            .allMatch(
                r ->
                    r.kind() == Requirement.Kind.INSCHRIJVINGEN
                        && "VO".equals(r.sector())
                        && r.offset() == 3);
  }

  /** Returns {@code 2024-2025: geen VO-inschrijvingen van 2025-2026; ...}. */
  static String list(List<NotCovered> gaps) {
    return gaps.stream()
        .map(n -> n.schooljaar().label() + ": " + n.reasons())
        .collect(Collectors.joining("; "));
  }
}
