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

  /** The first number of a PC6 postcode: PC4 postcodes are 1000-9999. */
  private static final int PC6 = 10_000;

  private final Map<String, String> wijkNames = new LinkedHashMap<>();
  private final Map<String, PostcodeRow> byPostcode = new HashMap<>();

  /**
   * The wijk of every normalised postcode of {@link #byPostcode}, by its {@linkplain #number
   * number}: asked for every personal row (a national delivery: 9 million times, and twice for a
   * PC6 that falls back to its PC4), where a string map hashes the text and cuts the PC4 from it.
   * Open addressing in a power of two places, at most half of them taken; 0 is a free place.
   */
  private int[] numbers = new int[1 << 10];

  private String[] wijkOfNumber = new String[1 << 10];
  private int numbered;

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
    PostcodeRow earlier = byPostcode.putIfAbsent(postcode, new PostcodeRow(wijkCode, line));
    int number = number(postcode);
    if (earlier == null && number > 0) {
      place(number, wijkCode);
    }
    return earlier;
  }

  /** Returns the wijk of a normalised postcode, or null when it maps to none. */
  public String wijkOf(String postcode) {
    int number = number(postcode);
    if (number > 0) {
      // the answer below: the table holds exactly the map's normalised postcodes
      int at = number >= PC6 ? find(number) : -1;
      if (at < 0) {
        at = find(number >= PC6 ? (number - PC6) / 676 : number);
      }
      return at < 0 ? null : wijkOfNumber[at];
    }
    if (postcode.length() == 6) {
      PostcodeRow pc6 = byPostcode.get(postcode);
      if (pc6 != null) {
        return pc6.wijkCode();
      }
    }
    PostcodeRow pc4 = byPostcode.get(Postcode.pc4(postcode));
    return pc4 == null ? null : pc4.wijkCode();
  }

  /**
   * Returns the number of a normalised postcode, one for each: a PC4's four digits (1000-9999), a
   * PC6's {@code 10,000 + 676 x digits + 26 x letter + letter} (letters A-Z as 0-25); -1 for any
   * other text.
   */
  static int number(String postcode) {
    int n = postcode.length();
    if (n != 4 && n != 6 || postcode.charAt(0) < '1' || postcode.charAt(0) > '9') {
      return -1;
    }
    int digits = 0;
    for (int i = 0; i < 4; i++) {
      char c = postcode.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      digits = digits * 10 + (c - '0');
    }
    if (n == 4) {
      return digits;
    }
    char first = postcode.charAt(4);
    char second = postcode.charAt(5);
    if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
      return -1;
    }
    return PC6 + digits * 676 + (first - 'A') * 26 + (second - 'A');
  }

  /** Returns a number's place in the table, or -1 when it is not there. */
  private int find(int number) {
    int mask = numbers.length - 1;
    for (int i = slot(number, mask); numbers[i] != 0; i = (i + 1) & mask) {
      if (numbers[i] == number) {
        return i;
      }
    }
    return -1;
  }

  private void place(int number, String wijkCode) {
    if (2 * (numbered + 1) > numbers.length) {
      int[] oldNumbers = numbers;
      String[] oldWijken = wijkOfNumber;
      numbers = new int[2 * oldNumbers.length];
      wijkOfNumber = new String[2 * oldNumbers.length];
      numbered = 0;
      for (int i = 0; i < oldNumbers.length; i++) {
        if (oldNumbers[i] != 0) {
          place(oldNumbers[i], oldWijken[i]);
        }
      }
    }
    int mask = numbers.length - 1;
    int i = slot(number, mask);
    while (numbers[i] != 0) {
      i = (i + 1) & mask;
    }
    numbers[i] = number;
    wijkOfNumber[i] = wijkCode;
    numbered++;
  }

  /** Returns a number's first place: its bits spread by a multiplication, then masked. */
  private static int slot(int number, int mask) {
    int h = number * 0x9E3779B1;
    return (h ^ (h >>> 16)) & mask;
  }
}
