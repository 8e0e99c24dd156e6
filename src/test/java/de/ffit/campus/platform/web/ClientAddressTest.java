package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderCountsForNothing() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", List.of()));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "198.51.100.1", List.of()));
    }

    @Test
    void behindATrustedBalancerTheClientIsTheRightmostAddressNoProxyWrote() {
        List<String> haproxy = List.of("127.0.0.1");
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", haproxy));
        // the client wrote the first entry itself: it cannot choose its address that way
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "10.9.9.9, 198.51.100.1", haproxy));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, haproxy));
        // a request that did not come through the balancer keeps its own address, whatever it claims
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", haproxy));
    }

    @Test
    void networksAreGivenAsAddressAndBits() {
        List<String> docker = List.of("172.16.0.0/12", "fd00::/8");
        assertEquals("198.51.100.1", ClientAddress.of("172.18.0.5", "198.51.100.1, 172.18.0.7", docker));
        assertEquals("172.32.0.5", ClientAddress.of("172.32.0.5", "198.51.100.1", docker), "outside /12");
        assertEquals("198.51.100.1", ClientAddress.of("fd12::5", "198.51.100.1", docker));
        assertEquals(true, ClientAddress.trusted("10.1.2.3", List.of("10.0.0.0/8")));
        assertEquals(false, ClientAddress.trusted("localhost", List.of("127.0.0.1")), "names are not looked up");
    }
}
