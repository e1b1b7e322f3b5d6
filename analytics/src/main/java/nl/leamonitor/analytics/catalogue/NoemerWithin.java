package nl.leamonitor.analytics.catalogue;

import java.util.Optional;

/**
 * That an indicator's noemer counts a subset of the persons another indicator counts in the same
 * wijk and schooljaar (contract section 4): I06's cohort is at most I01's {@code PO} count.
 *
 * @param indicator the indicator whose teller bounds the noemer (I01)
 * @param sector the category of that indicator's breakdown ({@code ""} for its totaal), or empty
 *     for "the row's own category" (I04's sector noemers by I01's sectors; I04's totaal by I01's
 *     totaal)
 */
public record NoemerWithin(String indicator, Optional<String> sector) {

  /** Bounded by the other indicator's count of one category. */
  public static NoemerWithin category(String indicator, String sector) {
    return new NoemerWithin(indicator, Optional.of(sector));
  }

  /** Bounded by the other indicator's totaal count (I12's cohort by I01's totaal). */
  public static NoemerWithin totaal(String indicator) {
    return new NoemerWithin(indicator, Optional.of(""));
  }

  /** Bounded, category by category, by the other indicator's count of the same category. */
  public static NoemerWithin sameCategory(String indicator) {
    return new NoemerWithin(indicator, Optional.empty());
  }
}
