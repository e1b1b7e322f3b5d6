package nl.leamonitor.ingest.csv;

/**
 * Where records end in CSV text, read character by character as Commons CSV's {@code RFC4180}
 * format reads it: a quote opens a quoted field only at the start of a field, {@code ""} inside one
 * is a quote, and a line break outside quotes ends a record; line breaks (CR LF, CR or LF, also
 * inside quotes) are counted as Commons CSV counts lines. Works on characters and, for the
 * encodings of the contract (UTF-8, Windows-1252, where quote, delimiter and line breaks are single
 * ASCII bytes), on bytes.
 */
final class RecordEnds {
  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final int delimiter;
  private State state = State.FIELD_START;
  private long lines;
  private int previous = -1;
  private boolean afterBreak;

  RecordEnds(char delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * Returns whether a record ended just before {@code c}, the next character: the one before was a
   * record's line break, and {@code c} is not the LF of its CR LF. Call before {@link #advance}.
   */
  boolean endsBefore(int c) {
    if (afterBreak && !(c == '\n' && previous == '\r')) {
      afterBreak = false;
      return true;
    }
    return false;
  }

  /** Returns the line breaks read so far. */
  long lines() {
    return lines;
  }

  /** Moves past one character (or byte). */
  void advance(int c) {
    if (c == '\r' || c == '\n' && previous != '\r') {
      lines++;
    }
    previous = c;
    switch (state) {
      case FIELD_START -> {
        if (c == '"') {
          state = State.QUOTED;
        } else if (c == '\r' || c == '\n') {
          afterBreak = true;
        } else if (c != delimiter) {
          state = State.UNQUOTED;
        }
      }
      case UNQUOTED, QUOTE_IN_QUOTED -> {
        if (c == delimiter) {
          state = State.FIELD_START;
        } else if (c == '\r' || c == '\n') {
          state = State.FIELD_START;
          afterBreak = true;
        } else if (c == '"' && state == State.QUOTE_IN_QUOTED) {
          state = State.QUOTED; // "" inside a quoted field
        } else if (state == State.QUOTE_IN_QUOTED) {
          state = State.UNQUOTED; // not valid CSV: the parser reports it
        }
      }
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        }
      }
      default -> throw new IllegalStateException(state.name());
    }
  }
}
