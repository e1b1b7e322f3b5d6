package nl.leamonitor.ingest.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leamonitor.ingest.values.Postcode;

/**
 * The gemeente's wijken and the postcode-to-wijk map of {@code referentie/}: a postcode's wijk is
 * its PC6 row, else its PC4 row, else none (contract section 2). Serializable, so Spark can send it
 * to the tasks that validate personal files.
 */
public final class WijkLookup implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> wijkNames = new LinkedHashMap<>();
  private final Map<String, PostcodeRow> byPostcode = new HashMap<>();

  /**
   * The row of {@code postcodes.csv} that mapped a postcode to a wijk.
   *
   * @param wijkCode the wijk
   * @param line the row's line number
   */
  public record PostcodeRow(String wijkCode, long line) implements java.io.Serializable {}

  /** Adds a wijk unless its code is already known; returns whether it was added. */
  public boolean addWijk(String code, String name) {
    return wijkNames.putIfAbsent(code, name) == null;
  }

  /** Returns the wijk codes of {@code wijken.csv}, in the order read. */
  public java.util.Set<String> codes() {
    return java.util.Collections.unmodifiableSet(wijkNames.keySet());
  }

  /** Returns whether a wijk code is one of {@code wijken.csv}. */
  public boolean isWijk(String code) {
    return wijkNames.containsKey(code);
  }

  /**
   * Maps a normalised PC6 or PC4 postcode to a wijk, read on a line, unless it is already mapped
   * (the first row wins); returns the row that mapped it before, or null when this one does. PC6
   * {@code 2711AB} and PC4 {@code 2711} are different postcodes.
   */
  public PostcodeRow addPostcode(String postcode, String wijkCode, long line) {
    return byPostcode.putIfAbsent(postcode, new PostcodeRow(wijkCode, line));
  }

  /** Returns the wijk of a normalised postcode, or null when it maps to none. */
  public String wijkOf(String postcode) {
    if (postcode.length() == 6) {
      PostcodeRow pc6 = byPostcode.get(postcode);
      if (pc6 != null) {
        return pc6.wijkCode();
      }
    }
    PostcodeRow pc4 = byPostcode.get(Postcode.pc4(postcode));
    return pc4 == null ? null : pc4.wijkCode();
  }
}
