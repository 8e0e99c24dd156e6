package de.ffit.campus.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address a request came from, for the brakes that count per address (sign-in, certificate checks, kiosk
 * set-up). Behind a load balancer every request comes from the balancer; with its address among
 * {@code FFIT_TRUSTED_PROXIES} the client's address is read from {@code X-Forwarded-For} instead: the rightmost
 * entry that is not a trusted proxy (entries further left could be written by the client itself). Without trusted
 * proxies the header is ignored, so nobody can pretend to be someone else by sending it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, List<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String remote, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || trustedProxies.isEmpty() || !trusted(remote, trustedProxies)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted(hop, trustedProxies)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }

    /** whether the literal address is one of the entries: an address, or a network as address/bits */
    static boolean trusted(String address, List<String> entries) {
        byte[] ip = literal(address);
        if (ip == null) {
            return false;
        }
        for (String entry : entries) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null || network.length != ip.length) {
                continue;
            }
            int bits = slash < 0 ? ip.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (sameNetwork(ip, network, bits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNetwork(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (b[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** the bytes of a literal IPv4 or IPv6 address, null for anything else (no name is ever looked up) */
    private static byte[] literal(String address) {
        if (address == null || address.isBlank() || !address.strip().matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(address.strip()).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
