package io.modelgate.domain.endpoint;

import io.modelgate.domain.shared.InvalidValueException;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which hosts an endpoint managed through the API may point at. Each entry is {@code *} (any ordinary
 * host), a host name ({@code vllm.internal}), a domain wildcard ({@code *.corp.example}), an IP address or
 * a CIDR block ({@code 10.20.0.0/16}). Loopback, link-local (169.254.0.0/16, fe80::/10, where cloud
 * metadata services answer), unspecified, multicast and the known metadata names and addresses are
 * refused unless an entry names them exactly (the host name, or an address or block containing it):
 * {@code *} and domain wildcards never let them through. Otherwise a host must match some entry.
 */
public final class AddressAllowList {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final List<String> METADATA_NAMES = List.of("metadata.google.internal", "metadata.goog",
            "metadata", "instance-data", "instance-data.ec2.internal", "metadata.azure.internal");
    /** AWS (also its IPv6 and ECS task addresses), GCP and Azure (link-local), Alibaba, Oracle. */
    private static final List<InetAddress> METADATA_ADDRESSES = List.of("169.254.169.254", "169.254.170.2",
            "100.100.100.200", "fd00:ec2::254", "192.0.0.192").stream().map(a -> literal(a).orElseThrow()).toList();

    private final List<Entry> entries;

    private AddressAllowList(List<Entry> entries) {
        this.entries = entries;
    }

    /** Parses the entries; a malformed one is refused with the form it should have. */
    public static AddressAllowList of(List<String> entries) {
        return new AddressAllowList(entries.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(AddressAllowList::entry).toList());
    }

    /**
     * Why {@code host} may not be used, or empty when it may. {@code addresses} are what the host resolves to
     * now (empty when it does not resolve here; an IP literal is its own address).
     */
    public Optional<String> refusal(String host, List<InetAddress> addresses) {
        String name = normalise(host);
        List<InetAddress> all = literal(name).map(List::of).orElse(addresses);
        boolean special = METADATA_NAMES.contains(name) || all.stream().anyMatch(AddressAllowList::special);
        if (special) {
            boolean listed = entries.stream().anyMatch(e -> e.namesExactly(name, all));
            return listed ? Optional.empty() : Optional.of(host + " is a loopback, link-local or cloud metadata "
                    + "address; list it exactly in modelgate.endpoints.allowed-hosts to allow it");
        }
        boolean allowed = entries.stream().anyMatch(e -> e.admits(name, all));
        return allowed ? Optional.empty() : Optional.of(host
                + " is not in modelgate.endpoints.allowed-hosts; ask the operator to add it");
    }

    static boolean special(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || METADATA_ADDRESSES.contains(address);
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The address of an IP literal, without any name lookup; empty for a host name. */
    static Optional<InetAddress> literal(String text) {
        String t = normalise(text);
        if (!IPV4.matcher(t).matches() && !t.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t)); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Entry entry(String text) {
        String t = normalise(text);
        if (t.equals("*")) {
            return new Entry(Kind.ANY, t, null, 0);
        }
        if (t.startsWith("*.")) {
            return new Entry(Kind.DOMAIN, t.substring(1), null, 0);
        }
        int slash = t.indexOf('/');
        if (slash > 0) {
            Optional<InetAddress> base = literal(t.substring(0, slash));
            int bits;
            try {
                bits = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            int max = base.map(a -> a instanceof Inet4Address ? 32 : 128).orElse(0);
            if (base.isEmpty() || bits < 0 || bits > max) {
                throw new InvalidValueException("modelgate.endpoints.allowed-hosts", "'" + text
                        + "' is not a CIDR block; write it as 10.20.0.0/16 or fd00::/8");
            }
            return new Entry(Kind.BLOCK, t, base.get(), bits);
        }
        Optional<InetAddress> address = literal(t);
        if (address.isPresent()) {
            return new Entry(Kind.BLOCK, t, address.get(), address.get() instanceof Inet4Address ? 32 : 128);
        }
        if (!t.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw new InvalidValueException("modelgate.endpoints.allowed-hosts", "'" + text
                    + "' is not a host name, *.domain, IP address or CIDR block");
        }
        return new Entry(Kind.HOST, t, null, 0);
    }

    private enum Kind { ANY, DOMAIN, HOST, BLOCK }

    private record Entry(Kind kind, String text, InetAddress base, int bits) {

        boolean admits(String host, List<InetAddress> addresses) {
            return switch (kind) {
                case ANY -> true;
                case DOMAIN -> host.endsWith(text);
                case HOST -> host.equals(text);
                case BLOCK -> !addresses.isEmpty() && addresses.stream().allMatch(this::contains);
            };
        }

        /** Only an exact name, or a block containing every address: what lets a special address through. */
        boolean namesExactly(String host, List<InetAddress> addresses) {
            return kind == Kind.HOST ? host.equals(text) : kind == Kind.BLOCK && admits(host, addresses);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] b = base.getAddress();
            if (a.length != b.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (b[full] & mask);
        }
    }
}
