package nl.leamonitor.analytics.compute;

import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One wijk's teller and noemer for an indicator, schooljaar and category, as computed by an engine.
 *
 * @param schooljaar e.g. {@code 2023-2024}
 * @param wijkCode the wijk
 * @param uitsplitsing {@code totaal} or the breakdown's name
 * @param categorie the category, or null for totaal
 * @param teller the teller
 * @param noemer the noemer, or null for a count
 */
public record Cell(
    Schooljaar schooljaar,
    String wijkCode,
    String uitsplitsing,
    String categorie,
    long teller,
    Long noemer) {}
