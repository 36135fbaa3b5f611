package org.fineprint.catalog;

import java.util.List;
import java.util.Optional;

/** PROVISIONAL (replaced by the catalog branch). */
public final class CaseCatalog {
    private final List<Case> cases;

    public CaseCatalog(List<Case> cases) {
        this.cases = List.copyOf(cases);
    }

    public static CaseCatalog builtIn() {
        throw new UnsupportedOperationException("provisional");
    }

    public List<Case> all() {
        return cases;
    }

    public Optional<Case> byId(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
