package nl.leamonitor.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.values.DeliveredText;

/**
 * A file's header: column names cleaned ({@link DeliveredText#clean}: Unicode spaces and zero-width
 * characters) and in lower case, mapped to their positions.
 *
 * <p>Every field a validator reads asks for its column's position, so a national delivery asks some
 * 300 million times: the positions are resolved once, into a table of a power of two places (at
 * least twice the columns) where a name stands at its hash, or after it when that place is taken.
 * The names are interned: a validator names its columns with constants, whose hash the string keeps
 * and which are then the header's own names, found by reference.
 */
public final class Header {
  private final String file;
  private final long line;
  private final CsvDialect dialect;
  private final List<String> names;

  /** The names at their places in the table (null where none is), and their positions. */
  private final String[] placedNames;

  private final int[] placedPositions;

  /**
   * Reads a header record on line 1 of a file without a {@code sep=} line; a repeated column name
   * is a file problem.
   */
  public Header(String file, List<String> rawNames) {
    this(file, rawNames, 1, null);
  }

  /**
   * Reads a header record; a repeated column name is a file problem.
   *
   * @param line the physical line the header is on (2 after Excel's {@code sep=} line, later after
   *     blank lines), which a problem with a column names
   * @param dialect the file's dialect, or null when not known: with a {@code sep=} line, a header
   *     of one column is told as a hint that does not fit the header
   */
  public Header(String file, List<String> rawNames, long line, CsvDialect dialect) {
    this.file = file;
    this.line = line;
    this.dialect = dialect;
    this.names = new ArrayList<>(rawNames.size());
    int places = Integer.highestOneBit(Math.max(1, rawNames.size()) * 2) * 2;
    this.placedNames = new String[places];
    this.placedPositions = new int[places];
    for (String raw : rawNames) {
      // interned, so that a validator's constant is the same reference
      String name = DeliveredText.clean(raw).toLowerCase(Locale.ROOT).intern();
      if (!name.isEmpty() && !place(name, names.size())) {
        throw new InputRejectedException(
            new FileProblem(
                file,
                0,
                name,
                "de kolom komt twee keer voor in de kopregel",
                "Verwijder of hernoem een van de twee kolommen."));
      }
      names.add(name);
    }
  }

  /** Returns the normalised names in file order. */
  public List<String> names() {
    return names;
  }

  /** Returns the number of columns. */
  public int size() {
    return names.size();
  }

  /** Returns whether the header has a column. */
  public boolean has(String column) {
    return position(column) >= 0;
  }

  /** Returns a column's position, or -1. */
  public int position(String column) {
    int mask = placedNames.length - 1;
    for (int i = column.hashCode() & mask; placedNames[i] != null; i = (i + 1) & mask) {
      String name = placedNames[i];
      if (name == column || name.equals(column)) {
        return placedPositions[i];
      }
    }
    return -1;
  }

  /** Puts a name at its place in the table; returns false when the name is there already. */
  private boolean place(String name, int position) {
    int mask = placedNames.length - 1;
    int i = name.hashCode() & mask;
    while (placedNames[i] != null) {
      if (placedNames[i].equals(name)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    placedNames[i] = name;
    placedPositions[i] = position;
    return true;
  }

  /** Returns the file problem for a missing required column. */
  public InputRejectedException missing(String column) {
    return new InputRejectedException(
        new FileProblem(
            file,
            line,
            column,
            "verplichte kolom ontbreekt in de kopregel",
            "Voeg de kolom " + column + " toe." + foundColumns()));
  }

  /**
   * Returns a sentence naming the columns found, saying the delimiter was not recognised, or, when
   * the first line holds digits (no column name of the contract does), that it looks like data: a
   * pupil's birth date, postcode and school are never repeated in a message.
   */
  public String foundColumns() {
    if (names.size() == 1 && dialect != null && dialect.separatorLine()) {
      return " De sep-regel op regel 1 noemt "
          + (dialect.delimiter() == '\t' ? "tab" : "'" + dialect.delimiter() + "'")
          + " als scheidingsteken, maar daarmee heeft de kopregel maar een kolom: zet in de"
          + " sep-regel het scheidingsteken van de kopregel, of verwijder de sep-regel.";
    }
    if (names.size() == 1) {
      return " De kopregel heeft maar een kolom: gebruik ; , of tab als scheidingsteken.";
    }
    if (names.stream().anyMatch(n -> n.chars().anyMatch(Character::isDigit))) {
      return " De eerste regel lijkt gegevens in plaats van kolomnamen ("
          + names.size()
          + " velden; de waarden worden hier niet herhaald): zet de kopregel met de kolomnamen"
          + " bovenaan.";
    }
    return " Gevonden kolommen: " + String.join(", ", names) + ".";
  }

  public String file() {
    return file;
  }

  /** Returns the physical line the header is on. */
  public long line() {
    return line;
  }
}
