package dev.footprint.runtime.internal.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket. A load generator spends its time here,
 * so the request is encoded once and responses are parsed straight from a byte buffer: no header
 * maps, no strings per response. Not thread-safe: one connection per worker thread.
 */
final class HttpConnection implements AutoCloseable {
  private static final int BUFFER = 16 * 1024;

  private final InetSocketAddress address;
  private final byte[] request;
  private final int timeoutMillis;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private boolean closeAfterResponse;
  /** Where the line last returned by {@link #lineEnd()} starts (the buffer may have moved). */
  private int lineStart;

  HttpConnection(URI url, int timeoutMillis) {
    int port = url.getPort() < 0 ? 80 : url.getPort();
    this.address = new InetSocketAddress(url.getHost(), port);
    this.timeoutMillis = timeoutMillis;
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    if (url.getRawQuery() != null) {
      path += "?" + url.getRawQuery();
    }
    String hostHeader = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + port;
    this.request =
        ("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nUser-Agent: footprint\r\nAccept: */*\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends one request and reads the whole answer; returns the status code. */
  int exchange() throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    int status = readResponse();
    if (closeAfterResponse) {
      close();
    }
    return status;
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(timeoutMillis);
      s.connect(address, timeoutMillis);
    } catch (IOException e) {
      s.close();
      throw e;
    }
    socket = s;
    in = s.getInputStream();
    out = s.getOutputStream();
    pos = 0;
    limit = 0;
  }

  private int readResponse() throws IOException {
    int status = parseStatusLine();
    long contentLength = -1;
    boolean chunked = false;
    closeAfterResponse = false;
    while (true) {
      int end = lineEnd();
      int start = lineStart;
      if (end == start) {
        break;
      }
      if (headerIs(start, end, "content-length:")) {
        contentLength = parseLong(start + 15, end);
      } else if (headerIs(start, end, "transfer-encoding:")) {
        chunked = contains(start, end, "chunked");
      } else if (headerIs(start, end, "connection:")) {
        closeAfterResponse = contains(start, end, "close");
      }
    }
    if (chunked) {
      skipChunked();
    } else if (contentLength >= 0) {
      skip(contentLength);
    } else if (status >= 200 && status != 204 && status != 304) {
      // No length: the body ends when the server closes the connection.
      while (fill()) {
        pos = limit;
      }
      closeAfterResponse = true;
    }
    return status;
  }

  private int parseStatusLine() throws IOException {
    int end = lineEnd();
    int start = lineStart;
    // "HTTP/1.1 200 OK": the status is the three digits after the first space.
    int i = start;
    while (i < end && buf[i] != ' ') {
      i++;
    }
    if (end - i < 4) {
      throw new IOException("malformed HTTP status line");
    }
    return (buf[i + 1] - '0') * 100 + (buf[i + 2] - '0') * 10 + (buf[i + 3] - '0');
  }

  /**
   * Advances past the next CRLF and returns the index where the line's content ends. Lines are
   * kept whole in the buffer, compacting it when a line would cross its end.
   */
  private int lineEnd() throws IOException {
    int scan = pos;
    while (true) {
      for (; scan + 1 < limit; scan++) {
        if (buf[scan] == '\r' && buf[scan + 1] == '\n') {
          int end = scan;
          lineStart = pos;
          pos = scan + 2;
          return end;
        }
      }
      if (pos == limit) {
        pos = 0;
        limit = 0;
        scan = 0;
      }
      int shift = pos;
      if (shift > 0 && limit == buf.length) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= shift;
        scan -= shift;
        pos = 0;
      }
      if (limit == buf.length) {
        throw new IOException("HTTP header line longer than " + buf.length + " bytes");
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        throw new EOFException("connection closed by server");
      }
      limit += n;
      scan = Math.max(scan, 0);
    }
  }

  private boolean headerIs(int start, int end, String lowerName) {
    if (end - start < lowerName.length()) {
      return false;
    }
    for (int i = 0; i < lowerName.length(); i++) {
      int c = buf[start + i];
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != lowerName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(int start, int end, String lower) {
    String value = new String(buf, start, end - start, StandardCharsets.US_ASCII);
    return value.toLowerCase(java.util.Locale.ROOT).contains(lower);
  }

  private long parseLong(int start, int end) throws IOException {
    long v = 0;
    boolean digits = false;
    for (int i = start; i < end; i++) {
      byte c = buf[i];
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        digits = true;
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    if (!digits) {
      throw new IOException("malformed Content-Length");
    }
    return v;
  }

  private void skipChunked() throws IOException {
    while (true) {
      int end = lineEnd();
      int start = lineStart;
      long size = 0;
      for (int i = start; i < end; i++) {
        int d = Character.digit(buf[i], 16);
        if (d < 0) {
          break;
        }
        size = size * 16 + d;
      }
      if (size == 0) {
        // Trailers, then the empty line.
        while (true) {
          if (lineEnd() == lineStart) {
            return;
          }
        }
      }
      skip(size);
      lineEnd();
    }
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      if (pos == limit && !fill()) {
        throw new EOFException("connection closed inside a response body");
      }
      int n = (int) Math.min(left, limit - pos);
      pos += n;
      left -= n;
    }
  }

  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a broken connection: nothing left to do.
      }
      socket = null;
    }
  }
}
