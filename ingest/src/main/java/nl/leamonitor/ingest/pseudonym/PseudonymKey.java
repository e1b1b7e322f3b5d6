package nl.leamonitor.ingest.pseudonym;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;

/**
 * The secret HMAC key for pseudonymisation. It is never defaulted, never logged and never written:
 * {@link #toString()} hides it and {@link #fingerprint()} is all that outputs may show. It is
 * serializable only so that Spark can hand it to the tasks that pseudonymise.
 */
public final class PseudonymKey implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The environment variable that holds the key. */
  public static final String ENVIRONMENT_VARIABLE = "LEA_PSEUDONIEM_SLEUTEL";

  /** The shortest key accepted, in bytes (the HMAC-SHA256 block security level). */
  public static final int MINIMUM_BYTES = 32;

  private final byte[] bytes;

  private PseudonymKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Returns a key from its bytes; a key shorter than 32 bytes is a configuration error. */
  public static PseudonymKey of(byte[] bytes, String source) {
    if (bytes.length < MINIMUM_BYTES) {
      throw new ConfigurationException(
          "De pseudonimiseringssleutel uit "
              + source
              + " is te kort ("
              + bytes.length
              + " bytes); gebruik minstens "
              + MINIMUM_BYTES
              + " willekeurige bytes, bijvoorbeeld: openssl rand -base64 48");
    }
    return new PseudonymKey(bytes.clone());
  }

  /**
   * Returns the key from a key file if one is named, else from {@code LEA_PSEUDONIEM_SLEUTEL}, else
   * empty. A key file's trailing line break is not part of the key.
   */
  public static Optional<PseudonymKey> load(
      Optional<Path> keyFile, Map<String, String> environment) {
    if (keyFile.isPresent()) {
      Path file = keyFile.get();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return Optional.of(of(text.getBytes(StandardCharsets.UTF_8), "sleutelbestand " + file));
      } catch (IOException e) {
        throw new ConfigurationException(
            "Het sleutelbestand " + file + " kan niet gelezen worden; controleer pad en rechten.");
      }
    }
    String value = environment.get(ENVIRONMENT_VARIABLE);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        of(value.getBytes(StandardCharsets.UTF_8), "omgevingsvariabele " + ENVIRONMENT_VARIABLE));
  }

  byte[] bytes() {
    return bytes;
  }

  /** Returns a 16-hex-digit fingerprint that identifies the key without revealing it. */
  public String fingerprint() {
    return new Pseudonymiser(this).hmacHex("LEA Monitor sleutelvingerafdruk").substring(0, 16);
  }

  @Override
  public String toString() {
    return "PseudonymKey[vingerafdruk=" + fingerprint() + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PseudonymKey other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
