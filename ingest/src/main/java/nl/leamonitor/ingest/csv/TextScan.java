package nl.leamonitor.ingest.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a file's bytes once, before any row is read (contract section 1), to find:
 *
 * <ul>
 *   <li>whether they are valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 *       U+10FFFF), and where the first UTF-8 multi-byte sequence and the first invalid byte stand:
 *       a file that is not valid UTF-8 but holds a multi-byte sequence is two exports pasted
 *       together, read as Windows-1252 with a warning;
 *   <li>where the text ends: any run of NUL and Ctrl-Z bytes that nothing but the end of the file
 *       follows is padding, left by old DOS exports (Ctrl-Z), by tools that pre-allocate a file or
 *       by a copy cut short (NUL), and not read;
 *   <li>the first NUL byte that is not such padding: such a file is not CSV text.
 * </ul>
 *
 * <p>Positions are byte offsets; {@link DialectDetector} turns the few it reports into line
 * numbers. Eight bytes are looked at together where they are all ASCII and not NUL, so the scan of
 * a national delivery costs little more than reading it.
 */
final class TextScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private long offset;

  /** Continuation bytes still expected, and the range the next one must lie in. */
  private int need;

  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceStart;
  private long firstMultiByte = -1;
  private long firstInvalid = -1;

  private long firstNul = -1;
  private long firstUndefined1252 = -1;

  /** The offset after the last byte that is not padding (NUL or Ctrl-Z). */
  private long textEnd;

  /** Reads the next bytes of the file. */
  void feed(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      if (need == 0 && i + 8 <= length) {
        long word = (long) LONGS.get(bytes, i);
        // A byte of 0x80 or more has its high bit set; a NUL byte borrows: minus one sets it. A
        // word of ASCII text whose last byte is no Ctrl-Z ends with text.
        if (((word | (word - ONES)) & HIGH_BITS) == 0 && (word >>> 56) != 0x1A) {
          i += 8;
          offset += 8;
          textEnd = offset;
          continue;
        }
      }
      read(bytes[i] & 0xFF);
      i++;
      offset++;
    }
  }

  private void read(int b) {
    if (b == 0x00) {
      if (firstNul < 0) {
        firstNul = offset;
      }
    } else if (b != 0x1A) {
      textEnd = offset + 1;
    }
    if (need > 0) {
      if (b >= lower && b <= upper) {
        lower = 0x80;
        upper = 0xBF;
        if (--need == 0 && firstMultiByte < 0) {
          firstMultiByte = sequenceStart;
        }
        return;
      }
      invalid(sequenceStart);
      need = 0; // the byte starts something new: read it as a first byte
    }
    if (b >= 0x80) {
      start(b);
    }
  }

  private void start(int b) {
    sequenceStart = offset;
    if (b >= 0xC2 && b <= 0xDF) {
      expect(1, 0x80, 0xBF);
    } else if (b == 0xE0) {
      expect(2, 0xA0, 0xBF);
    } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
      expect(2, 0x80, 0xBF);
    } else if (b == 0xED) {
      expect(2, 0x80, 0x9F);
    } else if (b == 0xF0) {
      expect(3, 0x90, 0xBF);
    } else if (b >= 0xF1 && b <= 0xF3) {
      expect(3, 0x80, 0xBF);
    } else if (b == 0xF4) {
      expect(3, 0x80, 0x8F);
    } else {
      invalid(offset);
      if ((b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
          && firstUndefined1252 < 0) {
        firstUndefined1252 = offset;
      }
    }
  }

  private void expect(int bytes, int low, int high) {
    need = bytes;
    lower = low;
    upper = high;
  }

  private void invalid(long at) {
    if (firstInvalid < 0) {
      firstInvalid = at;
    }
  }

  /** Ends the file: a sequence cut off at the end is invalid. */
  void finish() {
    if (need > 0) {
      firstInvalid = firstInvalid < 0 ? sequenceStart : firstInvalid;
      need = 0;
    }
  }

  /** Returns whether every byte read is valid UTF-8. */
  boolean valid() {
    return firstInvalid < 0;
  }

  /** Returns the offset of the first multi-byte sequence, or -1 when there is none. */
  long firstMultiByte() {
    return firstMultiByte;
  }

  /** Returns the offset of the first byte that is not valid UTF-8, or -1 when there is none. */
  long firstInvalid() {
    return firstInvalid;
  }

  /**
   * Returns the offset of the first byte outside a UTF-8 sequence that Windows-1252 leaves
   * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: read as the replacement character), or -1.
   */
  long firstUndefined1252() {
    return firstUndefined1252;
  }

  /** Returns the offset of the first NUL byte that text follows, or -1 when there is none. */
  long innerNul() {
    return firstNul >= 0 && firstNul < textEnd ? firstNul : -1;
  }

  /**
   * Returns the length of the text: the offset of the run of NUL and Ctrl-Z bytes at the end of the
   * file, or the file's length when it has none.
   */
  long textBytes() {
    return textEnd;
  }

  /** Returns the length of the run of NUL and Ctrl-Z bytes at the end of the file. */
  long paddingBytes() {
    return offset - textEnd;
  }
}
