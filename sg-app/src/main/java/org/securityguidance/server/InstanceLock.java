package org.securityguidance.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One server per state directory: an OS lock on {@code <state>/hook-server.lock}, held for the server's life. The
 * kernel drops it when the process dies, so a crashed server never leaves a stale lock behind.
 */
final class InstanceLock implements AutoCloseable {
  static final String FILE_NAME = "hook-server.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another server (in any process) holds it. */
  static Optional<InstanceLock> tryAcquire(Path stateDir) throws IOException {
    FileChannel channel = FileChannel.open(stateDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new InstanceLock(channel, lock));
      }
    } catch (OverlappingFileLockException e) {
      // Another server in this very JVM (tests): the same answer as another process.
    }
    channel.close();
    return Optional.empty();
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The kernel releases it at exit anyway.
    }
  }
}
