package uz.muhokama.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection per benchmark client, a blocking write of the
 * request and a full read of the response (by Content-Length or chunked), reconnecting when the server closes or the
 * connection has been idle. The load runs on the same two cores as the server; Java's {@code HttpClient}
 * (asynchronous, a selector thread, a pipeline of executors per response) spent more CPU per request than the server's
 * whole filter chain, so it measured the load generator as much as the application. Real clients are other machines.
 *
 * <p>The request line, headers and body go out in one write, as curl and browsers send a small request: written in
 * two, the server often woke up for the headers alone and had to wait for the body in a second round through its
 * poller. The response is parsed from the client's own buffer rather than byte by byte through a stream.
 */
final class PlainHttpClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    /** Well under the server's keep-alive timeout, so the server never closes a connection this is about to use. */
    private static final long IDLE_NANOS = 5_000_000_000L;

    private final String host;
    private final int port;
    private final byte[] buffer = new byte[16384];
    private int position;
    private int limit;
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
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Accept-Language: en\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        if (socket != null && System.nanoTime() - lastUsed > IDLE_NANOS) {
            close();
        }
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            position = 0;
            limit = 0;
        }
        try {
            out.write(request);
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
                bytes(body, size);
                line();
            }
            line();
        } else if (length > 0) {
            bytes(body, length);
        }
        if (closing) {
            close();
        }
        return new Response(code, body.toString(StandardCharsets.UTF_8));
    }

    /** The next line without its CR LF. */
    private String line() throws IOException {
        StringBuilder line = null;
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String part = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    if (line == null) {
                        return part;
                    }
                    line.append(part);
                    if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                        line.setLength(line.length() - 1);
                    }
                    return line.toString();
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            line.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
            fill();
        }
    }

    private void bytes(ByteArrayOutputStream to, int count) throws IOException {
        while (count > 0) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(count, limit - position);
            to.write(buffer, position, n);
            position += n;
            count -= n;
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new IOException("Connection closed by the server");
        }
        position = 0;
        limit = n;
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
