package org.fineprint.catalog;

import java.util.List;

/** PROVISIONAL (replaced by the catalog branch). */
public record CaseMaps(List<Integer> tosdr, List<String> claudette, List<String> opp115) {
}
