package org.fineprint.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|loopback", "127.8.9.10|loopback", "10.0.0.1|private", "172.16.0.1|private",
        "172.31.255.255|private", "192.168.1.1|private", "169.254.1.1|link-local",
        "169.254.169.254|cloud metadata", "100.64.0.1|carrier-grade NAT", "100.127.255.254|carrier-grade NAT",
        "0.0.0.0|unspecified", "224.0.0.1|multicast", "255.255.255.255|broadcast", "240.0.0.1|reserved",
        "192.0.0.192|reserved", "::|unspecified", "::1|loopback", "fe80::1|link-local", "fc00::1|unique-local",
        "fd12:3456::1|unique-local", "fd00:ec2::254|cloud metadata", "ff02::1|multicast",
        "::127.0.0.1|IPv4-compatible loopback", "::ffff:10.0.0.1|private", "64:ff9b::a9fe:a9fe|NAT64 cloud metadata",
        "2002:c0a8:0101::1|6to4 private", "fec0::1|site-local"})
    void classifiesNonPublicAddresses(String literal, String kind) throws UnknownHostException {
        assertThat(AddressGuard.classify(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1",
        "169.255.0.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "64:ff9b::808:808"})
    void letsPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(AddressGuard.classify(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void refusesAHostWithAnyPrivateAddressAndNamesTheSwitch() {
        AddressGuard guard = AddressGuard.strict().withResolver(host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> guard.check(URI.create("https://terms.example/tos")));

        assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(e.getMessage()).isEqualTo("Fetch failed: refused private address 10.0.0.7 of host terms.example; "
                + "allow private networks with --allow-private-network (CLI) or "
                + "fineprint.fetch.allow-private-network=true (server) at https://terms.example/tos");
    }

    @Test
    void refusesIpv6LiteralsInBrackets() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> AddressGuard.strict().check(URI.create("http://[::1]:8080/terms")));

        assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(e.getMessage()).contains("loopback");
    }

    @Test
    void returnsTheCheckedAddressesOfAPublicHost() throws UnknownHostException {
        InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
        AddressGuard guard = AddressGuard.strict().withResolver(host -> new InetAddress[] {publicAddress});

        assertThat(guard.check(URI.create("https://terms.example/"))).containsExactly(publicAddress);
    }

    @Test
    void reportsAHostThatDoesNotResolveAsANetworkFailure() {
        AddressGuard guard = AddressGuard.strict().withResolver(host -> {
            throw new UnknownHostException(host);
        });

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> guard.check(URI.create("https://no-such-host.example/")));

        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).contains("could not resolve host no-such-host.example");
    }

    @Test
    void trustsOnlyTheNamedHosts() {
        AddressGuard guard = AddressGuard.trusting(Set.of("Intranet.local"));

        assertThat(guard.check(URI.create("http://intranet.local/terms"))).isEmpty();
        assertThat(catchThrowableOfType(FetchException.class, () -> guard.check(URI.create("http://127.0.0.1/")))
                .reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    }

    @Test
    void permissiveGuardSkipsResolution() {
        AddressGuard guard = AddressGuard.permissive().withResolver(host -> {
            throw new AssertionError("must not resolve");
        });

        assertThat(guard.check(URI.create("http://127.0.0.1/"))).isEmpty();
        assertThat(guard.isPermissive()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/terms", "file:///etc/passwd", "javascript:alert(1)", "/relative/path",
        "http:///no-host"})
    void refusesUrlsThatAreNotHttpWithAHost(String url) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> AddressGuard.permissive().check(URI.create(url)));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
    }
}
