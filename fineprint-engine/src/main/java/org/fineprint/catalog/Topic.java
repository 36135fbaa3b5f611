package org.fineprint.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed set of subjects cases are grouped under, in the order a reader meets them: first the
 * contract (disputes, liability, changes, the contract itself, the account, payments, content,
 * conduct), then personal data (collection, tracking, advertising, sharing, AI, retention, rights,
 * security, children), then transparency and law enforcement.
 */
public enum Topic {
    DISPUTES("disputes", "Disputes"),
    LIABILITY("liability", "Liability and warranties"),
    CHANGES("changes", "Changes to the terms"),
    CONTRACT("contract", "The contract"),
    ACCOUNT("account", "Your account"),
    PAYMENTS("payments", "Payments"),
    CONTENT("content", "Your content"),
    CONDUCT("conduct", "Rules of conduct"),
    COLLECTION("collection", "Data collection"),
    TRACKING("tracking", "Tracking and cookies"),
    ADVERTISING("advertising", "Advertising and marketing"),
    SHARING("sharing", "Data sharing"),
    AI("ai", "AI and automated decisions"),
    RETENTION("retention", "Data retention"),
    RIGHTS("rights", "Your privacy rights"),
    SECURITY("security", "Security"),
    CHILDREN("children", "Children"),
    TRANSPARENCY("transparency", "Transparency"),
    LAW_ENFORCEMENT("law-enforcement", "Law enforcement");

    private final String id;
    private final String title;

    Topic(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The kebab-case identifier used in JSON, e.g. {@code law-enforcement}. */
    public String id() {
        return id;
    }

    /** A heading for people, e.g. "Law enforcement". */
    public String title() {
        return title;
    }

    /**
     * Finds a topic by its identifier.
     *
     * @param id an identifier such as {@code disputes}; case is ignored
     * @return the topic, or empty when the identifier is unknown
     */
    public static Optional<Topic> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Topic t : values()) {
            if (t.id.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
