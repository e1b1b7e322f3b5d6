package nl.leamonitor.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The half year a report covers, given as {@code 2025-najaar} and shown as {@code najaar 2025}.
 *
 * @param year the calendar year
 * @param half voorjaar (January-June) or najaar
 */
public record Periode(int year, Half half) {
  private static final Pattern FORM = Pattern.compile("(\\d{4})-(voorjaar|najaar)");

  /** The two halves of a year, named as the reports name them. */
  public enum Half {
    VOORJAAR,
    NAJAAR;

    /** Returns the half's name as the reports show it, {@code najaar}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Parses {@code 2025-najaar} (any case, surrounding blanks ignored); returns empty for another
   * form.
   */
  public static Optional<Periode> parse(String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
    return m.matches()
        ? Optional.of(
            new Periode(
                Integer.parseInt(m.group(1)), Half.valueOf(m.group(2).toUpperCase(Locale.ROOT))))
        : Optional.empty();
  }

  /** Returns the period a rapportagedatum falls in: voorjaar for January-June, najaar otherwise. */
  public static Periode of(LocalDate rapportagedatum) {
    return new Periode(
        rapportagedatum.getYear(),
        rapportagedatum.getMonthValue() <= 6 ? Half.VOORJAAR : Half.NAJAAR);
  }

  /** Returns the period as the reports show it, {@code najaar 2025}. */
  public String label() {
    return half.label() + " " + year;
  }

  @Override
  public String toString() {
    return label();
  }
}
