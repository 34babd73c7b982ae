package org.tori.platform;

import java.io.Serializable;

/**
 * One public record in someone's trail in Tori, as a feature answers it for another feature's page: a
 * title, the path of its public page and a short detail (a place in the results, a city), or null.
 */
public record TrailItem(long id, String title, String path, String detail) implements Serializable {}
