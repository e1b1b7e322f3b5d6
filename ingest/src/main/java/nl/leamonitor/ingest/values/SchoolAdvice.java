package nl.leamonitor.ingest.values;

/**
 * A school advice (contract section 1, {@code schooladviezen}): one {@link AdviceLevel}, or two
 * adjacent levels joined by {@code /}, the lower first. A single level is an advice whose lower and
 * upper level are the same.
 *
 * <p>Advices are ordered by their {@linkplain #rank() rank}, the sum of the lower and the upper
 * level's rank, so {@code VMBO-GT} 8 &lt; {@code VMBO-GT/HAVO} 9 &lt; {@code HAVO} 10 &lt; {@code
 * HAVO/VWO} 11. Ranks are distinct (a single level's is even, a combined advice's odd), so the
 * order agrees with {@code equals}.
 *
 * @param lower the lower level, for I14's "below the advice's lower level"
 * @param upper the upper level, for I14's "above the advice's upper level"; equal to {@code lower}
 *     for a single level
 */
public record SchoolAdvice(AdviceLevel lower, AdviceLevel upper)
    implements Comparable<SchoolAdvice> {

  /** Why delivered text is not an advice; a validator gives each its own Dutch reject reason. */
  public enum Problem {
    /** A part names no level (also an empty part, as in {@code HAVO/} or an empty value). */
    UNKNOWN_LEVEL,
    /** A level joined to itself, also through an alias: {@code HAVO/HAVO}, {@code VMBO-BB/B}. */
    JOINED_TO_ITSELF,
    /** The higher level comes first: {@code HAVO/VMBO-GT}, also {@code VWO/VMBO-B}. */
    REVERSED,
    /** Two levels in order that are not adjacent: {@code VMBO-B/HAVO}. */
    NOT_ADJACENT
  }

  /** The outcome of {@link #parse}: {@link Valid} or {@link Invalid}. */
  public sealed interface Parsed permits Valid, Invalid {}

  /** Delivered text that is an advice. */
  public record Valid(SchoolAdvice advice) implements Parsed {}

  /** Delivered text that is no advice, and why. */
  public record Invalid(Problem problem) implements Parsed {}

  /**
   * Creates an advice from its levels; throws {@link IllegalArgumentException} unless {@code upper}
   * equals {@code lower} or is the next level (a programming error, not a partner's mistake:
   * delivered text goes through {@link #parse}).
   */
  public SchoolAdvice {
    if (upper.rank() != lower.rank() && upper.rank() != lower.rank() + 1) {
      throw new IllegalArgumentException("not an advice: " + lower + "/" + upper);
    }
  }

  /** Returns the advice of a single level. */
  public static SchoolAdvice of(AdviceLevel level) {
    return new SchoolAdvice(level, level);
  }

  /**
   * Parses delivered text: a level ({@code HAVO}), or a level, {@code /} and the next level ({@code
   * VMBO-GT/HAVO}), in any case, with the aliases of {@link AdviceLevel#parse}; after the {@code /}
   * a VMBO level may drop {@code VMBO-} ({@code vmbo-bb/kb}, {@code PRO/B}). Spaces (every Unicode
   * space, {@link DeliveredText}) around the value and around the {@code /} are ignored, spaces
   * inside a level are not. The text is split at its first {@code /}, so {@code PRO/B/K} has the
   * unknown level {@code B/K}.
   *
   * <p>The first problem found wins: an unknown level, then a level joined to itself, then the
   * reversed order, then levels that are not adjacent; so {@code VWO/VMBO-B} is {@link
   * Problem#REVERSED}. A blank value is {@link Problem#UNKNOWN_LEVEL}: whether an advice may be
   * empty is the dataset's rule, checked before parsing.
   */
  public static Parsed parse(String raw) {
    int slash = raw.indexOf('/');
    if (slash < 0) {
      AdviceLevel level = AdviceLevel.parse(DeliveredText.clean(raw));
      return level == null ? new Invalid(Problem.UNKNOWN_LEVEL) : new Valid(of(level));
    }
    AdviceLevel lower = AdviceLevel.parse(DeliveredText.clean(raw.substring(0, slash)));
    AdviceLevel upper = AdviceLevel.parseUpper(DeliveredText.clean(raw.substring(slash + 1)));
    if (lower == null || upper == null) {
      return new Invalid(Problem.UNKNOWN_LEVEL);
    }
    if (lower == upper) {
      return new Invalid(Problem.JOINED_TO_ITSELF);
    }
    if (upper.rank() < lower.rank()) {
      return new Invalid(Problem.REVERSED);
    }
    if (upper.rank() > lower.rank() + 1) {
      return new Invalid(Problem.NOT_ADJACENT);
    }
    return new Valid(new SchoolAdvice(lower, upper));
  }

  /** Returns whether this is one level rather than two joined by {@code /}. */
  public boolean isSingle() {
    return lower == upper;
  }

  /** Returns the rank: the lower level's rank plus the upper level's ({@code HAVO/VWO} 11). */
  public int rank() {
    return lower.rank() + upper.rank();
  }

  /** Returns whether this advice is <em>hoger</em> than another: its rank is higher. */
  public boolean isHigherThan(SchoolAdvice other) {
    return rank() > other.rank();
  }

  /** Returns the canonical label, {@code HAVO} or {@code VMBO-GT/HAVO}. */
  public String label() {
    return isSingle() ? lower.code() : lower.code() + "/" + upper.code();
  }

  @Override
  public int compareTo(SchoolAdvice other) {
    return Integer.compare(rank(), other.rank());
  }

  @Override
  public String toString() {
    return label();
  }
}
