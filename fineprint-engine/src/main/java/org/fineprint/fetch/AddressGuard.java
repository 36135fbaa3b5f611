package org.fineprint.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Refuses URLs whose host resolves to an address that is not on the public internet: loopback,
 * private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, fe80::/10), carrier-grade NAT
 * (100.64/10), unique-local (fc00::/7), unspecified, multicast, broadcast and reserved ranges,
 * the IPv4-mapped, -compatible, NAT64 and 6to4 IPv6 forms of those, and the cloud metadata
 * endpoints (169.254.169.254, fd00:ec2::254). A host is refused when any of its addresses is.
 * The fetchers check the first URL, every redirect hop and robots.txt.
 *
 * <p>Residual risk, DNS rebinding: the guard resolves the host, then the HTTP client resolves it
 * again to connect, so a name server that changes its answer in between could still lead to a
 * private address. The JDK caches positive lookups ({@code networkaddress.cache.ttl}, 30 s by
 * default without a security manager), so in practice the client gets the answer the guard
 * checked; setting that property to 0 reopens the window. {@link BrowserFetcher} pins the first
 * host to the checked address ({@code --host-resolver-rules}) and checks every request the page
 * makes; hosts other than the first are resolved by Chromium itself.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; the JDK resolver unless a test gives another. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final String SWITCH_HINT = "allow private networks with --allow-private-network (CLI) "
            + "or fineprint.fetch.allow-private-network=true (server)";

    private final boolean permissive;
    private final Set<String> trustedHosts;
    private final Resolver resolver;

    private AddressGuard(boolean permissive, Set<String> trustedHosts, Resolver resolver) {
        this.permissive = permissive;
        this.trustedHosts = trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** A guard that refuses every non-public address. */
    public static AddressGuard strict() {
        return new AddressGuard(false, Set.of(), InetAddress::getAllByName);
    }

    /** A guard that only checks the scheme: for tests and intranet use behind the switch. */
    public static AddressGuard permissive() {
        return new AddressGuard(true, Set.of(), InetAddress::getAllByName);
    }

    /** The guard the settings ask for ({@link FetchSettings#allowPrivateNetwork()}). */
    public static AddressGuard of(FetchSettings settings) {
        return settings.allowPrivateNetwork() ? permissive() : strict();
    }

    /**
     * A strict guard that lets the named hosts through unchecked (exact, case-insensitive
     * match on the URL's host), e.g. one intranet server, without opening every private address.
     */
    public static AddressGuard trusting(Set<String> hosts) {
        return new AddressGuard(false, hosts, InetAddress::getAllByName);
    }

    /** This guard with another resolver. */
    public AddressGuard withResolver(Resolver other) {
        return new AddressGuard(permissive, trustedHosts, other);
    }

    /** True when the guard lets every address through. */
    public boolean isPermissive() {
        return permissive;
    }

    /**
     * Checks that a URL is http(s) and that its host resolves to public addresses only.
     *
     * @param url the URL about to be fetched
     * @return the addresses checked (empty when the guard is permissive or the host trusted)
     * @throws FetchException {@code INVALID_URL} for a URL without host or with another scheme,
     *     {@code NETWORK} when the host does not resolve, {@code PRIVATE_ADDRESS} when refused
     */
    public List<InetAddress> check(URI url) {
        String host = hostOf(url);
        if (permissive || trustedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.NETWORK, url, 0,
                    "could not resolve host " + host + "; check the URL and the network", e);
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = classify(address);
            if (kind.isPresent()) {
                throw new FetchException(FetchException.Reason.PRIVATE_ADDRESS, url, 0,
                        "refused " + kind.get() + " address " + address.getHostAddress() + " of host " + host
                                + "; " + SWITCH_HINT);
            }
        }
        return List.of(addresses);
    }

    /**
     * Checks a URL's scheme and host without resolving it.
     *
     * @return the host, without IPv6 brackets
     * @throws FetchException {@code INVALID_URL} when the URL is not http(s) or has no host
     */
    static String hostOf(URI url) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new FetchException(FetchException.Reason.INVALID_URL, url, 0,
                    "only http and https URLs can be fetched, not " + (scheme == null ? "a relative URL" : scheme));
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(FetchException.Reason.INVALID_URL, url, 0, "the URL has no host; check it");
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * Says why an address is not public.
     *
     * @return the kind of address ("loopback", "private", "cloud metadata", …), or empty when the
     *     address is public
     */
    public static Optional<String> classify(InetAddress address) {
        byte[] b = address.getAddress();
        return Optional.ofNullable(b.length == 4 ? classifyV4(b, 0) : classifyV6(b));
    }

    private static @Nullable String classifyV4(byte[] bytes, int at) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        int c = bytes[at + 2] & 0xFF;
        int d = bytes[at + 3] & 0xFF;
        if (a == 0) {
            return "unspecified";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || (a == 172 && (b & 0xF0) == 16) || (a == 192 && b == 168)) {
            return "private";
        }
        if (a == 169 && b == 254) {
            return c == 169 && d == 254 ? "cloud metadata" : "link-local";
        }
        if (a == 100 && (b & 0xC0) == 64) {
            return "carrier-grade NAT";
        }
        if ((a == 192 && b == 0 && c == 0) || (a == 198 && (b & 0xFE) == 18)) {
            return "reserved";
        }
        if (a >= 224 && a <= 239) {
            return "multicast";
        }
        if (a == 255 && b == 255 && c == 255 && d == 255) {
            return "broadcast";
        }
        return a >= 240 ? "reserved" : null;
    }

    private static @Nullable String classifyV6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            boolean allZero = b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
            if (allZero) {
                return b[15] == 0 ? "unspecified" : "loopback";
            }
            return embedded("IPv4-compatible", b, 12);
        }
        if (firstTenZero && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) {
            return embedded("IPv4-mapped", b, 12);
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && zero(b, 4, 12)) {
            return embedded("NAT64", b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded("6to4", b, 2);
        }
        if ((b[0] & 0xFF) == 0xFD && b[1] == 0 && b[2] == 0x0E && (b[3] & 0xFF) == 0xC2
                && zero(b, 4, 14) && b[14] == 0x02 && b[15] == 0x54) {
            return "cloud metadata";
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return "unique-local";
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) {
            return "link-local";
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return "site-local";
        }
        if ((b[0] & 0xFF) == 0xFF) {
            return "multicast";
        }
        return null;
    }

    private static @Nullable String embedded(String form, byte[] b, int at) {
        String kind = classifyV4(b, at);
        return kind == null ? null : form + " " + kind;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
