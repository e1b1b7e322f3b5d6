package nl.leamonitor.ingest.validate;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.pseudonym.Pseudonymiser;
import nl.leamonitor.ingest.values.Bsn;

/**
 * Reads a row's person: a {@code leerling_id} as delivered, or a {@code bsn} (or onderwijsnummer)
 * turned into its pseudonym, so both forms of one child meet as one person.
 */
public final class PersonIdentifier {
  static final String LEERLING_ID = "leerling_id";
  static final String BSN = "bsn";
  private static final Pattern LEERLING_ID_FORM = Pattern.compile("[A-Za-z0-9_-]{6,128}");

  private final boolean hasLeerlingId;
  private final boolean hasBsn;
  private final Pseudonymiser pseudonymiser;
  private final String keyVersion;

  /**
   * A row's person.
   *
   * @param id the pseudonym, or the partner's leerling_id
   * @param keyVersion the fingerprint of the key that made the pseudonym; null for a delivered
   *     leerling_id
   */
  public record Person(String id, String keyVersion) {}

  /**
   * Creates the identifier for a file's header. A file with neither column is a file problem; a
   * file with a {@code bsn} column and no key is a configuration error, never a silent default.
   */
  public PersonIdentifier(Header header, Optional<PseudonymKey> key) {
    hasLeerlingId = header.has(LEERLING_ID);
    hasBsn = header.has(BSN);
    if (!hasLeerlingId && !hasBsn) {
      throw new InputRejectedException(
          new FileProblem(
              header.file(),
              header.line(),
              "leerling_id|bsn",
              "verplichte kolom ontbreekt: een persoon wordt aangewezen met leerling_id of bsn",
              "Voeg de kolom leerling_id (gepseudonimiseerd) of bsn toe." + header.foundColumns()));
    }
    if (hasBsn && key.isEmpty()) {
      throw new ConfigurationException(
          header.file()
              + " heeft een kolom bsn, maar er is geen pseudonimiseringssleutel. Zet de sleutel in"
              + " de omgevingsvariabele "
              + PseudonymKey.ENVIRONMENT_VARIABLE
              + " of noem een sleutelbestand in de configuratie.");
    }
    pseudonymiser = hasBsn ? new Pseudonymiser(key.get()) : null;
    keyVersion = hasBsn ? key.get().fingerprint() : null;
  }

  /** Returns the row's person as a pseudonym or an already pseudonymised leerling_id. */
  public Person person(Row row) throws RowRejected {
    String id = hasLeerlingId ? row.text(LEERLING_ID) : "";
    String bsn = hasBsn ? row.text(BSN) : "";
    if (!id.isEmpty() && !bsn.isEmpty()) {
      throw new RowRejected(RejectReason.IDENTITEIT_DUBBEL, "leerling_id|bsn");
    }
    if (!bsn.isEmpty()) {
      String digits = Bsn.nineDigits(bsn);
      if (digits == null || !(Bsn.isBsn(digits) || Bsn.isOnderwijsnummer(digits))) {
        throw new RowRejected(RejectReason.BSN_ONGELDIG, BSN);
      }
      return new Person(pseudonymiser.pseudonym(digits), keyVersion);
    }
    if (!id.isEmpty()) {
      if (!LEERLING_ID_FORM.matcher(id).matches()) {
        throw new RowRejected(RejectReason.LEERLING_ID_ONGELDIG, LEERLING_ID);
      }
      if (Bsn.isPersonalNumber(id)) {
        throw new RowRejected(RejectReason.LEERLING_ID_IS_BSN, LEERLING_ID);
      }
      return new Person(id, null);
    }
    throw new RowRejected(RejectReason.IDENTITEIT_ONTBREEKT, "leerling_id|bsn");
  }
}
