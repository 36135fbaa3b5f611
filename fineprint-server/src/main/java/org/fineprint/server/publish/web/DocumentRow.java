package org.fineprint.server.publish.web;

import java.util.Locale;
import org.fineprint.server.registry.Document;
import org.jspecify.annotations.Nullable;

/** One document as a service page lists it. */
record DocumentRow(String type, String typeName, String title, @Nullable String sourceUrl,
                   @Nullable String jurisdiction, @Nullable String language, @Nullable DisplayDate lastChecked,
                   @Nullable DisplayDate lastChanged) {

    static DocumentRow of(Document document) {
        return new DocumentRow(document.type().id(), document.type().title(), document.title(), document.sourceUrl(),
                countryName(document.jurisdiction()), languageName(document.language()),
                DisplayDate.of(document.lastCheckedAt()), DisplayDate.of(document.lastChangedAt()));
    }

    /** {@code US} → "United States"; unknown codes are shown as given. */
    static @Nullable String countryName(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** {@code en} → "English"; unknown codes are shown as given. */
    static @Nullable String languageName(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }
}
