package org.securityguidance.bootstrap;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.securityguidance.sys.Env;

/**
 * What a start-up archive is built for: the java binary and {@code release} line exactly as the launcher sees them
 * (it exports {@code SG_JAVA_BIN} and {@code SG_JRE_RELEASE}), the running jar and its SHA-256 sidecar, and the VM
 * identity used in the archive's file name (spec §4.4: {@code vmFp8} = SHA-256 of java.home + java.vm.version).
 *
 * @param javaBin the binary the launcher execs; the pointer must name it byte for byte
 * @param releaseLine the {@code JAVA_VERSION=...} line of the runtime's {@code release} file
 * @param feature the runtime's feature release (17, 21, 25...)
 * @param vmName {@code java.vm.name}
 * @param vmFingerprint first 8 hex characters of SHA-256(java.home + java.vm.version)
 * @param jar the jar this JVM runs, as it was given on the command line
 * @param jarSha256 the 64 hex characters of the jar's {@code .sha256} sidecar
 */
public record JvmTarget(String javaBin, String releaseLine, int feature, String vmName, String vmFingerprint,
    Path jar, String jarSha256) {

  /** Recorded when the runtime has no {@code release} file; the launcher compares against the same word. */
  static final String NO_RELEASE_LINE = "none";

  /** The running JVM and jar; empty when not started from a jar with a readable SHA-256 sidecar. */
  public static Optional<JvmTarget> current(Env env, Class<?> anchor) {
    Optional<Path> jar = runningJar(anchor);
    if (jar.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> sha = sidecarSha(jar.get());
    if (sha.isEmpty()) {
      return Optional.empty();
    }
    RunningRuntime runtime = RunningRuntime.current(env);
    return Optional.of(new JvmTarget(runtime.javaBin(), runtime.releaseLine(), runtime.version().feature(),
        runtime.vmName(), runtime.vmFingerprint(), jar.get(), sha.get()));
  }

  /** The archive mode this runtime supports. */
  public JvmCacheMode mode() {
    return JvmCacheMode.forRuntime(feature, vmName);
  }

  /** {@code sg-<pv>-<jarSha8>-<vmFp8>.<ext>} (spec §4.4). */
  public String archiveName(long pv, JvmCacheMode mode) {
    return "sg-" + pv + "-" + jarSha256.substring(0, 8) + "-" + vmFingerprint + "." + mode.extension();
  }

  /** The {@code JAVA_VERSION=} line of {@code <home>/release}, as the launcher reads it; empty when there is none. */
  static String releaseLine(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
      }
    } catch (IOException | RuntimeException e) {
      // No release file: the launcher then records an empty line too.
    }
    return "";
  }

  /** The jar {@code anchor} was loaded from; empty when it came from a class directory or cannot be located. */
  public static Optional<Path> runningJar(Class<?> anchor) {
    try {
      CodeSource source = anchor.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> sidecarSha(Path jar) {
    try {
      String text = Files.readString(jar.resolveSibling(jar.getFileName() + ".sha256"), StandardCharsets.US_ASCII);
      String first = text.strip().split("\\s", 2)[0].toLowerCase(java.util.Locale.ROOT);
      return first.matches("[0-9a-f]{64}") ? Optional.of(first) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static String sha256Hex(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
