package nl.leamonitor.ingest.csv;

/**
 * Reads a file's bytes once to tell its encoding (contract section 1): whether they are valid UTF-8
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), and on which physical line
 * the first UTF-8 multi-byte sequence and the first invalid byte stand. A file that is not valid
 * UTF-8 but holds a multi-byte sequence is two exports pasted together, or a Windows-1252 file
 * edited in a UTF-8 editor: it is read as Windows-1252 with a warning naming that line.
 *
 * <p>Lines are counted as Commons CSV counts them (CR LF, CR or LF), so a line named here is the
 * line a reject or file problem would name.
 */
final class EncodingScan {
  private long line = 1;
  private boolean afterCr;

  /** Continuation bytes still expected, and the range the next one must lie in. */
  private int need;

  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceLine;
  private long firstMultiByteLine;
  private long firstInvalidLine;

  /** Reads the next bytes of the file. */
  void feed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (need > 0) {
        if (b < lower || b > upper) {
          invalid();
          need = 0;
          continue; // the byte starts something new: read it again as a first byte
        }
        lower = 0x80;
        upper = 0xBF;
        if (--need == 0 && firstMultiByteLine == 0) {
          firstMultiByteLine = sequenceLine;
        }
      } else if (b < 0x80) {
        countLine(b);
      } else {
        start(b);
      }
      i++;
    }
  }

  private void start(int b) {
    sequenceLine = line;
    afterCr = false;
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
      invalid();
    }
  }

  private void expect(int bytes, int low, int high) {
    need = bytes;
    lower = low;
    upper = high;
  }

  private void countLine(int b) {
    if (b == '\n') {
      if (!afterCr) {
        line++;
      }
      afterCr = false;
    } else if (b == '\r') {
      line++;
      afterCr = true;
    } else {
      afterCr = false;
    }
  }

  private void invalid() {
    if (firstInvalidLine == 0) {
      firstInvalidLine = line;
    }
  }

  /** Ends the file: a sequence cut off at the end is invalid. */
  void finish() {
    if (need > 0) {
      invalid();
      need = 0;
    }
  }

  /** Returns whether scanning further can change nothing: invalid, and a multi-byte line found. */
  boolean settled() {
    return firstInvalidLine > 0 && firstMultiByteLine > 0;
  }

  /** Returns whether every byte read is valid UTF-8. */
  boolean valid() {
    return firstInvalidLine == 0;
  }

  /** Returns the line of the first multi-byte sequence, or 0 when there is none. */
  long firstMultiByteLine() {
    return firstMultiByteLine;
  }

  /** Returns the line of the first byte that is not valid UTF-8, or 0 when there is none. */
  long firstInvalidLine() {
    return firstInvalidLine;
  }
}
