package org.securityguidance.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The jar's identity at server start (SHA-256, size, mtime) and a cheap test whether it has changed since. */
final class JarWatch {
  private final Path jar;
  private final String sha256;
  private final long size;
  private final long modified;

  private JarWatch(Path jar, String sha256, long size, long modified) {
    this.jar = jar;
    this.sha256 = sha256;
    this.size = size;
    this.modified = modified;
  }

  static JarWatch of(Path jar) throws IOException {
    BasicFileAttributes before = Files.readAttributes(jar, BasicFileAttributes.class);
    String sha = sha256(jar);
    return new JarWatch(jar, sha, before.size(), before.lastModifiedTime().toMillis());
  }

  String sha256() {
    return sha256;
  }

  /** True when the jar is gone or its size or mtime differs from start (a plugin update or rebuild). */
  boolean changed() {
    try {
      BasicFileAttributes now = Files.readAttributes(jar, BasicFileAttributes.class);
      return now.size() != size || now.lastModifiedTime().toMillis() != modified;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException("no SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return Tokens.hex(digest.digest());
  }
}
