package nl.leamonitor.ingest.delivery;

import java.nio.file.Path;

/**
 * One recognised file of a delivery folder.
 *
 * @param path where it is
 * @param name its path relative to the delivery folder with {@code /} separators, as published
 * @param dataset which dataset it delivers
 */
public record DeliveryFile(Path path, String name, Dataset dataset) {}
