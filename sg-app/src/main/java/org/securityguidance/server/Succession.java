package org.securityguidance.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.securityguidance.state.DebugLog;

/**
 * Taking the state directory over from a server that runs another jar or java binary (a plugin update into a new
 * directory, a new runtime): clients ignore such a server, so it would only idle away its 15 minutes. The successor
 * asks it to leave over the authenticated protocol (it can read the 0600 port file, being the same user), then waits
 * for the instance lock.
 */
final class Succession {
  /** The request event that asks a server to stop; never sent by the bash client. */
  static final String LEAVE = "leave";
  private static final long WAIT_MILLIS = 5_000;

  private Succession() {}

  /** The instance lock, after asking an outdated holder to leave; empty when a current server holds it. */
  static Optional<InstanceLock> acquire(Path stateDir, String jarSha256, String javaBin, DebugLog log)
      throws IOException {
    Optional<InstanceLock> lock = InstanceLock.tryAcquire(stateDir);
    if (lock.isPresent()) {
      return lock;
    }
    Optional<PortFile> holder = PortFile.read(stateDir.resolve(PortFile.FILE_NAME));
    if (holder.isEmpty() || (holder.get().jarSha256().equals(jarSha256) && holder.get().javaBin().equals(javaBin))) {
      return Optional.empty();
    }
    log.log("hook-server: asking the outdated server pid " + holder.get().pid() + " to leave");
    askToLeave(holder.get());
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < deadline) {
      lock = InstanceLock.tryAcquire(stateDir);
      if (lock.isPresent()) {
        return lock;
      }
      sleep();
    }
    return Optional.empty();
  }

  private static void askToLeave(PortFile holder) {
    try (Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), holder.port())) {
      s.setSoTimeout(3_000);
      OutputStream out = s.getOutputStream();
      out.write(("SG1 " + holder.clientToken() + "\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] greeting = in.readNBytes(4 + Tokens.HEX_LENGTH + 1);
      if (!new String(greeting, StandardCharsets.US_ASCII).equals("SG1 " + holder.serverToken() + "\n")) {
        return;
      }
      out.write(("cwd=/\nargs=" + LEAVE + "\n\n\n\u0004\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      in.readAllBytes();
    } catch (IOException e) {
      // Gone already, or not ours: waiting for the lock tells.
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
