package nl.leamonitor.ingest.codes;

import java.util.Locale;
import java.util.Set;

/**
 * The education sectors of {@code inschrijvingen}, with each sector's leerjaar range and
 * onderwijstypes.
 */
public enum Sector {
  VVE(0, 12, Set.of()),
  PO(1, 8, Set.of()),
  SO(0, 12, Set.of()),
  VO(1, 6, Set.of("PRO", "VMBO-B", "VMBO-K", "VMBO-GT", "HAVO", "VWO")),
  VSO(0, 12, Set.of()),
  MBO(1, 4, Set.of("1", "2", "3", "4")),
  HBO(1, 4, Set.of("AD", "BA", "MA"));

  private final int firstLeerjaar;
  private final int lastLeerjaar;
  private final Set<String> onderwijstypes;

  Sector(int firstLeerjaar, int lastLeerjaar, Set<String> onderwijstypes) {
    this.firstLeerjaar = firstLeerjaar;
    this.lastLeerjaar = lastLeerjaar;
    this.onderwijstypes = onderwijstypes;
  }

  /** Returns the sector for a code in any case, or null when it is not one. */
  public static Sector parse(String raw) {
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns whether a leerjaar is allowed in this sector. */
  public boolean allowsLeerjaar(int leerjaar) {
    return leerjaar >= firstLeerjaar && leerjaar <= lastLeerjaar;
  }

  /** Returns whether the contract gives this sector onderwijstypes (VO, MBO, HBO). */
  public boolean hasOnderwijstype() {
    return !onderwijstypes.isEmpty();
  }

  /**
   * Returns the canonical onderwijstype for a code in any case, or null when it is not one of this
   * sector.
   */
  public String onderwijstype(String raw) {
    String upper = raw.toUpperCase(Locale.ROOT);
    return onderwijstypes.contains(upper) ? upper : null;
  }
}
