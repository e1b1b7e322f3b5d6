package nl.leamonitor.cli.publish;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Copies the run's log lines into {@code lea.log} in the run's folder, beside what it published.
 * Under spark-submit the logging backend is Spark's (Log4j), not Logback: then the lines go where
 * Spark's logging sends them and {@code lea.log} says so.
 */
public final class RunLog implements AutoCloseable {
  private final FileAppender<ILoggingEvent> appender;
  private final Logger root;

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private RunLog(FileAppender<ILoggingEvent> appender, Logger root) {
    this.appender = appender;
    this.root = root;
  }

  /** Starts writing the log to a file. */
  public static RunLog start(Path file) throws java.io.IOException {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      java.nio.file.Files.writeString(
          file,
          "Het logboek van deze run staat in de logging van de omgeving ("
              + LoggerFactory.getILoggerFactory().getClass().getName()
              + "), bijvoorbeeld die van spark-submit.\n");
      LOG.info(
          "lea.log verwijst naar de logging van de omgeving ({})",
          LoggerFactory.getILoggerFactory().getClass().getSimpleName());
      return new RunLog(null, null);
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("run");
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    return new RunLog(appender, root);
  }

  @Override
  public void close() {
    if (appender != null) {
      root.detachAppender(appender);
      appender.stop();
    }
  }
}
