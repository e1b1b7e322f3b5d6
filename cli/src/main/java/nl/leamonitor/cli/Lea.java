package nl.leamonitor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code lea} command. Exit codes follow contract section 5: 0 success, 2 usage or
 * configuration error, 3 input rejected, 4 output folder locked, 1 anything else; errors are one
 * clear Dutch message on stderr, never a bare stack trace or a Java class name.
 *
 * <p>A parameter error (an unknown option, a missing one, a value an option does not accept) is one
 * message naming the option, the value and what is accepted, and a line pointing at the command's
 * help ({@link ParameterErrors}). An output folder the user named that cannot be written is a
 * configuration error, exit 2 ({@link OutputFolder}). The help of every command is Dutch ({@link
 * DutchHelp}), with its exit codes and examples.
 */
@Command(
    name = "lea",
    versionProvider = VersionInfo.class,
    description = "LEA Monitor: de indicatoren van de Lokaal Educatieve Agenda Zoetermeer.",
    subcommands = {
      RunCommand.class,
      CheckCommand.class,
      PseudonymiseCommand.class,
      SampleCommand.class
    },
    exitCodeList = {
      Lea.EXIT_OK,
      Lea.EXIT_FAILURE,
      Lea.EXIT_USAGE_OUT,
      Lea.EXIT_INPUT_REJECTED,
      Lea.EXIT_LOCKED
    },
    footer = {
      "  lea sample --out aanlevering",
      "  lea controleer --input aanlevering",
      "  lea run --input aanlevering --out uit --rapportagedatum 30-06-2025",
      "  lea run --help"
    })
public final class Lea implements Runnable {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int INPUT_REJECTED = 3;
  static final int LOCKED = 4;

  /** The exit codes as the help lists them ({@code code:text}). */
  static final String EXIT_OK = "0:gelukt";

  static final String EXIT_FAILURE = "1:onverwachte fout (start opnieuw met LEA_DEBUG=1)";
  static final String EXIT_USAGE = "2:fout in de opdracht, een optie of de configuratie";
  static final String EXIT_USAGE_OUT =
      "2:fout in de opdracht, een optie of de configuratie, of een uitvoermap die niet"
          + " beschreven kan worden";
  static final String EXIT_INPUT_REJECTED =
      "3:invoer afgekeurd: een bestandsprobleem of te veel afgekeurde regels";
  static final String EXIT_LOCKED = "4:de uitvoermap is in gebruik door een andere run";

  @Mixin HelpOptions helpOptions;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterErrors.InDutch(
        spec.commandLine(), "Geef een opdracht: run, controleer, pseudonimiseer of sample.");
  }

  /** Runs the command line and returns the contract's exit code. */
  public static int execute(String... args) {
    return execute(ConsoleCharset.writer(System.out), ConsoleCharset.writer(System.err), args);
  }

  /** Runs the command line with its messages and help written to {@code out} and {@code err}. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Lea());
    DutchHelp.apply(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(new ParameterErrors());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> exitCodeFor(e, commandLine));
    int exitCode;
    try {
      exitCode = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // An Error passes picocli's handler: without this, Java's stack trace would be the message.
      Failure.of(e).lines().forEach(err::println);
      exitCode = FAILURE;
    }
    out.flush();
    err.flush();
    return exitCode;
  }

  private static int exitCodeFor(Exception e, CommandLine commandLine) {
    PrintWriter err = commandLine.getErr();
    Failure failure = Failure.of(e);
    failure.lines().forEach(err::println);
    if (failure.exitCode() == FAILURE && System.getenv("LEA_DEBUG") != null) {
      err.print(Failure.trace(e));
    }
    err.flush();
    return failure.exitCode();
  }

  public static void main(String[] args) {
    ConsoleCharset.apply();
    System.exit(execute(args));
  }
}
