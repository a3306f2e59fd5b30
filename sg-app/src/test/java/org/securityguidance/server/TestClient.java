package org.securityguidance.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The client side of the hook server protocol in Java, as the bash client speaks it (tests only). */
public final class TestClient {
  private TestClient() {}

  /** What the server answered: the exit code line and the stdout bytes after it. */
  public record Answer(int code, byte[] stdout) {
    public String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Sends one request with the port file's client token; empty when the server closed without an answer. */
  public static Optional<Answer> send(PortFile port, String cwd, Map<String, String> env, String event, byte[] stdin)
      throws IOException {
    return send(port, port.clientToken(), cwd, env, event, stdin);
  }

  public static Optional<Answer> send(PortFile port, String token, String cwd, Map<String, String> env, String event,
      byte[] stdin) throws IOException {
    try (Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(("SG1 " + token + "\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String greeting = line(in);
      if (greeting == null) {
        return Optional.empty();
      }
      if (!greeting.equals("SG1 " + port.serverToken())) {
        throw new IOException("unexpected greeting");
      }
      out.write(header(cwd, env, event).getBytes(StandardCharsets.UTF_8));
      out.write(stdin);
      out.write(new byte[] {'\n', 0x04, '\n'});
      out.flush();
      return answer(in.readAllBytes());
    } catch (java.net.SocketException e) {
      return Optional.empty();
    }
  }

  static String header(String cwd, Map<String, String> env, String event) {
    StringBuilder h = new StringBuilder("cwd=").append(escape(cwd)).append('\n');
    env.forEach((k, v) -> h.append('E').append(k).append('=').append(escape(v)).append('\n'));
    return h.append("args=").append(event).append("\n\n").toString();
  }

  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static Optional<Answer> answer(byte[] all) {
    int nl = indexOf(all, (byte) '\n');
    if (nl <= 0) {
      return Optional.empty();
    }
    int code = Integer.parseInt(new String(all, 0, nl, StandardCharsets.US_ASCII));
    return Optional.of(new Answer(code, Arrays.copyOfRange(all, nl + 1, all.length)));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '\n') {
        return b.toString(StandardCharsets.US_ASCII);
      }
      b.write(c);
    }
    return null;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
