package org.securityguidance.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Reads one file for scanning under the size cap: never follows symlinks, never opens special files (a FIFO would
 * block), treats a NUL byte in the first 8 KiB as binary, and decodes UTF-8 leniently (malformed bytes become
 * U+FFFD, so a stray Latin-1 byte cannot hide the rest of the file).
 */
final class FileLoader {
  /** How much of the head is probed for NUL bytes, like git's and ripgrep's binary heuristics. */
  static final int BINARY_PROBE_BYTES = 8192;

  private static final Set<OpenOption> READ_NO_FOLLOW =
      Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  private final long maxFileSize;

  FileLoader(long maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  /** The outcome of loading one file: its text, or why it was skipped. */
  record Loaded(String text, long bytes, SkipReason skipped) {
    static Loaded skip(SkipReason reason) {
      return new Loaded(null, 0, reason);
    }
  }

  Loaded load(Path file) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Loaded.skip(SkipReason.NOT_REGULAR);
    } catch (IOException | SecurityException e) {
      return Loaded.skip(SkipReason.UNREADABLE);
    }
    if (!attrs.isRegularFile()) {
      return Loaded.skip(SkipReason.NOT_REGULAR);
    }
    if (attrs.size() > maxFileSize) {
      return Loaded.skip(SkipReason.TOO_LARGE);
    }
    try {
      return decode(readCapped(file, (int) attrs.size()));
    } catch (NoSuchFileException e) {
      return Loaded.skip(SkipReason.NOT_REGULAR);
    } catch (IOException | SecurityException e) {
      return Loaded.skip(SkipReason.UNREADABLE);
    }
  }

  private Loaded decode(ByteBuffer data) {
    if (data == null) {
      return Loaded.skip(SkipReason.TOO_LARGE);
    }
    byte[] bytes = data.array();
    int length = data.position();
    int probe = Math.min(length, BINARY_PROBE_BYTES);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return Loaded.skip(SkipReason.BINARY);
      }
    }
    return new Loaded(new String(bytes, 0, length, StandardCharsets.UTF_8), length, null);
  }

  /** Reads at most the cap; {@code null} when the file grew past it after the size check. */
  private ByteBuffer readCapped(Path file, int expectedSize) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_FOLLOW)) {
      long cap = Math.min(maxFileSize, Integer.MAX_VALUE - 16L);
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(cap + 1, expectedSize + 1L));
      while (true) {
        if (!buffer.hasRemaining()) {
          if (buffer.capacity() > cap) {
            return null;
          }
          buffer = grow(buffer, cap + 1);
        }
        if (channel.read(buffer) < 0) {
          return buffer;
        }
      }
    }
  }

  private static ByteBuffer grow(ByteBuffer buffer, long limit) {
    int size = (int) Math.min(limit, Math.max(4096L, buffer.capacity() * 2L));
    ByteBuffer bigger = ByteBuffer.allocate(size);
    buffer.flip();
    return bigger.put(buffer);
  }
}
