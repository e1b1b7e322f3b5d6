package nl.leamonitor.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * The character set of what {@code lea} prints: the platform's, unless that cannot write Dutch. The
 * POSIX locale of cron, systemd and containers (no {@code LANG}) gives Java 17 ASCII, which prints
 * "ge?nstalleerd"; there {@code lea} writes UTF-8, what today's terminals and journals read.
 */
final class ConsoleCharset {
  private ConsoleCharset() {}

  /** Returns the character set for the terminal. */
  static Charset get() {
    Charset platform = Charset.defaultCharset();
    return platform.newEncoder().canEncode("ëé") ? platform : StandardCharsets.UTF_8;
  }

  /** Returns a writer on a stream of the terminal in {@link #get()}. */
  static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, get()), true);
  }

  /**
   * Makes {@code System.out}, {@code System.err} and the log lines on the terminal write in {@link
   * #get()} where that is not the platform's character set.
   */
  static void apply() {
    Charset charset = get();
    if (charset.equals(Charset.defaultCharset())) {
      return;
    }
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders =
          context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
      while (appenders.hasNext()) {
        if (appenders.next() instanceof OutputStreamAppender<?> console
            && console.getEncoder() instanceof LayoutWrappingEncoder<?> encoder) {
          encoder.setCharset(charset);
        }
      }
    }
  }
}
