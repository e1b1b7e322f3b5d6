package nl.leamonitor.ingest.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden HMAC-SHA256 vectors computed outside the code with Python: {@code
 * hmac.new(b"lea-test-sleutel-0123456789abcdef-0123456789", b"111222333",
 * hashlib.sha256).hexdigest()}.
 */
class PseudonymTest {
  static final String KEY = "lea-test-sleutel-0123456789abcdef-0123456789";

  @TempDir Path temp;

  private static PseudonymKey key() {
    return PseudonymKey.of(KEY.getBytes(StandardCharsets.UTF_8), "test");
  }

  @Test
  void goldenVectors() {
    Pseudonymiser p = new Pseudonymiser(key());
    assertEquals(
        "d0fa8879c4618972bad4a934f94a0714712341e81565640256233c80863ed674",
        p.pseudonym("111222333"));
    assertEquals(
        "3196b7941719d615e4d6117b42dd1e55b1181b1173a9c2d508a662dc6ca450fd",
        p.pseudonym("123456782"));
  }

  /**
   * The cache of recent pseudonyms answers as the HMAC does, also after the numbers it held were
   * pushed out, and never holds more than {@link Pseudonymiser#CACHED} numbers. The golden vectors
   * are those of {@link #goldenVectors}.
   */
  @Test
  void cachedPseudonymsEqualTheHmacAndTheCacheIsBounded() {
    Pseudonymiser p = new Pseudonymiser(key());
    String first = "d0fa8879c4618972bad4a934f94a0714712341e81565640256233c80863ed674";
    assertEquals(first, p.pseudonym("111222333"));
    assertEquals(first, p.pseudonym("111222333"));
    assertEquals(1, p.cached());
    for (int i = 0; i < 3 * Pseudonymiser.CACHED; i++) {
      String number = String.format("%09d", 200_000_000 + i);
      assertEquals(p.hmacHex(number), p.pseudonym(number));
    }
    assertEquals(Pseudonymiser.CACHED, p.cached());
    assertEquals(first, p.pseudonym("111222333"));
    assertEquals(
        "3196b7941719d615e4d6117b42dd1e55b1181b1173a9c2d508a662dc6ca450fd",
        p.pseudonym("123456782"));
    assertEquals(Pseudonymiser.CACHED, p.cached());
  }

  /**
   * A number's place in the cache is its value modulo {@link Pseudonymiser#CACHED}: 4097 and 1
   * share place 1, and when they take turns each still gets its own HMAC.
   */
  @Test
  void numbersSharingAPlaceKeepTheirOwnPseudonyms() {
    assertEquals(1, Pseudonymiser.place(Pseudonymiser.value("000000001")));
    assertEquals(1, Pseudonymiser.place(Pseudonymiser.value("000004097")));
    assertEquals(123456782 % 4096, Pseudonymiser.place(Pseudonymiser.value("123456782")));
    assertEquals(-1, Pseudonymiser.value("12345678"));
    assertEquals(-1, Pseudonymiser.value("12345678a"));
    Pseudonymiser p = new Pseudonymiser(key());
    for (int turn = 0; turn < 3; turn++) {
      assertEquals(p.hmacHex("000000001"), p.pseudonym("000000001"));
      assertEquals(p.hmacHex("000004097"), p.pseudonym("000004097"));
    }
    assertEquals(
        "3196b7941719d615e4d6117b42dd1e55b1181b1173a9c2d508a662dc6ca450fd",
        p.pseudonym("123456782"));
    assertEquals(2, p.cached());
    // Text other than nine digits is not cached, and gets its own HMAC.
    assertEquals(p.hmacHex("00000000a"), p.pseudonym("00000000a"));
    assertEquals(p.hmacHex("1"), p.pseudonym("1"));
    assertEquals(2, p.cached());
  }

  @Test
  void rfc4231TestCase2() {
    // RFC 4231 test case 2 uses the 4-byte key "Jefe", below our minimum, so it is checked
    // through the package-private path with a padded-out equivalent: HMAC keys shorter than the
    // block are zero-padded, so "Jefe" + 28 zero bytes gives the same MAC as "Jefe".
    byte[] padded = new byte[32];
    System.arraycopy("Jefe".getBytes(StandardCharsets.US_ASCII), 0, padded, 0, 4);
    Pseudonymiser p = new Pseudonymiser(PseudonymKey.of(padded, "test"));
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        p.hmacHex("what do ya want for nothing?"));
  }

  @Test
  void fingerprintIdentifiesWithoutRevealing() {
    // Python: hmac.new(KEY, b"LEA Monitor sleutelvingerafdruk", hashlib.sha256).hexdigest()[:16]
    assertEquals("b4cd87662da6f14b", key().fingerprint());
    assertFalse(key().toString().contains(KEY));
    assertTrue(key().toString().contains("b4cd87662da6f14b"));
  }

  @Test
  void shortKeyIsRefused() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> PseudonymKey.load(Optional.empty(), Map.of("LEA_PSEUDONIEM_SLEUTEL", "te-kort")));
    assertEquals(
        "De pseudonimiseringssleutel uit omgevingsvariabele LEA_PSEUDONIEM_SLEUTEL is te kort (7"
            + " bytes); gebruik minstens 32 willekeurige bytes, bijvoorbeeld: openssl rand -base64"
            + " 48",
        e.getMessage());
  }

  @Test
  void noKeyIsNoKeyNeverADefault() {
    assertEquals(Optional.empty(), PseudonymKey.load(Optional.empty(), Map.of()));
    assertEquals(
        Optional.empty(),
        PseudonymKey.load(Optional.empty(), Map.of("LEA_PSEUDONIEM_SLEUTEL", "")));
  }

  @Test
  void keyFileWinsAndItsLineBreakIsNotPartOfTheKey() throws Exception {
    Path file = temp.resolve("sleutel.txt");
    Files.writeString(file, KEY + "\n", StandardCharsets.UTF_8);
    Optional<PseudonymKey> loaded =
        PseudonymKey.load(Optional.of(file), Map.of("LEA_PSEUDONIEM_SLEUTEL", "x".repeat(40)));
    assertEquals(Optional.of(key()), loaded);
  }

  @Test
  void unreadableKeyFileIsAConfigurationError() {
    Path missing = temp.resolve("geen-sleutel.txt");
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> PseudonymKey.load(Optional.of(missing), Map.of()));
    assertEquals(
        "Het sleutelbestand " + missing + " kan niet gelezen worden; controleer pad en rechten.",
        e.getMessage());
  }
}
