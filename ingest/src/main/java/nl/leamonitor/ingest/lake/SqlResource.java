package nl.leamonitor.ingest.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads a named {@code .sql} resource from the classpath: SQL lives in files, not in Java strings.
 */
public final class SqlResource {
  private SqlResource() {}

  /** Returns the text of a resource such as {@code sql/lake/inschrijvingen.sql}. */
  public static String load(String path) {
    try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("SQL-bestand ontbreekt op het classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
