package nl.leamonitor.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The dialect detected for one delivered file.
 *
 * @param delimiter {@code ;}, {@code ,} or tab
 * @param charset UTF-8 or Windows-1252
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark (3 bytes, skipped)
 * @param separatorLine whether its first line is Excel's delimiter hint {@code sep=;}, which is
 *     neither header nor row
 * @param mixedEncodingLine for a Windows-1252 file that holds UTF-8 multi-byte sequences, the first
 *     line holding one; otherwise 0
 * @param textBytes the file's length before the run of Ctrl-Z and NUL bytes at its end (contract
 *     section 1: that padding is not read); {@link Long#MAX_VALUE} when not known, for a part of a
 *     file that ends before it
 * @param paddingBytes the length of that run of Ctrl-Z and NUL bytes (0 when there is none)
 */
public record CsvDialect(
    char delimiter,
    Charset charset,
    boolean byteOrderMark,
    boolean separatorLine,
    long mixedEncodingLine,
    long textBytes,
    long paddingBytes) {

  /** A dialect without a {@code sep=} line, mixed encodings or end padding. */
  public CsvDialect(char delimiter, Charset charset, boolean byteOrderMark) {
    this(delimiter, charset, byteOrderMark, false, 0, Long.MAX_VALUE, 0);
  }

  /** Returns a stream of the file's text: the stream over the whole file, ended before padding. */
  public InputStream text(InputStream file) throws IOException {
    return textBytes == Long.MAX_VALUE
        ? file
        : BoundedInputStream.builder().setInputStream(file).setMaxCount(textBytes).get();
  }

  /**
   * Returns whether a record is the {@code sep=} line: the record on line 1 of a file that has one.
   */
  public boolean isSeparatorLine(RawRow record) {
    return separatorLine && record.line() == 1;
  }

  /**
   * Returns a short Dutch description for logs and reports, e.g. {@code ';' UTF-8 met BOM}, {@code
   * ';' Windows-1252, met UTF-8-tekens vanaf regel 12} or {@code ';' UTF-8, sep-regel, 1 byte
   * opvulling aan het eind genegeerd}.
   */
  public String describe() {
    String sep = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    String enc = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
    return sep
        + " "
        + enc
        + (byteOrderMark ? " met BOM" : "")
        + (separatorLine ? ", sep-regel" : "")
        + (mixedEncodingLine > 0 ? ", met UTF-8-tekens vanaf regel " + mixedEncodingLine : "")
        + (paddingBytes > 0
            ? String.format(
                Locale.forLanguageTag("nl-NL"),
                ", %,d %s opvulling aan het eind genegeerd",
                paddingBytes,
                paddingBytes == 1 ? "byte" : "bytes")
            : "");
  }
}
