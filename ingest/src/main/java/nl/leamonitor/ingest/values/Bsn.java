package nl.leamonitor.ingest.values;

/**
 * Dutch citizen service numbers (BSN) and onderwijsnummers: the elfproef and masking.
 *
 * <p>The weighted sum is {@code 9*d1 + 8*d2 + ... + 2*d8 - d9}. A BSN's sum is divisible by 11 and
 * the number is not all zeros; an onderwijsnummer starts with {@code 10} and its sum leaves
 * remainder 5 (contract section 1, "Identity and pseudonymisation").
 */
public final class Bsn {
  private Bsn() {}

  /**
   * Returns the 9-digit form of a raw value: 9 digits as they are, 8 digits left-padded with one
   * {@code 0} (Excel strips it), or null for anything else.
   */
  public static String nineDigits(String raw) {
    if (raw == null) {
      return null;
    }
    int n = raw.length();
    if (n != 8 && n != 9) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return n == 9 ? raw : "0" + raw;
  }

  /** Returns the elfproef weighted sum of a 9-digit string. */
  static int weightedSum(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    return sum - (nineDigits.charAt(8) - '0');
  }

  /** Returns whether a 9-digit string is a valid BSN. */
  public static boolean isBsn(String nineDigits) {
    return !"000000000".equals(nineDigits) && Math.floorMod(weightedSum(nineDigits), 11) == 0;
  }

  /** Returns whether a 9-digit string is a valid onderwijsnummer. */
  public static boolean isOnderwijsnummer(String nineDigits) {
    return nineDigits.startsWith("10") && Math.floorMod(weightedSum(nineDigits), 11) == 5;
  }

  /** Returns whether a raw value (8 or 9 digits) is a valid BSN or onderwijsnummer. */
  public static boolean isPersonalNumber(String raw) {
    String digits = nineDigits(raw);
    return digits != null && (isBsn(digits) || isOnderwijsnummer(digits));
  }

  /**
   * Returns the value with everything but its last 3 characters replaced by {@code *}; a value of
   * fewer than 7 characters is masked whole, so the shown part never reveals most of it.
   */
  public static String mask(String raw) {
    if (raw == null || raw.isEmpty()) {
      return raw;
    }
    int keep = raw.length() >= 7 ? 3 : 0;
    return "*".repeat(raw.length() - keep) + raw.substring(raw.length() - keep);
  }
}
