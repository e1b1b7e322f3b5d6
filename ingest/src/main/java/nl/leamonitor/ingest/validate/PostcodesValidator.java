package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.lake.LakeColumn;

/**
 * Validates {@code referentie/postcodes.csv}. A postcode mapped to a wijk that {@code wijken.csv}
 * does not have is a problem with the whole file (contract section 1), not a rejected row.
 */
public final class PostcodesValidator implements RowValidator {
  private final WijkLookup wijken;

  public PostcodesValidator(WijkLookup wijken) {
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("postcode", "wijk_code");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(text("postcode"), text("wijk_code"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    String postcode = row.postcode("postcode");
    String wijk = row.wijkCode("wijk_code");
    if (!wijken.isWijk(wijk)) {
      throw new InputRejectedException(
          new FileProblem(
              row.file(),
              row.line(),
              "wijk_code",
              "wijk_code " + wijk + " staat niet in referentie/wijken.csv",
              "Voeg de wijk toe aan wijken.csv of corrigeer de code in postcodes.csv."));
    }
    wijken.addPostcode(postcode, wijk);
    return new String[] {postcode, wijk};
  }
}
