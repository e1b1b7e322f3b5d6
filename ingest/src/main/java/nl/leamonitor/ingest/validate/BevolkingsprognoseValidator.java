package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.decimal;
import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.math.BigDecimal;
import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/**
 * Validates {@code referentie/bevolkingsprognose.csv}: the gemeente's forecast population on 1
 * October by wijk, year and age (contract section 1). A forecast is a modelled number, so {@code
 * aantal} may have decimals; it may not be negative.
 */
public final class BevolkingsprognoseValidator implements RowValidator {
  private final WijkLookup wijken;

  public BevolkingsprognoseValidator(WijkLookup wijken) {
    this.wijken = wijken;
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
    return List.of(integer("jaar"), text("wijk_code"), integer("leeftijd"), decimal("aantal"));
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
    BigDecimal aantal = row.decimal("aantal");
    if (aantal.signum() < 0) {
      throw new RowRejected(RejectReason.GETAL_ONGELDIG, "aantal");
    }
    return new String[] {
      Integer.toString(jaar), wijk, Integer.toString(leeftijd), aantal.toPlainString()
    };
  }
}
