package uz.muhokama.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection per benchmark client, a blocking write of the
 * request and a read of the response (by Content-Length or chunked), reconnecting when the server closes or the
 * connection has been idle. The load runs
 * on the same two cores as the server; Java's {@code HttpClient} (asynchronous, a selector thread, a pipeline of
 * executors per response) spent more CPU per request than the server's whole filter chain, so it measured the load
 * generator as much as the application. Real clients are other machines.
 */
final class PlainHttpClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    /** Well under the server's keep-alive timeout, so the server never closes a connection this is about to use. */
    private static final long IDLE_NANOS = 5_000_000_000L;

    private final String host;
    private final int port;
    private long lastUsed;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    PlainHttpClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Response post(String path, String authorization, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Accept-Language: en\r\nContent-Length: " + body.length + "\r\n\r\n";
        if (socket != null && System.nanoTime() - lastUsed > IDLE_NANOS) {
            close();
        }
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }
        try {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            Response response = read();
            lastUsed = System.nanoTime();
            return response;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            body.write(in.readNBytes(length));
        }
        if (closing) {
            close();
        }
        return new Response(code, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("Connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is already broken
            }
            socket = null;
        }
    }
}
