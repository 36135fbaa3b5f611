package org.fineprint.server.registry;

/**
 * A group of services shown together (Shopping, Social, …).
 *
 * @param id database id
 * @param slug URL name, lower case with hyphens
 * @param name display name
 * @param position sort order on the home page, smallest first
 */
public record Category(long id, String slug, String name, int position) {
}
