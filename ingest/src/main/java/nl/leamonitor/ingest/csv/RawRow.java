package nl.leamonitor.ingest.csv;

import java.util.List;

/**
 * One CSV record as delivered.
 *
 * @param line the physical line on which the record starts
 * @param fields the fields, untrimmed
 */
public record RawRow(long line, List<String> fields) {}
