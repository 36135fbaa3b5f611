package org.fineprint.registry;

import java.util.Map;

/**
 * An Open Terms Archive service declaration ({@code <ServiceId>.json}): the service name and one
 * declaration per terms type, keyed by the Open Terms Archive terms type name as written in the file.
 */
public record ServiceDeclaration(String id, String name, Map<String, Declaration> terms) {
    public ServiceDeclaration {
        terms = Map.copyOf(terms);
    }
}
