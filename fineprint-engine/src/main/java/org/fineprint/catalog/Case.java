package org.fineprint.catalog;

import java.util.List;
import org.fineprint.registry.DocumentType;

/** PROVISIONAL (replaced by the catalog branch): one catalogue case. */
public record Case(String id, String title, String topic, Sentiment sentiment, int severity, String description,
                   List<DocumentType> documents, CaseMaps maps, List<String> cues) {
}
