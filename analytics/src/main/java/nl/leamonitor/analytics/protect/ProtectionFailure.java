package nl.leamonitor.analytics.protect;

/**
 * Thrown when a primary-suppressed figure cannot be protected: no published figure is left whose
 * suppression would widen its range to k values. Nothing of the run may then be published.
 */
public final class ProtectionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the failure for a target, with a Dutch message that names it but no value. */
  public ProtectionFailure(Target target, int k) {
    super(
        "de bescherming van kleine aantallen sluit niet: de "
            + target.describe()
            + " is af te leiden tot minder dan "
            + k
            + " mogelijke waarden, en geen ander cijfer kan nog worden weggelaten;"
            + " er wordt niets gepubliceerd");
  }
}
