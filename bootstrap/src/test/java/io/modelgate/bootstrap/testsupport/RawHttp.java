package io.modelgate.bootstrap.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;

/**
 * Sends exactly the request it is given (an empty Content-Type, no Content-Type on a POST without a body),
 * which RestAssured will not. {@link HttpURLConnection} on purpose, not java.net.http: the JDK client reads
 * {@code jdk.httpclient.HttpClient.log} once per JVM, and a test's client built before the providers' would
 * keep the header logging on that SecretHygieneTest shows ModelGate switches off.
 */
public final class RawHttp {

    /** An answer as it came back. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private RawHttp() {
    }

    public static Answer send(String method, URI url, Map<String, String> headers, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true); // buffered, not streamed: a streamed POST loses the body of a 401
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, connection.getContentType(), in == null ? new byte[0] : in.readAllBytes());
        }
    }
}
