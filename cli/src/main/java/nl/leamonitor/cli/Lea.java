package nl.leamonitor.cli;

import nl.leamonitor.cli.publish.OutputLockedException;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.values.BsnMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lea} command. Exit codes follow contract section 5: 0 success, 2 usage or
 * configuration error, 3 input rejected, 4 output folder locked, 1 anything else; errors are one
 * clear message on stderr, never a bare stack trace.
 */
@Command(
    name = "lea",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "LEA Monitor: de indicatoren van de Lokaal Educatieve Agenda Zoetermeer.",
    subcommands = {
      RunCommand.class,
      CheckCommand.class,
      PseudonymiseCommand.class,
      SampleCommand.class
    })
public final class Lea implements Runnable {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int INPUT_REJECTED = 3;
  static final int LOCKED = 4;

  private static final Logger LOG = LoggerFactory.getLogger(Lea.class);

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Geef een opdracht: run, controleer, pseudonimiseer of sample (zie lea --help).");
  }

  /** Runs the command line and returns the contract's exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Lea());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> exitCodeFor(e, commandLine));
    return cli.execute(args);
  }

  private static int exitCodeFor(Exception e, CommandLine commandLine) {
    java.io.PrintWriter err = commandLine.getErr();
    if (e instanceof ConfigurationException) {
      err.println("Configuratiefout: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof InputRejectedException rejected) {
      err.println("Invoer afgekeurd, er is niets gepubliceerd:");
      rejected.problems().forEach(p -> err.println("  " + p.message()));
      return INPUT_REJECTED;
    }
    if (e instanceof OutputLockedException) {
      err.println(e.getMessage());
      return LOCKED;
    }
    LOG.debug("Onverwachte fout", e);
    // The message of an unexpected error may repeat a value it choked on.
    err.println(
        "Onverwachte fout: "
            + e.getClass().getSimpleName()
            + ": "
            + BsnMask.inText(e.getMessage())
            + " (start met LEA_DEBUG=1 voor details)");
    if (System.getenv("LEA_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return FAILURE;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
