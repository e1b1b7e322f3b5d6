package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/** Validates {@code referentie/wijken.csv} and registers each wijk for the postcode lookup. */
public final class WijkenValidator implements RowValidator {
  private final WijkLookup wijken;

  public WijkenValidator(WijkLookup wijken) {
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("wijk_code", "wijk_naam", "gemeente_code");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("gemeente_naam");
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("wijk_code"), text("wijk_naam"), text("gemeente_code"), text("gemeente_naam"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    String code = row.wijkCode("wijk_code");
    String name = row.required("wijk_naam");
    String gemeente = row.gemeenteCode("gemeente_code");
    String gemeenteNaam = row.text("gemeente_naam");
    wijken.addWijk(code, name);
    return new String[] {code, name, gemeente, gemeenteNaam.isEmpty() ? null : gemeenteNaam};
  }
}
