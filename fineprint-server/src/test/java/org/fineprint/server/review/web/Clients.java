package org.fineprint.server.review.web;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Distinct client addresses (TEST-NET-2), so that each test has rate limits of its own. */
final class Clients {
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Clients() {
    }

    /** A new client address, e.g. {@code 198.51.100.7}, spread over 198.51.x.y. */
    static String next() {
        int n = NEXT.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    /** Sends a request from {@code address}. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
