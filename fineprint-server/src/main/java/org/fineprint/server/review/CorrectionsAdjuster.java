package org.fineprint.server.review;

import org.fineprint.report.Report;
import org.fineprint.server.analysis.ReportAdjuster;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies curators' corrections to every published report (see {@link Corrector}). They are keyed
 * by (service, document type, case id), so they apply again to each new analysis of the service.
 * Its {@linkplain #state() state} is the latest correction revision, so published reports are
 * worked out again only after a correction changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrectionsAdjuster implements ReportAdjuster {
    private final CorrectionRepository corrections;
    private final Corrector corrector = new Corrector();

    CorrectionsAdjuster(CorrectionRepository corrections) {
        this.corrections = corrections;
    }

    @Override
    public Report adjust(long serviceId, Report published) {
        return corrector.apply(published, corrections.findAllActiveByServiceId(serviceId));
    }

    @Override
    public Object state() {
        return corrections.revision();
    }
}
