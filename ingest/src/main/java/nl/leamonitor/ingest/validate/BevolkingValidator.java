package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/** Validates {@code referentie/bevolking.csv}: population on 1 October by wijk and age (BRP). */
public final class BevolkingValidator implements RowValidator {
  private final WijkLookup wijken;

  public BevolkingValidator(WijkLookup wijken) {
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
    return List.of(integer("jaar"), text("wijk_code"), integer("leeftijd"), integer("aantal"));
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
    int aantal = row.whole("aantal");
    return new String[] {
      Integer.toString(jaar), wijk, Integer.toString(leeftijd), Integer.toString(aantal)
    };
  }
}
