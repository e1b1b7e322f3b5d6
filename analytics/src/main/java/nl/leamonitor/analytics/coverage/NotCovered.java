package nl.leamonitor.analytics.coverage;

import java.util.List;
import java.util.stream.Collectors;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A schooljaar of the delivery that an indicator does not cover, with the requirements it does not
 * meet (contract section 3): its figure is not computed, rather than published as 0.
 *
 * @param indicator the indicator's id
 * @param schooljaar the schooljaar t
 * @param unmet the requirements t does not meet, in the catalogue's order
 * @param beyondDelivery whether all that is missing lies outside the delivered schooljaren (t+1
 *     after the last, t-1 before the first): expected at the edges of every delivery
 */
public record NotCovered(
    String indicator, Schooljaar schooljaar, List<Requirement> unmet, boolean beyondDelivery) {
  public NotCovered {
    unmet = List.copyOf(unmet);
  }

  /**
   * Returns what is missing, in Dutch: {@code geen VO-inschrijvingen van 2025-2026}, several joined
   * by "en".
   */
  public String reasons() {
    return unmet.stream().map(r -> r.missing(schooljaar)).collect(Collectors.joining(" en "));
  }

  /**
   * Returns the line for the log and the manifest: {@code I06_overgang_po_vo 2024-2025: niet
   * berekend, geen VO-inschrijvingen van 2025-2026}.
   */
  public String message() {
    return indicator + " " + schooljaar.label() + ": niet berekend, " + reasons();
  }
}
