package nl.leamonitor.reports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.coverage.NotCovered;

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
    List<NotCovered> gaps = of(input, indicator);
    return gaps.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Niet berekend voor "
                + (gaps.size() == 1 ? "" : "deze schooljaren: ")
                + list(gaps)
                + ".");
  }

  /** Returns {@code 2024-2025: geen VO-inschrijvingen van 2025-2026; ...}. */
  static String list(List<NotCovered> gaps) {
    return gaps.stream()
        .map(n -> n.schooljaar().label() + ": " + n.reasons())
        .collect(Collectors.joining("; "));
  }
}
