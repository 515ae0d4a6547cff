package io.modelgate.bootstrap.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP link on 127.0.0.1 to a server (the tests' PostgreSQL) that a test can cut and restore. Cut, it
 * behaves like a stopped server: open connections are closed and new ones refused (its port is closed).
 * Restored, it listens on the same port again.
 */
public final class CuttableLink implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile ServerSocket server;

    public CuttableLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = listen(0);
        this.port = server.getLocalPort();
        acceptOn(server);
    }

    public int port() {
        return port;
    }

    /** Connections accepted since the link was made: proof that the application goes through it. */
    public int accepted() {
        return accepted.get();
    }

    public synchronized void cut() throws IOException {
        ServerSocket current = server;
        server = null;
        if (current != null) {
            current.close();
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public synchronized void restore() {
        if (server == null) {
            server = listen(port);
            acceptOn(server);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private void acceptOn(ServerSocket socket) {
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    synchronized (this) {
                        if (server != socket) { // cut while this one was being connected: it goes too
                            client.close();
                            upstream.close();
                            continue;
                        }
                        accepted.incrementAndGet();
                        open.add(client);
                        open.add(upstream);
                    }
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection end
                }
            }
        }, "cuttable-link-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close the other too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cuttable-link-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
