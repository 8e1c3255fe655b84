package app.pos.devkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback address (127.0.0.x): tests that need a client
 * address of their own (throttling per address) or bytes no HTTP client would send (a body that
 * stalls, a raw NUL) use it. One request per connection.
 */
public final class RawHttp {

  private final URL base;
  private final String localAddress;

  public RawHttp(URL base, String localAddress) {
    this.base = base;
    this.localAddress = localAddress;
  }

  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public Answer send(String method, String path, String json, Map<String, String> headers) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n");
    head.append("Connection: close\r\nAccept: application/json\r\n");
    if (json != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A socket to the server from this client's address. */
  public Socket open() throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    socket.setSoTimeout(60_000);
    return socket;
  }

  /** Reads one answer (the server closes the connection after it, or sends its length). */
  public static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    int n;
    while (headEnd < 0 && (n = in.read(buffer)) > 0) {
      all.write(buffer, 0, n);
      headEnd = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
    }
    String text = all.toString(StandardCharsets.ISO_8859_1);
    if (headEnd < 0) {
      throw new IOException("no answer head: " + text);
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(all.toByteArray(), headEnd + 4, all.size() - headEnd - 4);
    String length = headers.get("content-length");
    if (length != null) {
      int expected = Integer.parseInt(length);
      while (body.size() < expected && (n = in.read(buffer)) > 0) {
        body.write(buffer, 0, n);
      }
    } else {
      while ((n = in.read(buffer)) > 0) {
        body.write(buffer, 0, n);
      }
    }
    String content = body.toString(StandardCharsets.UTF_8);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      content = unchunk(content);
    }
    return new Answer(status, headers, content);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < chunked.length()) {
      int eol = chunked.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(i, eol).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, eol + 2, Math.min(chunked.length(), eol + 2 + size));
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
