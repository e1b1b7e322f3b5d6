package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.date;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.time.LocalDate;
import java.util.List;
import nl.leamonitor.ingest.codes.Situatie;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Validates {@code rmc}: the gemeente's register of young people without a startkwalificatie who
 * are not at school, each row a situatie on a peildatum. The lake partitions the rows by the
 * schooljaar whose {@code P(t)} to {@code P(t+1) - 1} holds the peildatum (a derived column, as
 * thuiszitters derive theirs from the startdatum), the year I16 counts the row in.
 */
public final class RmcValidator implements RowValidator {
  private final PersonIdentifier persons;
  private final WijkLookup wijken;

  public RmcValidator(PersonIdentifier persons, WijkLookup wijken) {
    this.persons = persons;
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("geboortedatum", "postcode", "peildatum", "situatie");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("persoon"),
        text("sleutel_versie"),
        text("schooljaar"),
        date("geboortedatum"),
        text("postcode"),
        text("wijk_code"),
        date("peildatum"),
        text("situatie"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    PersonIdentifier.Person person = persons.person(row);
    LocalDate born = row.date("geboortedatum");
    String postcode = row.postcode("postcode");
    LocalDate peildatum = row.date("peildatum");
    Situatie situatie = row.code("situatie", Situatie::parse);
    if (born.isAfter(peildatum)) {
      throw new RowRejected(RejectReason.GEBOORTEDATUM_NA_PEILDATUM_RMC, "geboortedatum");
    }
    return new String[] {
      person.id(),
      person.keyVersion(),
      Schooljaar.containing(peildatum).label(),
      born.toString(),
      postcode,
      wijken.wijkOf(postcode),
      peildatum.toString(),
      situatie.name()
    };
  }
}
