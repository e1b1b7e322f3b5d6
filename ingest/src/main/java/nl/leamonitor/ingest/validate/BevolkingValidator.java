package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.decimal;
import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.math.BigDecimal;
import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/**
 * Validates the two population files of contract section 1, which share their columns: {@code
 * referentie/bevolking.csv}, the population on 1 October by wijk and age (BRP), whose {@code
 * aantal} is a whole number; and {@code referentie/bevolkingsprognose.csv}, the gemeente's forecast
 * of it, a modelled number that may have decimals but may not be negative.
 */
public final class BevolkingValidator implements RowValidator {
  private final WijkLookup wijken;
  private final boolean forecast;

  private BevolkingValidator(WijkLookup wijken, boolean forecast) {
    this.wijken = wijken;
    this.forecast = forecast;
  }

  /** Returns the validator of {@code referentie/bevolking.csv}. */
  public static BevolkingValidator counted(WijkLookup wijken) {
    return new BevolkingValidator(wijken, false);
  }

  /** Returns the validator of {@code referentie/bevolkingsprognose.csv}. */
  public static BevolkingValidator forecast(WijkLookup wijken) {
    return new BevolkingValidator(wijken, true);
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("jaar", "wijk_code", "leeftijd", "aantal");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        integer("jaar"),
        text("wijk_code"),
        integer("leeftijd"),
        forecast ? decimal("aantal") : integer("aantal"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    int jaar = row.whole("jaar");
    if (jaar < 1900 || jaar > 2999) {
      throw new RowRejected(RejectReason.GETAL_ONGELDIG, "jaar");
    }
    String wijk = row.wijkCode("wijk_code");
    if (!wijken.isWijk(wijk)) {
      throw new RowRejected(RejectReason.WIJK_ONBEKEND, "wijk_code");
    }
    int leeftijd = row.whole("leeftijd");
    String aantal;
    if (forecast) {
      BigDecimal modelled = row.decimal("aantal");
      if (modelled.signum() < 0) {
        throw new RowRejected(RejectReason.GETAL_ONGELDIG, "aantal");
      }
      aantal = modelled.toPlainString();
    } else {
      aantal = Integer.toString(row.whole("aantal"));
    }
    return new String[] {Integer.toString(jaar), wijk, Integer.toString(leeftijd), aantal};
  }
}
