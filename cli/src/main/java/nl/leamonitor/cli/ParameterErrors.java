package nl.leamonitor.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.leamonitor.cli.option.OptionValueException;
import nl.leamonitor.ingest.values.BsnMask;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in Dutch what is wrong with a command line: one message naming the option, the value given
 * and what is accepted, then {@code Zie lea <opdracht> --help.}, and exit code 2 (contract section
 * 5). Each kind of picocli's {@link ParameterException} has its own message, built from the
 * exception's parts (the option, the value, the arguments left over), never from picocli's English
 * text; no usage text follows, as it would bury the message.
 */
final class ParameterErrors implements IParameterExceptionHandler {
  /** A parameter error whose message is already Dutch and complete. */
  static final class InDutch extends ParameterException {
    InDutch(CommandLine commandLine, String message) {
      super(commandLine, message);
    }
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(message(e, args));
    err.println("Zie " + commandLine.getCommandSpec().qualifiedName() + " --help.");
    err.flush();
    return Lea.USAGE;
  }

  /** Returns the one-line Dutch message for a parameter error. */
  static String message(ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (e instanceof InDutch) {
      return e.getMessage();
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return unmatched(spec, unmatched.getUnmatched());
    }
    if (e instanceof MissingParameterException missing) {
      // picocli checks the required options before it reports arguments it could not place: a
      // mistyped --input is then reported as a missing --input, which hides the typing error.
      List<String> leftOver = e.getCommandLine().getUnmatchedArguments();
      if (!leftOver.isEmpty()) {
        return unmatched(spec, leftOver);
      }
      return missing(spec, missing.getMissing(), args);
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return "De optie "
          + name(overwritten.getOverwritten())
          + " is meer dan eens gegeven bij "
          + spec.qualifiedName()
          + "; geef haar één keer.";
    }
    if (e.getArgSpec() != null) {
      String given =
          "Ongeldige waarde voor "
              + name(e.getArgSpec())
              + ": '"
              + BsnMask.inText(String.valueOf(e.getValue()))
              + "'.";
      return e.getCause() instanceof OptionValueException accepted
          ? given + " " + accepted.getMessage()
          : given;
    }
    return "De opdrachtregel van " + spec.qualifiedName() + " kon niet gelezen worden.";
  }

  private static String unmatched(CommandSpec spec, List<String> leftOver) {
    String first = BsnMask.inText(leftOver.get(0));
    if (first.startsWith("-")) {
      return "Onbekende optie '"
          + first
          + "' bij "
          + spec.qualifiedName()
          + ". Geldige opties: "
          + spec.options().stream()
              .map(OptionSpec::longestName)
              .distinct()
              .sorted()
              .collect(Collectors.joining(", "))
          + (spec.subcommands().isEmpty()
              ? "."
              : "; of geef een opdracht: " + or(spec.subcommands().keySet()) + ".");
    }
    if (!spec.subcommands().isEmpty()) {
      return "Onbekende opdracht '" + first + "'. Kies " + or(spec.subcommands().keySet()) + ".";
    }
    return "Onverwacht argument '"
        + first
        + "' bij "
        + spec.qualifiedName()
        + ": deze opdracht kent alleen opties met een waarde, zoals "
        + example(spec)
        + ". Staat er een spatie in een pad, zet het pad dan tussen aanhalingstekens.";
  }

  private static String missing(CommandSpec spec, List<ArgSpec> missing, String[] args) {
    List<String> given = Arrays.asList(args);
    for (ArgSpec arg : missing) {
      // The option is on the command line, so it is its value that is missing.
      if (arg instanceof OptionSpec option
          && Arrays.stream(option.names()).anyMatch(given::contains)) {
        return "Bij de optie "
            + option.longestName()
            + " ontbreekt de waarde: geef "
            + withLabel(option)
            + ".";
      }
    }
    List<String> named = missing.stream().map(ParameterErrors::withLabel).toList();
    return named.size() == 1
        ? "De verplichte optie " + named.get(0) + " ontbreekt bij " + spec.qualifiedName() + "."
        : "De verplichte opties " + and(named) + " ontbreken bij " + spec.qualifiedName() + ".";
  }

  /** Returns the first required option with its value, as an example of what a command takes. */
  private static String example(CommandSpec spec) {
    return spec.options().stream()
        .filter(o -> !o.usageHelp() && !o.versionHelp())
        .sorted(
            (a, b) ->
                a.required() != b.required()
                    ? (a.required() ? -1 : 1)
                    : a.longestName().compareTo(b.longestName()))
        .findFirst()
        .map(ParameterErrors::withLabel)
        .orElse("--help");
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static String withLabel(ArgSpec arg) {
    return arg instanceof OptionSpec option
        ? option.longestName() + " " + option.paramLabel()
        : arg.paramLabel();
  }

  private static String or(java.util.Collection<String> names) {
    return join(List.copyOf(names), " of ");
  }

  private static String and(List<String> names) {
    return join(names, " en ");
  }

  private static String join(List<String> names, String last) {
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + last
            + names.get(names.size() - 1);
  }
}
