package nl.leamonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import nl.leamonitor.cli.publish.OutputLockedException;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.IoCause;
import nl.leamonitor.ingest.values.BsnMask;

/**
 * What a user reads when a command stops with an exception, with the contract's exit code for it
 * (section 5). The same Dutch lines go to stderr and, for a run that has a folder, into its {@code
 * lea.log}. An unexpected error never shows a Java class name: a failed file operation is told in
 * words ({@link IoCause}); otherwise only a message LEA Monitor wrote itself is shown, and none
 * that names a class.
 *
 * @param exitCode the exit code
 * @param lines the message, one or more lines
 */
record Failure(int exitCode, List<String> lines) {
  /** A qualified Java name, a class name ending in Exception or Error, or Java's "class X". */
  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\b(?:java|javax|jdk|sun|org|com|net|io|nl)\\.[\\w$.]+"
              + "|\\b[A-Z]\\w*(?:Exception|Error)\\b|\\bclass\\s");

  /** Returns what the user reads for an exception that stopped a command. */
  static Failure of(Throwable thrown) {
    Throwable e = thrown;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof OutOfMemoryError) {
      // Java's own heap (DuckDB's memory is duckdb_geheugen): the launcher gives 1 GB.
      return new Failure(
          Lea.FAILURE,
          List.of(
              "Onverwachte fout: Java had te weinig geheugen voor deze aanlevering. Geef Java meer"
                  + " geheugen: start ./lea met LEA_JAVA_OPTS=\"-Xmx2g -XX:+UseParallelGC\""
                  + " (standaard -Xmx1g)."));
    }
    if (e instanceof ConfigurationException) {
      return new Failure(Lea.USAGE, List.of("Configuratiefout: " + e.getMessage()));
    }
    if (e instanceof InputRejectedException rejected) {
      List<String> lines = new ArrayList<>();
      lines.add("Invoer afgekeurd, er is niets gepubliceerd:");
      rejected.problems().forEach(p -> lines.add("  " + p.message()));
      return new Failure(Lea.INPUT_REJECTED, List.copyOf(lines));
    }
    if (e instanceof OutputLockedException) {
      return new Failure(Lea.LOCKED, List.of(e.getMessage()));
    }
    if (outOfDuckDbMemory(e)) {
      // DuckDB's own message is English, with SQL and paths; what to do is one setting.
      return new Failure(
          Lea.FAILURE,
          List.of(
              "Onverwachte fout: DuckDB had te weinig geheugen voor deze aanlevering. Zet"
                  + " duckdb_geheugen in lea.yaml hoger (standaard "
                  + nl.leamonitor.ingest.MemoryLimit.DEFAULT
                  + "), of laat het weg."));
    }
    Optional<IOException> io = ioCause(e);
    if (io.isPresent()) {
      // An UncheckedIOException's message says what LEA Monitor was doing ("rapport.pdf kon niet
      // geschreven worden"); an IOException's own is the file or the system's English reason.
      Optional<String> context =
          e instanceof UncheckedIOException ? readable(e) : Optional.<String>empty();
      return new Failure(
          Lea.FAILURE,
          List.of(
              "Onverwachte fout: "
                  + context.map(c -> c + ": ").orElse("")
                  + IoCause.describe(io.get())
                  + ". "
                  + IoCause.of(io.get()).advice()));
    }
    Optional<String> context = ownMessage(e) ? readable(e) : Optional.empty();
    return new Failure(
        Lea.FAILURE,
        List.of(
            "Onverwachte fout"
                + context.map(c -> ": " + c).orElse(" in LEA Monitor")
                + ". Start opnieuw met LEA_DEBUG=1 voor de details."));
  }

  /**
   * Returns whether an exception's message was written by LEA Monitor: one it throws itself with a
   * message (not one the JVM makes, as for a null pointer, nor a library's, which is English).
   */
  private static boolean ownMessage(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return (e instanceof IllegalStateException
            || e instanceof IllegalArgumentException
            || e instanceof UnsupportedOperationException)
        && trace.length > 0
        && trace[0].getClassName().startsWith("nl.leamonitor.");
  }

  /**
   * Returns the stack trace that {@code LEA_DEBUG} adds for an unexpected error, masked: its
   * messages may repeat a value an error choked on.
   */
  static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return BsnMask.inText(trace.toString());
  }

  /** Returns whether DuckDB stopped on its memory limit somewhere in the chain of causes. */
  private static boolean outOfDuckDbMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Out of Memory Error")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first file operation that failed in the chain of causes. */
  private static Optional<IOException> ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns an exception's message where a user can read it: masked (it may repeat a value it
   * choked on), and not when it names a Java class.
   */
  private static Optional<String> readable(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank() || JAVA_NAME.matcher(message).find()) {
      return Optional.empty();
    }
    String text = BsnMask.inText(message.strip());
    return Optional.of(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
  }
}
