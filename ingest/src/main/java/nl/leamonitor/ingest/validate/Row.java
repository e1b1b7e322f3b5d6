package nl.leamonitor.ingest.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.leamonitor.ingest.values.BooleanValue;
import nl.leamonitor.ingest.values.DateValue;
import nl.leamonitor.ingest.values.DeliveredText;
import nl.leamonitor.ingest.values.NumberValue;
import nl.leamonitor.ingest.values.Postcode;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One delivered row read through the contract's value rules: each accessor trims the field and
 * returns its typed value, or throws {@link RowRejected} with the reason and column.
 */
public final class Row {
  private static final Pattern VESTIGING = Pattern.compile("[0-9]{1,2}");
  private static final Pattern WIJK_CODE = Pattern.compile("WK[0-9]{6}");
  private static final Pattern GEMEENTE_CODE = Pattern.compile("GM[0-9]{4}");

  private final Header header;
  private final long line;
  private final List<String> fields;

  /** Wraps a record, starting on a physical line, whose field count equals the header's. */
  public Row(Header header, long line, List<String> fields) {
    this.header = header;
    this.line = line;
    this.fields = fields;
  }

  /** Returns the physical line on which the row starts. */
  public long line() {
    return line;
  }

  /** Returns the name of the file the row comes from. */
  public String file() {
    return header.file();
  }

  /**
   * Returns the value of a column trimmed of Unicode spaces and without zero-width characters
   * ({@link DeliveredText#clean}), or the empty string when the column is absent.
   */
  public String text(String column) {
    int i = header.position(column);
    return i < 0 ? "" : DeliveredText.clean(fields.get(i));
  }

  /** Returns the trimmed, non-empty value of a required column. */
  public String required(String column) throws RowRejected {
    String value = text(column);
    if (value.isEmpty()) {
      throw new RowRejected(RejectReason.VERPLICHT_VELD_LEEG, column);
    }
    return value;
  }

  public Schooljaar schooljaar(String column) throws RowRejected {
    Schooljaar value = Schooljaar.parse(required(column));
    if (value == null) {
      throw new RowRejected(RejectReason.SCHOOLJAAR_ONGELDIG, column);
    }
    return value;
  }

  public LocalDate date(String column) throws RowRejected {
    return parseDate(required(column), column);
  }

  /** Returns the date, or null when the optional field is empty. */
  public LocalDate optionalDate(String column) throws RowRejected {
    String raw = text(column);
    return raw.isEmpty() ? null : parseDate(raw, column);
  }

  private static LocalDate parseDate(String raw, String column) throws RowRejected {
    LocalDate value = DateValue.parse(raw);
    if (value == null) {
      throw new RowRejected(RejectReason.DATUM_ONGELDIG, column);
    }
    return value;
  }

  /** Returns the normalised postcode. */
  public String postcode(String column) throws RowRejected {
    String value = Postcode.normalise(required(column));
    if (value == null) {
      throw new RowRejected(RejectReason.POSTCODE_ONGELDIG, column);
    }
    return value;
  }

  /** Returns the brin in upper case. */
  public String brin(String column) throws RowRejected {
    return parseBrin(required(column), column);
  }

  /** Returns the brin in upper case, or null when the optional field is empty. */
  public String optionalBrin(String column) throws RowRejected {
    String raw = text(column);
    return raw.isEmpty() ? null : parseBrin(raw, column);
  }

  private static String parseBrin(String raw, String column) throws RowRejected {
    String upper = raw.toUpperCase(Locale.ROOT);
    if (!isBrin(upper)) {
      throw new RowRejected(RejectReason.BRIN_ONGELDIG, column);
    }
    return upper;
  }

  /** Returns whether a text in upper case is a brin: two digits, then two digits or letters A-Z. */
  static boolean isBrin(String upper) {
    if (upper.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = upper.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit && (i < 2 || c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the 2-digit vestiging, or null when empty. One digit is left-padded with {@code 0}, as
   * Excel strips it (the same tolerance the contract gives 8-digit BSNs).
   */
  public String optionalVestiging(String column) throws RowRejected {
    String raw = text(column);
    if (raw.isEmpty()) {
      return null;
    }
    if (!VESTIGING.matcher(raw).matches()) {
      throw new RowRejected(RejectReason.VESTIGING_ONGELDIG, column);
    }
    return raw.length() == 1 ? "0" + raw : raw;
  }

  /** Returns the boolean; an empty optional boolean is false. */
  public boolean optionalBoolean(String column) throws RowRejected {
    String raw = text(column);
    if (raw.isEmpty()) {
      return false;
    }
    Boolean value = BooleanValue.parse(raw);
    if (value == null) {
      throw new RowRejected(RejectReason.JA_NEE_ONGELDIG, column);
    }
    return value;
  }

  public BigDecimal decimal(String column) throws RowRejected {
    BigDecimal value = NumberValue.parseDecimal(required(column));
    if (value == null) {
      throw new RowRejected(RejectReason.GETAL_ONGELDIG, column);
    }
    return value;
  }

  public int whole(String column) throws RowRejected {
    Integer value = NumberValue.parseWhole(required(column));
    if (value == null) {
      throw new RowRejected(RejectReason.GETAL_ONGELDIG, column);
    }
    return value;
  }

  /** Returns a CBS wijk code in upper case. */
  public String wijkCode(String column) throws RowRejected {
    String upper = required(column).toUpperCase(Locale.ROOT);
    if (!WIJK_CODE.matcher(upper).matches()) {
      throw new RowRejected(RejectReason.WIJK_CODE_ONGELDIG, column);
    }
    return upper;
  }

  /** Returns a CBS gemeente code in upper case. */
  public String gemeenteCode(String column) throws RowRejected {
    String upper = required(column).toUpperCase(Locale.ROOT);
    if (!GEMEENTE_CODE.matcher(upper).matches()) {
      throw new RowRejected(RejectReason.GEMEENTE_CODE_ONGELDIG, column);
    }
    return upper;
  }

  /** Returns a required code parsed by the given function, or rejects it as unknown. */
  public <T> T code(String column, java.util.function.Function<String, T> parse)
      throws RowRejected {
    T value = parse.apply(required(column));
    if (value == null) {
      throw new RowRejected(RejectReason.CODE_ONBEKEND, column);
    }
    return value;
  }
}
