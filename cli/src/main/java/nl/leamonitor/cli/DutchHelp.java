package nl.leamonitor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Gives the help of {@code lea} and every command Dutch headings in place of picocli's English ones
 * ("Usage:", "Commands:"); the descriptions, exit codes and examples are in each command's
 * annotation.
 */
final class DutchHelp {
  private DutchHelp() {}

  /** Sets the Dutch headings on a command and all its subcommands. */
  static void apply(CommandLine command) {
    UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    usage
        .synopsisHeading("Gebruik: ")
        .synopsisSubcommandLabel("OPDRACHT")
        .optionListHeading("%nOpties:%n")
        .commandListHeading("%nOpdrachten:%n")
        .exitCodeListHeading("%nAfsluitcodes:%n")
        .footerHeading("%nVoorbeelden:%n");
    command.getSubcommands().values().forEach(DutchHelp::apply);
  }
}
