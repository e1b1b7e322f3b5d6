package nl.leamonitor.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;

/**
 * A delivered file's bytes without the padding at its very end (contract section 1): any run of
 * Ctrl-Z (0x1A, the end-of-file mark of old DOS exports) and NUL bytes (written by tools that
 * pre-allocate a file, or by a copy that was cut short) that nothing but the end of the file
 * follows is dropped, whatever the file's size and however long the run. A NUL byte with other
 * bytes after it means the file is not CSV text: reading it raises a file problem naming its line.
 * A Ctrl-Z with other bytes after it is passed on as it is.
 *
 * <p>Every reader of a delivered file reads through this filter, so detection, a serial read, the
 * chunks of a parallel read and the parts of a Spark read all see the same text. The filter holds
 * back only a count of Ctrl-Z bytes, never the run itself, so memory does not grow with the
 * padding.
 */
public final class EndPaddingFilter extends InputStream {
  private static final byte NUL = 0x00;
  private static final byte CTRL_Z = 0x1A;

  private final InputStream in;
  private final String name;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean end;

  /** Ctrl-Z bytes found inside the text, still to be passed on. */
  private long pendingCtrlZ;

  /** Line breaks passed on so far (CR LF, CR or LF), for the line of a NUL byte. */
  private long lines;

  private boolean afterCr;

  /**
   * Filters a stream over file {@code name} (which this filter closes) that starts after {@code
   * linesBefore} line breaks of the file (0 at its start; more for a part of it).
   */
  public EndPaddingFilter(InputStream in, String name, long linesBefore) {
    this.in = in;
    this.name = name;
    this.lines = linesBefore;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pendingCtrlZ > 0) {
      int n = (int) Math.min(length, pendingCtrlZ);
      java.util.Arrays.fill(target, offset, offset + n, CTRL_Z);
      pendingCtrlZ -= n;
      return n;
    }
    if (position == limit && !fill()) {
      return -1;
    }
    int n = 0;
    while (n < length && position < limit) {
      byte b = buffer[position];
      if (b == NUL || b == CTRL_Z) {
        break;
      }
      count(b);
      target[offset + n++] = b;
      position++;
    }
    if (n > 0) {
      return n;
    }
    return readPadding() ? read(target, offset, length) : -1;
  }

  /**
   * Reads a run of padding bytes: returns false when the file ends with it (the run is dropped), or
   * true when text follows (its Ctrl-Z bytes are then passed on; a NUL byte is a file problem).
   */
  private boolean readPadding() throws IOException {
    long ctrlZ = 0;
    boolean nul = false;
    while (true) {
      if (position == limit && !fill()) {
        return false;
      }
      byte b = buffer[position];
      if (b == NUL) {
        nul = true;
      } else if (b == CTRL_Z) {
        ctrlZ++;
      } else {
        break;
      }
      position++;
    }
    if (nul) {
      throw new InputRejectedException(
          new FileProblem(
              name,
              lines + 1,
              null,
              "deze regel bevat een NUL-byte, dus dit is geen CSV-tekstbestand",
              "Lever een CSV-bestand aan, geen binair bestand (alleen NUL-bytes en Ctrl-Z aan het"
                  + " eind van een bestand worden genegeerd)."));
    }
    pendingCtrlZ = ctrlZ;
    return true;
  }

  private void count(byte b) {
    if (b == '\n') {
      if (!afterCr) {
        lines++;
      }
      afterCr = false;
    } else if (b == '\r') {
      lines++;
      afterCr = true;
    } else {
      afterCr = false;
    }
  }

  private boolean fill() throws IOException {
    if (end) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      end = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
