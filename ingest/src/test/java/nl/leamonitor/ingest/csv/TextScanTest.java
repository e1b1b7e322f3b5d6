package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one scan of a file against independent oracles: Java's strict UTF-8 decoder for validity, and
 * a plain backward search for where the end padding starts and whether a NUL stands before it.
 */
class TextScanTest {
  /**
   * Bytes a CSV export holds: ASCII text, line breaks, UTF-8 lead and continuation bytes, padding.
   */
  private static final int[] ALPHABET = {
    'a', ';', '1', '\n', '\r', 0x00, 0x1A, 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xF0, 0x9F, 0xED, 0xA0,
    0xC0, 0xFF, 0xF4, 0x90, 0xE9
  };

  @Test
  void randomBytesAgreeWithTheOracles() {
    Random random = new Random(13);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly ASCII, so eight-byte words of text occur and take the fast path.
        bytes[i] =
            (byte)
                (random.nextInt(4) == 0
                    ? ALPHABET[random.nextInt(ALPHABET.length)]
                    : 'a' + random.nextInt(26));
      }
      TextScan scan = new TextScan();
      int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      byte[] first = java.util.Arrays.copyOf(bytes, cut);
      byte[] second = java.util.Arrays.copyOfRange(bytes, cut, bytes.length);
      scan.feed(first, first.length);
      scan.feed(second, second.length);
      scan.finish();
      String where = java.util.HexFormat.of().formatHex(bytes);
      assertEquals(strictUtf8(bytes), scan.valid(), where);
      int textEnd = bytes.length;
      while (textEnd > 0 && (bytes[textEnd - 1] == 0 || bytes[textEnd - 1] == 0x1A)) {
        textEnd--;
      }
      assertEquals(textEnd, scan.textBytes(), where);
      long innerNul = -1;
      for (int i = 0; i < textEnd; i++) {
        if (bytes[i] == 0) {
          innerNul = i;
          break;
        }
      }
      assertEquals(innerNul, scan.innerNul(), where);
    }
  }

  private static boolean strictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void theFirstMultiByteSequenceAndTheFirstInvalidByteAreFound() {
    // "a;’x\n" in UTF-8 (E2 80 99 at offset 2), then "é" in Windows-1252 (E9 at offset 7).
    byte[] bytes = {'a', ';', (byte) 0xE2, (byte) 0x80, (byte) 0x99, 'x', '\n', (byte) 0xE9, '\n'};
    TextScan scan = new TextScan();
    scan.feed(bytes, bytes.length);
    scan.finish();
    assertEquals(false, scan.valid());
    assertEquals(2, scan.firstMultiByte());
    assertEquals(7, scan.firstInvalid());
  }
}
