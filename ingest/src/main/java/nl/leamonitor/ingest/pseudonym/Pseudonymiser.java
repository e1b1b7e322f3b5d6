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
 * one after the other, so the pseudonyms of the last {@value #CACHED} numbers are kept: a hit costs
 * a map lookup instead of an HMAC. The cache lives in this object's memory only, is bounded, and is
 * never logged or written; it holds what the row being validated holds anyway.
 */
public final class Pseudonymiser {
  private static final HexFormat HEX = HexFormat.of();

  /** The numbers whose pseudonyms are kept, the least recently used dropped first. */
  static final int CACHED = 4096;

  private final Mac mac;
  private final java.util.LinkedHashMap<String, String> recent =
      new java.util.LinkedHashMap<>(2 * CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
          return size() > CACHED;
        }
      };

  /** Creates a pseudonymiser for a key. */
  public Pseudonymiser(PseudonymKey key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is niet beschikbaar in deze Java-installatie", e);
    }
  }

  /** Returns the pseudonym of a 9-digit personal number. */
  public String pseudonym(String nineDigits) {
    String pseudonym = recent.get(nineDigits);
    if (pseudonym == null) {
      pseudonym = hmacHex(nineDigits);
      recent.put(nineDigits, pseudonym);
    }
    return pseudonym;
  }

  /** Returns how many numbers' pseudonyms are kept now (at most {@value #CACHED}). */
  int cached() {
    return recent.size();
  }

  String hmacHex(String text) {
    return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
  }
}
