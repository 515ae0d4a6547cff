package io.modelgate.bootstrap.endpoint;

import io.modelgate.application.endpoint.port.out.HostAddresses;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** The JDK's resolver (which caches answers for 30 s by default). */
public final class DnsHostAddresses implements HostAddresses {

    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return List.of();
        }
    }
}
