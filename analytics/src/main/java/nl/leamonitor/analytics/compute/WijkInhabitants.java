package nl.leamonitor.analytics.compute;

import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A wijk's inhabitants aged 0 to 23 in a schooljaar (on 1 October of its first year): the size of
 * the wijk that the wijkvergelijking shows beside its figures.
 *
 * @param schooljaar the schooljaar
 * @param wijkCode the wijk
 * @param count the inhabitants aged 0 to 23
 */
public record WijkInhabitants(Schooljaar schooljaar, String wijkCode, long count) {}
