package nl.leamonitor.ingest.values;

import java.util.Locale;

/**
 * A level of a school advice (contract section 1, {@code schooladviezen}), in rank order from
 * {@code PRO} 1 to {@code VWO} 6. The codes are also the VO onderwijstypes of {@code
 * inschrijvingen}, so a pupil's VO level compares with the advice's levels by rank.
 */
public enum AdviceLevel {
  PRO("PRO"),
  VMBO_B("VMBO-B"),
  VMBO_K("VMBO-K"),
  VMBO_GT("VMBO-GT"),
  HAVO("HAVO"),
  VWO("VWO");

  private static final String VMBO_PREFIX = "VMBO-";

  private final String code;

  AdviceLevel(String code) {
    this.code = code;
  }

  /** Returns the canonical code, {@code VMBO-GT}, as the lake and the reports write it. */
  public String code() {
    return code;
  }

  /** Returns the contract's rank: {@code PRO} 1, {@code VMBO-B} 2, ... {@code VWO} 6. */
  public int rank() {
    return ordinal() + 1;
  }

  /**
   * Returns the level of a code or alias in any case ({@code vmbo-bb} is {@code VMBO-B}, {@code
   * VMBO-KB} is {@code VMBO-K}, {@code VMBO-TL} and {@code VMBO-GL} are {@code VMBO-GT}), or null
   * when it names no level. The text must already be trimmed: {@code VMBO -B} names none.
   */
  public static AdviceLevel parse(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "PRO" -> PRO;
      case "VMBO-B", "VMBO-BB" -> VMBO_B;
      case "VMBO-K", "VMBO-KB" -> VMBO_K;
      case "VMBO-GT", "VMBO-TL", "VMBO-GL" -> VMBO_GT;
      case "HAVO" -> HAVO;
      case "VWO" -> VWO;
      default -> null;
    };
  }

  /**
   * Returns the level of the part after the {@code /} of a combined advice: as {@link #parse}, and
   * a VMBO level may also drop {@code VMBO-} there ({@code K}, {@code gt}, {@code BB}); null when
   * it names no level. {@code PRO/B} is {@code PRO} joined to {@code VMBO-B}.
   */
  public static AdviceLevel parseUpper(String text) {
    AdviceLevel full = parse(text);
    if (full != null) {
      return full;
    }
    // Only VMBO codes start with VMBO-, so the prefixed text names a VMBO level or none.
    return parse(VMBO_PREFIX + text);
  }

  @Override
  public String toString() {
    return code;
  }
}
