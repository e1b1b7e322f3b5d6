package nl.leamonitor.ingest.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a 9-digit BSN or onderwijsnummer into {@code lowercase hex(HMAC-SHA256(key, digits))}. One
 * instance per thread: {@link Mac} and the cache are not thread-safe.
 *
 * <p>A person has many rows (a national delivery: 27 million rows of 3.5 million persons), often
 * one after the other, so the pseudonyms of recent numbers are kept: a hit costs a comparison
 * instead of an HMAC. The cache has {@value #CACHED} places; a number's place is its value modulo
 * {@value #CACHED}, and a new number there replaces the one before (no list of uses to keep up, no
 * entry made per row). The cache lives in this object's memory only, is bounded, and is never
 * logged or written; it holds what the row being validated holds anyway.
 */
public final class Pseudonymiser {
  private static final HexFormat HEX = HexFormat.of();

  /** The places of the cache: the most numbers whose pseudonyms are kept (a power of two). */
  static final int CACHED = 4096;

  private final Mac mac;

  /** The number in each place of the cache, or -1. */
  private final int[] numbers = new int[CACHED];

  /** The pseudonym of the number in the same place. */
  private final String[] pseudonyms = new String[CACHED];

  /** The bytes of a number being turned into its pseudonym. */
  private final byte[] nine = new byte[9];

  /** Creates a pseudonymiser for a key. */
  public Pseudonymiser(PseudonymKey key) {
    java.util.Arrays.fill(numbers, -1);
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is niet beschikbaar in deze Java-installatie", e);
    }
  }

  /** Returns the pseudonym of a 9-digit personal number. */
  public String pseudonym(String nineDigits) {
    int value = value(nineDigits);
    if (value < 0) {
      return hmacHex(nineDigits); // not nine digits: not a number the cache can tell apart
    }
    int place = place(value);
    if (numbers[place] == value) {
      return pseudonyms[place];
    }
    String pseudonym = hmacHex(nineDigits);
    numbers[place] = value;
    pseudonyms[place] = pseudonym;
    return pseudonym;
  }

  /**
   * Returns the value of nine ASCII digits, which tells the number apart from every other, or -1
   * for another text.
   */
  static int value(String nineDigits) {
    if (nineDigits.length() != 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 9; i++) {
      char c = nineDigits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns a number's place in the cache: its value modulo {@value #CACHED}, so numbers that
   * follow each other take places that follow each other.
   */
  static int place(int value) {
    return value & (CACHED - 1);
  }

  /** Returns how many numbers' pseudonyms are kept now (at most {@value #CACHED}). */
  int cached() {
    int kept = 0;
    for (int number : numbers) {
      if (number >= 0) {
        kept++;
      }
    }
    return kept;
  }

  /**
   * Returns the HMAC in hex of a text's US-ASCII bytes; a personal number's nine digits are copied
   * into a buffer kept for them instead of a new array.
   */
  String hmacHex(String text) {
    if (text.length() != nine.length || !isAscii(text)) {
      return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
    }
    for (int i = 0; i < nine.length; i++) {
      nine[i] = (byte) text.charAt(i);
    }
    mac.update(nine);
    return HEX.formatHex(mac.doFinal());
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
