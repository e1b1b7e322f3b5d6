package nl.leamonitor.analytics.catalogue;

import java.util.List;

/**
 * An indicator's breakdown: its name in the {@code uitsplitsing} column and its categories.
 *
 * @param name e.g. {@code sector}
 * @param categories the categories in their published form
 * @param additive how the categories relate to the totaal, for small-number protection
 * @param labels the categories' Dutch labels for reports, in the categories' order
 */
public record Breakdown(
    String name, List<String> categories, Additivity additive, List<String> labels) {

  /** Checks that every category has one label. */
  public Breakdown {
    categories = List.copyOf(categories);
    labels = List.copyOf(labels);
    if (labels.size() != categories.size()) {
      throw new IllegalArgumentException(
          "breakdown "
              + name
              + " has "
              + categories.size()
              + " categories and "
              + labels.size()
              + " labels");
    }
  }

  /** Returns a category's Dutch label. */
  public String label(String category) {
    int i = categories.indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("breakdown " + name + " has no category " + category);
    }
    return labels.get(i);
  }

  /** How a breakdown's tellers and noemers add up. */
  public enum Additivity {
    /** Category tellers and noemers each sum (at most) to the totaal's. */
    TELLER_AND_NOEMER,
    /**
     * Each category teller is at most the totaal teller and together they count everyone in it (a
     * person may be in several: I02's categories); every row shares the totaal noemer.
     */
    TELLER_SHARED_NOEMER,
    /**
     * Category tellers partition the totaal teller (each person in exactly one: I16's situaties);
     * every row shares the totaal noemer.
     */
    TELLER_PARTITION,
    /**
     * Category tellers sum to the shared noemer (outcomes of one cohort); the totaal teller is one
     * category's.
     */
    OUTCOMES_OF_NOEMER,
    /** Categories are separate populations that do not add up (no totaal row). */
    NONE
  }
}
