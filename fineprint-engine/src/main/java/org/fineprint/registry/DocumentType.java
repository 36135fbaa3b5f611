package org.fineprint.registry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds of legal document Fineprint tracks; {@link #id()} is the contract's identifier. */
public enum DocumentType {
    TERMS("terms", "Terms of Service"),
    PRIVACY("privacy", "Privacy Policy"),
    COOKIES("cookies", "Cookie Policy"),
    COMMUNITY("community", "Community Guidelines"),
    ACCEPTABLE_USE("acceptable-use", "Acceptable Use Policy"),
    COPYRIGHT("copyright", "Copyright Policy"),
    SALE("sale", "Conditions of Sale"),
    OTHER("other", "Other document");

    private static final Map<String, DocumentType> BY_ID =
            Stream.of(values()).collect(Collectors.toMap(DocumentType::id, t -> t));

    /** Open Terms Archive terms types (and their common aliases) mapped to ours; the rest are OTHER. */
    private static final Map<String, DocumentType> BY_OTA_TYPE = Map.ofEntries(
            Map.entry("terms of service", TERMS),
            Map.entry("terms of use", TERMS),
            Map.entry("terms and conditions", TERMS),
            Map.entry("general terms", TERMS),
            Map.entry("privacy policy", PRIVACY),
            Map.entry("privacy notice", PRIVACY),
            Map.entry("trackers policy", COOKIES),
            Map.entry("cookie policy", COOKIES),
            Map.entry("cookies policy", COOKIES),
            Map.entry("community guidelines", COMMUNITY),
            Map.entry("acceptable use policy", ACCEPTABLE_USE),
            Map.entry("restricted use policy", ACCEPTABLE_USE),
            Map.entry("copyright claims policy", COPYRIGHT),
            Map.entry("general conditions of sale", SALE),
            Map.entry("conditions of carriage", SALE),
            Map.entry("marketplace buyers conditions", SALE),
            Map.entry("in-app purchases policy", SALE));

    private final String id;
    private final String title;

    DocumentType(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The contract's identifier, e.g. {@code acceptable-use}. */
    public String id() {
        return id;
    }

    /** A plain English title, e.g. "Terms of Service". */
    public String title() {
        return title;
    }

    /** Finds a type by its contract identifier. */
    public static Optional<DocumentType> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id.toLowerCase(Locale.ROOT)));
    }

    /**
     * Maps an Open Terms Archive terms type ("Terms of Service", "Trackers Policy", …) to ours.
     *
     * @return the matching type, or {@link #OTHER} for types Fineprint has no place for
     */
    public static DocumentType fromOtaTermsType(String termsType) {
        return BY_OTA_TYPE.getOrDefault(termsType.strip().toLowerCase(Locale.ROOT), OTHER);
    }
}
