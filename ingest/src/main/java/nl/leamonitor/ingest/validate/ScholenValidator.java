package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/**
 * Validates {@code referentie/scholen.csv}: school locations, each placed in its wijk, with the
 * pupil places of the building ({@code capaciteit}, optional, for the forecast's school wijken).
 */
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
    return List.of("vestiging", "capaciteit");
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("brin"),
        text("vestiging"),
        text("naam"),
        text("postcode"),
        text("wijk_code"),
        integer("capaciteit"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    String brin = row.brin("brin");
    String vestiging = row.optionalVestiging("vestiging");
    String naam = row.required("naam");
    String postcode = row.postcode("postcode");
    // An empty capaciteit is "not delivered" (null), never 0 places.
    String capaciteit =
        row.text("capaciteit").isEmpty() ? null : Integer.toString(row.whole("capaciteit"));
    return new String[] {brin, vestiging, naam, postcode, wijken.wijkOf(postcode), capaciteit};
  }
}
