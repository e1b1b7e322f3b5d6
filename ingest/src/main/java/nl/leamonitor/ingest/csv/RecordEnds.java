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
  // The states, as ints: a switch on an enum looks its ordinal up in a table for every character.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final int delimiter;
  private int state = FIELD_START;
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

  /**
   * Moves past the characters from {@code from} that change nothing but which character came last
   * (in an unquoted field those that are no delimiter nor line break, in a quoted field those that
   * are no quote nor line break), as {@link #advance} would one by one; returns the position of the
   * first other one, or {@code to}. No record ends before any of them.
   */
  int skipInField(char[] text, int from, int to) {
    int i = from;
    if (state == UNQUOTED) {
      while (i < to && text[i] != delimiter && text[i] != '\r' && text[i] != '\n') {
        i++;
      }
    } else if (state == QUOTED) {
      while (i < to && text[i] != '"' && text[i] != '\r' && text[i] != '\n') {
        i++;
      }
    }
    if (i > from) {
      previous = text[i - 1];
    }
    return i;
  }

  /** Moves past one character (or byte). */
  void advance(int c) {
    boolean lineBreak = c == '\r' || c == '\n';
    if (!lineBreak && (state == UNQUOTED && c != delimiter || state == QUOTED && c != '"')) {
      previous = c; // the most characters: text inside a field, which changes nothing else
      return;
    }
    if (c == '\r' || c == '\n' && previous != '\r') {
      lines++;
    }
    previous = c;
    switch (state) {
      case FIELD_START -> {
        if (c == '"') {
          state = QUOTED;
        } else if (lineBreak) {
          afterBreak = true;
        } else if (c != delimiter) {
          state = UNQUOTED;
        }
      }
      case UNQUOTED, QUOTE_IN_QUOTED -> {
        if (c == delimiter) {
          state = FIELD_START;
        } else if (lineBreak) {
          state = FIELD_START;
          afterBreak = true;
        } else if (c == '"' && state == QUOTE_IN_QUOTED) {
          state = QUOTED; // "" inside a quoted field
        } else if (state == QUOTE_IN_QUOTED) {
          state = UNQUOTED; // not valid CSV: the parser reports it
        }
      }
      case QUOTED -> {
        if (c == '"') {
          state = QUOTE_IN_QUOTED;
        }
      }
      default -> throw new IllegalStateException("state " + state);
    }
  }
}
