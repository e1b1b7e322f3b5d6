package nl.leamonitor.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's memory limit, a whole number of megabytes or gigabytes ({@code 512MB}, {@code 2GB}).
 *
 * @param amount the number of units, at least 1
 * @param unit megabytes or gigabytes
 */
public record MemoryLimit(int amount, Unit unit) {
  /** The limit when {@code lea.yaml} names none. */
  public static final MemoryLimit DEFAULT = new MemoryLimit(1, Unit.GB);

  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,5})(MB|GB)");

  /** The units DuckDB's {@code memory_limit} takes here. */
  public enum Unit {
    MB,
    GB
  }

  public MemoryLimit {
    if (amount < 1) {
      throw new IllegalArgumentException("memory limit below 1 " + unit + ": " + amount);
    }
  }

  /** Returns the limit in {@code 2GB} form, or empty when the text has another form. */
  public static java.util.Optional<MemoryLimit> parse(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches()
        ? java.util.Optional.of(
            new MemoryLimit(Integer.parseInt(m.group(1)), Unit.valueOf(m.group(2))))
        : java.util.Optional.empty();
  }

  /** Returns {@code megabytes} megabytes. */
  public static MemoryLimit megabytes(int megabytes) {
    return new MemoryLimit(megabytes, Unit.MB);
  }

  /** Returns {@code gigabytes} gigabytes. */
  public static MemoryLimit gigabytes(int gigabytes) {
    return new MemoryLimit(gigabytes, Unit.GB);
  }

  /**
   * Returns the limit as DuckDB's {@code SET memory_limit} and the manifest spell it, e.g. {@code
   * 2GB}.
   */
  @Override
  public String toString() {
    return amount + unit.name();
  }
}
