package nl.leamonitor.ingest.csv;

/**
 * RFC 4180's quote states as Commons CSV's {@code RFC4180} format reads them, character by
 * character: a quote opens a quoted field only at the start of a field, {@code ""} inside one is
 * a quote, and a line break outside quotes ends a record. Works on characters and, for the
 * encodings of the contract (UTF-8, Windows-1252, where quote, delimiter and line breaks are
 * single ASCII bytes), on bytes.
 */
final class RecordEnds {
  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final int delimiter;
  private State state = State.FIELD_START;

  RecordEnds(char delimiter) {
    this.delimiter = delimiter;
  }

  /** Moves past one character (or byte); returns whether it is a line break that ends a record. */
  boolean advance(int c) {
    boolean ended = false;
    switch (state) {
      case FIELD_START -> {
        if (c == '"') {
          state = State.QUOTED;
        } else if (c == '\r' || c == '\n') {
          ended = true;
        } else if (c != delimiter) {
          state = State.UNQUOTED;
        }
      }
      case UNQUOTED, QUOTE_IN_QUOTED -> {
        if (c == delimiter) {
          state = State.FIELD_START;
        } else if (c == '\r' || c == '\n') {
          state = State.FIELD_START;
          ended = true;
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
    return ended;
  }
}
