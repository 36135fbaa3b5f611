package org.fineprint.fetch;

import java.net.URI;
import org.fineprint.FineprintException;

/**
 * A document could not be fetched. Callers switch on {@link #reason()}, never on the message:
 * it decides retries, the headless-browser fallback, the recorded error kind and HTTP statuses.
 */
public final class FetchException extends FineprintException {

    /** Why a fetch failed; {@link #kind()} is the stable name stored with fetch attempts. */
    public enum Reason {
        NOT_FOUND("not-found", false),
        FORBIDDEN("forbidden", false),
        TIMEOUT("timeout", true),
        SERVER_ERROR("server-error", true),
        TOO_LARGE("too-large", false),
        TOO_MANY_REDIRECTS("too-many-redirects", false),
        PRIVATE_ADDRESS("private-address", false),
        ROBOTS_DISALLOWED("robots-disallowed", false),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", false),
        NETWORK("network", true),
        INVALID_URL("invalid-url", false),
        BROWSER_UNAVAILABLE("browser-unavailable", false),
        HTTP_ERROR("http-error", false),
        /** A successful answer with no content, or an empty file. */
        EMPTY("empty", true);

        private final String kind;
        private final boolean isTransient;

        Reason(String kind, boolean isTransient) {
            this.kind = kind;
            this.isTransient = isTransient;
        }

        /** The kebab-case name recorded with a failed fetch attempt. */
        public String kind() {
            return kind;
        }

        /** True when trying again later may succeed. */
        public boolean isTransient() {
            return isTransient;
        }
    }

    private final Reason reason;
    private final URI url;
    private final int status;

    /**
     * @param reason why it failed
     * @param url the URL being fetched
     * @param status the HTTP status, or 0 when no response arrived
     * @param detail what happened and what to do, in a few words
     */
    public FetchException(Reason reason, URI url, int status, String detail) {
        super("Fetch failed: " + detail + " at " + url);
        this.reason = reason;
        this.url = url;
        this.status = status;
    }

    public FetchException(Reason reason, URI url, int status, String detail, Throwable cause) {
        super("Fetch failed: " + detail + " at " + url, cause);
        this.reason = reason;
        this.url = url;
        this.status = status;
    }

    /**
     * The failure for an HTTP error status: 404/410 not found, 401/403/406/451 forbidden,
     * 408 timeout, 5xx server error, anything else an HTTP error.
     *
     * @param url the URL that answered
     * @param status the non-2xx status
     */
    public static FetchException forStatus(URI url, int status) {
        return switch (status) {
            case 404, 410 -> new FetchException(Reason.NOT_FOUND, url, status,
                    "the server answered " + status + " (not found); check whether the document moved");
            case 401, 403, 406, 451 -> new FetchException(Reason.FORBIDDEN, url, status,
                    "the server answered " + status + " (access refused); the site may block automated access");
            case 408 -> new FetchException(Reason.TIMEOUT, url, status,
                    "the server answered 408 (request timeout); try again later");
            default -> status >= 500 && status <= 599
                    ? new FetchException(Reason.SERVER_ERROR, url, status,
                            "the server answered " + status + " (server error); try again later")
                    : new FetchException(Reason.HTTP_ERROR, url, status,
                            "the server answered " + status + "; check the URL");
        };
    }

    public Reason reason() {
        return reason;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** True for answers that often mean a bot blocker: a headless browser may get through. */
    public boolean mayBeBotBlocking() {
        return status == 403 || status == 406 || status == 502;
    }
}
