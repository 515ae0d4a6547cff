package io.modelgate.application.endpoint.port.out;

import java.net.InetAddress;
import java.util.List;

/** Out-port: what a host name resolves to now (empty when it does not resolve here). */
public interface HostAddresses {

    List<InetAddress> resolve(String host);
}
