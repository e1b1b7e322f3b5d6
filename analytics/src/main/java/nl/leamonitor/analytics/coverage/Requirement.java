package nl.leamonitor.analytics.coverage;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One condition of contract section 3 for an indicator to cover a schooljaar t: data of a kind
 * delivered for t (or for t+1, t-1), or t's peildatum on or before the rapportagedatum. An empty or
 * missing file delivers nothing, so an indicator that needs it has no row for t, never a row of 0.
 *
 * @param kind what must have been delivered
 * @param sector for enrolment rows, the sector they must be in ({@code VO}); null for any
 * @param offset the schooljaar of the data relative to t: 1 for t+1, -1 for t-1, else 0
 */
public record Requirement(Requirement.Kind kind, String sector, int offset) {
  /** What a requirement asks for, with the SQL model that lists where it was delivered. */
  public enum Kind {
    /** Enrolment rows (of a sector). */
    INSCHRIJVINGEN("int_dekking_inschrijvingen", Dataset.INSCHRIJVINGEN),
    /** A {@code vsv} row. */
    VSV("int_dekking_vsv", Dataset.VSV),
    /** A {@code vertragingen} row. */
    VERTRAGINGEN("int_dekking_vertragingen", Dataset.VERTRAGINGEN),
    /** A {@code schooladviezen} row. */
    SCHOOLADVIEZEN("int_dekking_schooladviezen", Dataset.SCHOOLADVIEZEN),
    /** An {@code rmc} row whose peildatum lies in the schooljaar. */
    RMC("int_dekking_rmc", Dataset.RMC),
    /** {@code bevolking} of jaar YYYY. */
    BEVOLKING("int_dekking_bevolking", Dataset.BEVOLKING),
    /** An accepted ABSOLUUT_VERZUIM or RELATIEF_VERZUIM row whose period overlaps t. */
    VERZUIM("int_dekking_verzuim", Dataset.THUISZITTERS),
    /** P(t) on or before the rapportagedatum; no data, so no model. */
    PEILDATUM(null, null);

    private final String model;
    private final Dataset dataset;

    Kind(String model, Dataset dataset) {
      this.model = model;
      this.dataset = dataset;
    }

    /**
     * Returns the {@code sql/intermediate/} model listing the schooljaren (and sectors) delivered,
     * empty for {@link #PEILDATUM}.
     */
    public Optional<String> model() {
      return Optional.ofNullable(model);
    }

    /** Returns the dataset whose rows show it, empty for {@link #PEILDATUM}. */
    public Optional<Dataset> dataset() {
      return Optional.ofNullable(dataset);
    }
  }

  public Requirement {
    if (sector != null && kind != Kind.INSCHRIJVINGEN) {
      throw new IllegalArgumentException("only enrolment rows have a sector, not " + kind);
    }
  }

  /** Returns the requirement of enrolment rows of a sector in t + offset. */
  public static Requirement inschrijvingen(String sector, int offset) {
    return new Requirement(Kind.INSCHRIJVINGEN, sector.toUpperCase(Locale.ROOT), offset);
  }

  /** Returns the requirement of enrolment rows of any sector in t + offset (I15: t+1). */
  public static Requirement inschrijvingen(int offset) {
    return new Requirement(Kind.INSCHRIJVINGEN, null, offset);
  }

  /** Returns the requirement of a {@code schooladviezen} row of t. */
  public static Requirement schooladviezen() {
    return new Requirement(Kind.SCHOOLADVIEZEN, null, 0);
  }

  /** Returns the requirement of an {@code rmc} row whose peildatum lies in t. */
  public static Requirement rmc() {
    return new Requirement(Kind.RMC, null, 0);
  }

  /** Returns the requirement of a {@code vsv} row of t. */
  public static Requirement vsv() {
    return new Requirement(Kind.VSV, null, 0);
  }

  /** Returns the requirement of a {@code vertragingen} row of t. */
  public static Requirement vertragingen() {
    return new Requirement(Kind.VERTRAGINGEN, null, 0);
  }

  /** Returns the requirement of {@code bevolking} of jaar YYYY, t's first year. */
  public static Requirement bevolking() {
    return new Requirement(Kind.BEVOLKING, null, 0);
  }

  /** Returns the requirement of an absoluut or relatief verzuim row overlapping t. */
  public static Requirement verzuim() {
    return new Requirement(Kind.VERZUIM, null, 0);
  }

  /** Returns the requirement that P(t) is on or before the rapportagedatum. */
  public static Requirement peildatum() {
    return new Requirement(Kind.PEILDATUM, null, 0);
  }

  /** Returns the schooljaar whose data t needs: t + offset. */
  public Schooljaar of(Schooljaar t) {
    return new Schooljaar(t.startYear() + offset);
  }

  /** Returns whether t meets this requirement, given what was delivered. */
  public boolean metBy(Schooljaar t, Delivered delivered, LocalDate rapportagedatum) {
    return kind == Kind.PEILDATUM
        ? !t.peildatum().isAfter(rapportagedatum)
        : delivered.has(kind, of(t), sector);
  }

  /**
   * Returns, in Dutch, what is missing when t does not meet it: {@code geen VO-inschrijvingen van
   * 2025-2026}.
   */
  public String missing(Schooljaar t) {
    Schooljaar data = of(t);
    return switch (kind) {
      case INSCHRIJVINGEN ->
          "geen " + (sector == null ? "" : sector + "-") + "inschrijvingen van " + data.label();
      case VSV -> "geen gegevens over voortijdig schoolverlaters van " + data.label();
      case VERTRAGINGEN -> "geen gegevens over vertragingen van " + data.label();
      case SCHOOLADVIEZEN -> "geen schooladviezen van " + data.label();
      case RMC -> "geen gegevens uit het RMC-register van " + data.label();
      case BEVOLKING -> "geen bevolkingscijfers van 1 oktober " + data.startYear();
      case VERZUIM -> "geen melding van absoluut of relatief verzuim in " + data.label();
      case PEILDATUM ->
          "de peildatum 1 oktober " + data.startYear() + " ligt na de rapportagedatum";
    };
  }
}
