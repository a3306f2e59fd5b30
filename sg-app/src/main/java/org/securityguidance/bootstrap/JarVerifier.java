package org.securityguidance.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Spec §4.5 step 3: the running jar's SHA-256 against its {@code <jar>.sha256} sidecar (first 64 hex characters of
 * the file, as {@code sha256sum} writes it). A jar that is missing, unreadable as a sidecar, or different is never
 * trusted for a start-up archive: the archive would be keyed to bytes nobody shipped.
 */
public final class JarVerifier {
  /** The verdict; {@link #VERIFIED} carries the hash in {@link Verdict#sha256()}. */
  public enum Status { VERIFIED, JAR_MISSING, SIDECAR_MISSING, MISMATCH }

  /** The verdict and, when verified, the 64-hex hash. */
  public record Verdict(Status status, String sha256) {
    public boolean ok() {
      return status == Status.VERIFIED;
    }
  }

  private static final int SIDECAR_MAX_BYTES = 4096;

  private JarVerifier() {}

  /** Verifies {@code jar} (null: not running from a jar); I/O errors other than a missing file propagate. */
  public static Verdict verify(Path jar) throws IOException {
    if (jar == null || !Files.isRegularFile(jar)) {
      return new Verdict(Status.JAR_MISSING, null);
    }
    String expected = sidecar(jar.resolveSibling(jar.getFileName() + ".sha256"));
    if (expected == null) {
      return new Verdict(Status.SIDECAR_MISSING, null);
    }
    String actual = sha256(jar);
    return actual.equals(expected) ? new Verdict(Status.VERIFIED, actual) : new Verdict(Status.MISMATCH, null);
  }

  /** The hash the sidecar names, or null when it is absent or not 64 hex characters. */
  static String sidecar(Path file) throws IOException {
    byte[] raw;
    try (InputStream in = Files.newInputStream(file)) {
      raw = in.readNBytes(SIDECAR_MAX_BYTES);
    } catch (NoSuchFileException e) {
      return null;
    }
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    String first = text.isEmpty() ? "" : text.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
    return first.matches("[0-9a-f]{64}") ? first : null;
  }

  /** Lower-case hex SHA-256 of a file's bytes, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        digest.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
