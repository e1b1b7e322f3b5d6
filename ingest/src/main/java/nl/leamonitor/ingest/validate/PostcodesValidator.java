package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.lake.LakeColumn;

/**
 * Validates {@code referentie/postcodes.csv}. A postcode mapped to a wijk that {@code wijken.csv}
 * does not have, and a postcode listed twice with different wijk codes (the wijk of its residents
 * would be arbitrary), are problems with the whole file (contract section 1), not rejected rows.
 * The same postcode twice with the same wijk code is a duplicate: the first row wins and the lake
 * counts the later one as a duplicate. Postcodes are compared after normalisation ({@code 2711 ab}
 * is {@code 2711AB}); rows must be validated in file order, so the first row is the earlier line.
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
    WijkLookup.PostcodeRow earlier = wijken.addPostcode(postcode, wijk, row.line());
    if (earlier != null && !earlier.wijkCode().equals(wijk)) {
      throw new InputRejectedException(
          new FileProblem(
              row.file(),
              row.line(),
              "postcode",
              "postcode "
                  + postcode
                  + " staat op regel "
                  + earlier.line()
                  + " bij wijk_code "
                  + earlier.wijkCode()
                  + " en op regel "
                  + row.line()
                  + " bij wijk_code "
                  + wijk
                  + "; de wijk van de inwoners zou dan willekeurig zijn",
              "Geef elke postcode één wijk_code: verwijder of corrigeer een van de twee regels"
                  + " in postcodes.csv."));
    }
    return new String[] {postcode, wijk};
  }
}
