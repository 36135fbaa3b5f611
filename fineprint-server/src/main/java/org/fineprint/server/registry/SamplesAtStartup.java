package org.fineprint.server.registry;

import org.fineprint.server.system.SamplesProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the sample services when the database is empty, once the schema is migrated and before
 * the web server accepts requests. Progress goes to an {@link ImportListener} bean when the
 * application has one (the command line draws a progress bar with it).
 */
@Component
class SamplesAtStartup implements SmartInitializingSingleton {
    private final SamplesProperties properties;
    private final SampleLoader loader;
    private final ObjectProvider<ImportListener> listener;

    SamplesAtStartup(SamplesProperties properties, SampleLoader loader, ObjectProvider<ImportListener> listener) {
        this.properties = properties;
        this.loader = loader;
        this.listener = listener;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.loadOnEmpty()) {
            return;
        }
        SampleCatalog catalog = SampleCatalog.load();
        if (loader.isNeeded(catalog)) {
            loader.load(catalog, listener.getIfAvailable(() -> ImportListener.NONE));
        }
    }
}
