package nl.leamonitor.cli.publish;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Copies the run's log lines into {@code lea.log} in the run's folder, beside what it published, in
 * UTF-8. The lines are kept from the start of the command, before the run's folder exists, so that
 * the log also holds what came first (the key's fingerprint, the files the scan of the delivery
 * ignored). A failed run's log ends with the message the user read on stderr ({@link #failure}).
 * Under spark-submit the logging backend is Spark's (Log4j), not Logback: then the lines go where
 * Spark's logging sends them and {@code lea.log} says so, followed by the failure's message if
 * there is one.
 */
public final class RunLog implements AutoCloseable {
  /** The logger whose lines go to {@code lea.log} only: the user already read them on stderr. */
  private static final String FILE_ONLY = "lea.log";

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private final LoggerContext context;
  private ListAppender<ILoggingEvent> buffer;
  private FileAppender<ILoggingEvent> appender;
  private Path plainFile;

  private RunLog(LoggerContext context, ListAppender<ILoggingEvent> buffer) {
    this.context = context;
    this.buffer = buffer;
  }

  /** Starts keeping the log lines until {@link #writeTo} names the file. */
  public static RunLog capture() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return new RunLog(null, null);
    }
    ListAppender<ILoggingEvent> buffer = new ListAppender<>();
    buffer.setContext(context);
    buffer.setName("run-begin");
    buffer.start();
    root(context).addAppender(buffer);
    return new RunLog(context, buffer);
  }

  /** Writes the lines kept so far to a file, and every line after them. */
  public void writeTo(Path file) throws IOException {
    if (context == null) {
      Files.writeString(
          file,
          "Het logboek van deze run staat in de logging van de omgeving ("
              + LoggerFactory.getILoggerFactory().getClass().getName()
              + "), bijvoorbeeld die van spark-submit.\n",
          StandardCharsets.UTF_8);
      LOG.info(
          "lea.log verwijst naar de logging van de omgeving ({})",
          LoggerFactory.getILoggerFactory().getClass().getSimpleName());
      plainFile = file;
      return;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n");
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    FileAppender<ILoggingEvent> fileAppender = new FileAppender<>();
    fileAppender.setContext(context);
    fileAppender.setName("run");
    fileAppender.setFile(file.toString());
    fileAppender.setEncoder(encoder);
    fileAppender.start();
    // The command runs on one thread until here: no line falls between the buffer and the file.
    stopBuffer().forEach(fileAppender::doAppend);
    root(context).addAppender(fileAppender);
    Logger fileOnly = context.getLogger(FILE_ONLY);
    fileOnly.setAdditive(false);
    fileOnly.addAppender(fileAppender);
    appender = fileAppender;
  }

  /**
   * Adds the message that stopped the run to {@code lea.log}, the same lines the user read on
   * stderr; nothing when the run stopped before its folder existed.
   */
  public void failure(List<String> lines) {
    if (appender != null) {
      Logger fileOnly = context.getLogger(FILE_ONLY);
      lines.forEach(fileOnly::error);
    } else if (plainFile != null) {
      try {
        Files.write(plainFile, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } catch (IOException e) {
        LOG.warn("De foutmelding kon niet in {} geschreven worden", plainFile);
      }
    }
  }

  @Override
  public void close() {
    stopBuffer();
    if (appender != null) {
      root(context).detachAppender(appender);
      context.getLogger(FILE_ONLY).detachAppender(appender);
      appender.stop();
      appender = null;
    }
  }

  /** Stops keeping lines and returns those kept. */
  private List<ILoggingEvent> stopBuffer() {
    if (buffer == null) {
      return List.of();
    }
    root(context).detachAppender(buffer);
    buffer.stop();
    List<ILoggingEvent> kept = List.copyOf(buffer.list);
    buffer = null;
    return kept;
  }

  private static Logger root(LoggerContext context) {
    return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
