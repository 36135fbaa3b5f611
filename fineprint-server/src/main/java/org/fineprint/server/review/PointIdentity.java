package org.fineprint.server.review;

import org.fineprint.registry.DocumentType;

/**
 * What names a point across re-analyses: a service has at most one point per catalogue case per
 * document, and every analysis re-creates its points, so reports and corrections refer to this
 * (with the service) rather than to a stored point.
 *
 * @param documentType the type of the document the point was found in
 * @param caseId the catalogue case id, e.g. {@code arbitration-mandatory}
 */
public record PointIdentity(DocumentType documentType, String caseId) {
    public PointIdentity {
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("a point identity needs a case id");
        }
    }

    @Override
    public String toString() {
        return documentType.id() + "/" + caseId;
    }
}
