package org.fineprint.fetch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The client side of WebSocket (RFC 6455) that a local DevTools endpoint needs: the upgrade
 * handshake, masked text frames out, text frames (possibly fragmented) in, pings answered. No
 * TLS, no extensions. The JDK's own WebSocket is avoided on purpose: it completes its handshake
 * on the common ForkJoinPool, which starves when callers block that pool's threads.
 */
final class LocalWebSocket implements Closeable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A message larger than the caller accepts. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("a message passed " + limit + " bytes");
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private LocalWebSocket(Socket socket, DataInputStream in, OutputStream out) {
        this.socket = socket;
        this.in = in;
        this.out = out;
    }

    /**
     * Connects and upgrades.
     *
     * @param endpoint a {@code ws://host:port/path} URL
     * @param timeout for connecting and for the handshake
     */
    static LocalWebSocket connect(URI endpoint, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            handshake(endpoint, in, out);
            socket.setSoTimeout(0);
            return new LocalWebSocket(socket, in, out);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static void handshake(URI endpoint, DataInputStream in, OutputStream out) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        String request = "GET " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":"
                + endpoint.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = readLine(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("the WebSocket upgrade was refused: " + status);
        }
        String accept = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")) {
                accept = line.substring(colon + 1).strip();
            }
        }
        if (!expectedAccept(key).equals(accept)) {
            throw new IOException("the WebSocket upgrade came back with a wrong Sec-WebSocket-Accept");
        }
    }

    private static String expectedAccept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed during the WebSocket handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > 8192) {
                throw new IOException("overlong line in the WebSocket handshake");
            }
        }
        return line.toString();
    }

    /** Sends one text message as a single masked frame (clients must mask, RFC 6455 section 5.3). */
    void sendText(byte[] payload) throws IOException {
        writeFrame(0x81, payload);
    }

    /**
     * Waits for the next complete data message, answering pings meanwhile.
     *
     * @param maxBytes the largest message accepted
     * @return the message, or {@code null} when the other side closed
     * @throws TooLarge for a message over {@code maxBytes}
     */
    byte @Nullable [] receive(long maxBytes) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
            if (length < 0 || message.size() + length > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            byte[] payload = in.readNBytes((int) length);
            if (payload.length < length) {
                throw new EOFException("the connection closed mid-frame");
            }
            if (mask != null) {
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i & 3];
                }
            }
            switch (first & 0x0F) {
                case 0x0, 0x1, 0x2 -> {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        return message.toByteArray();
                    }
                }
                case 0x8 -> {
                    return null;
                }
                case 0x9 -> writeFrame(0x8A, payload);
                default -> {
                    // pongs and reserved opcodes carry nothing
                }
            }
        }
    }

    private void writeFrame(int header, byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        byte[] masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        synchronized (out) {
            out.write(header);
            int length = payload.length;
            if (length < 126) {
                out.write(0x80 | length);
            } else if (length < 65_536) {
                out.write(0x80 | 126);
                out.write(length >>> 8);
                out.write(length);
            } else {
                out.write(0x80 | 127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) ((long) length >>> shift));
                }
            }
            out.write(mask);
            out.write(masked);
            out.flush();
        }
    }

    /** Closes the socket, which also ends a {@link #receive} blocked on another thread. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
