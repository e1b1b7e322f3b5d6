package nl.leamonitor.ingest.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a 9-digit BSN or onderwijsnummer into {@code lowercase hex(HMAC-SHA256(key, digits))}. One
 * instance per thread: {@link Mac} is not thread-safe.
 */
public final class Pseudonymiser {
  private static final HexFormat HEX = HexFormat.of();
  private final Mac mac;

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
    return hmacHex(nineDigits);
  }

  String hmacHex(String text) {
    return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
  }
}
