package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/** Validates {@code referentie/scholen.csv}: school locations, each placed in its wijk. */
public final class ScholenValidator implements RowValidator {
  private final WijkLookup wijken;

  public ScholenValidator(WijkLookup wijken) {
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("brin", "naam", "postcode");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("vestiging");
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("brin"), text("vestiging"), text("naam"), text("postcode"), text("wijk_code"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    String brin = row.brin("brin");
    String vestiging = row.optionalVestiging("vestiging");
    String naam = row.required("naam");
    String postcode = row.postcode("postcode");
    return new String[] {brin, vestiging, naam, postcode, wijken.wijkOf(postcode)};
  }
}
