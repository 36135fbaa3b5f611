package org.fineprint.server.archive;

import java.time.Clock;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.extract.Extractor;
import org.fineprint.fetch.AddressGuard;
import org.fineprint.fetch.DocumentFetcher;
import org.fineprint.fetch.FetchSettings;
import org.fineprint.fetch.Fetcher;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.FetchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The engine's fetcher and extractor, configured from {@code fineprint.fetch.*}, and the tracker on top. */
@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TrackingConfiguration.class);

    /** Plain HTTP, with the headless browser for declarations that ask for it or when HTTP looks blocked. */
    @Bean
    @ConditionalOnMissingBean(Fetcher.class)
    Fetcher fetcher(FetchProperties properties, Clock clock) {
        FetchSettings settings = properties.toSettings();
        if (settings.allowPrivateNetwork()) {
            log.warn("fetching from private, loopback and link-local addresses is allowed "
                    + "(fineprint.fetch.allow-private-network=true)");
        }
        return DocumentFetcher.create(settings, AddressGuard.of(settings), clock);
    }

    /** HTML, PDF and text by media type, each source's select/remove rules, then the normaliser. */
    @Bean
    @ConditionalOnMissingBean(Extractor.class)
    Extractor extractor() {
        return new DefaultExtractor();
    }

    @Bean
    Tracker tracker(DocumentRepository documents, Archiver archiver, FetchAttemptRepository attempts, Fetcher fetcher,
                    Extractor extractor, ApplicationEventPublisher events, Clock clock,
                    PlatformTransactionManager transactionManager) {
        return new Tracker(documents, archiver, attempts, fetcher, extractor, events, clock, transactionManager);
    }

    @Bean
    TrackingRun trackingRun(Tracker tracker, DocumentRepository documents, ServiceRepository services) {
        return new TrackingRun(tracker, documents, services);
    }
}
