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
  private final Map<String, String> byPostcode = new HashMap<>();

  /** Adds a wijk unless its code is already known; returns whether it was added. */
  public boolean addWijk(String code, String name) {
    return wijkNames.putIfAbsent(code, name) == null;
  }

  /** Returns whether a wijk code is one of {@code wijken.csv}. */
  public boolean isWijk(String code) {
    return wijkNames.containsKey(code);
  }

  /** Maps a PC6 or PC4 postcode to a wijk unless it is already mapped (the first row wins). */
  public void addPostcode(String postcode, String wijkCode) {
    byPostcode.putIfAbsent(postcode, wijkCode);
  }

  /** Returns the wijk of a normalised postcode, or null when it maps to none. */
  public String wijkOf(String postcode) {
    if (postcode.length() == 6) {
      String wijk = byPostcode.get(postcode);
      if (wijk != null) {
        return wijk;
      }
    }
    return byPostcode.get(Postcode.pc4(postcode));
  }
}
