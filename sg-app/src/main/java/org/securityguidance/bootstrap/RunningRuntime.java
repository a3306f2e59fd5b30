package org.securityguidance.bootstrap;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.sys.Env;
import org.securityguidance.telemetry.boot.RuntimeFacts;

/**
 * The JVM the bootstrap runs on, as the launcher sees it ({@code SG_JAVA_BIN}, {@code SG_JRE_RELEASE}) and as it
 * reports itself ({@link Runtime#version()}, {@code java.vm.name}); tests build one for any layout.
 *
 * @param javaBin the java binary the launcher execs (the archive index names it byte for byte)
 * @param releaseLine the {@code JAVA_VERSION=} line of the runtime's {@code release} file, or {@code none}
 * @param version the running version
 * @param vmName {@code java.vm.name}
 * @param vendorVersion {@code java.vendor.version} (names GraalVM), may be null
 * @param vmFingerprint first 8 hex characters of SHA-256(java.home + java.vm.version), spec §4.4
 * @param javaHome {@code java.home}, where {@code bin/javac} is probed
 * @param windows running on Windows, where the launcher does not use archives yet (ADR 0011)
 */
public record RunningRuntime(String javaBin, String releaseLine, Runtime.Version version, String vmName,
    String vendorVersion, String vmFingerprint, Path javaHome, boolean windows) {

  /** Spec §4.3: the first quoted version of the release line, {@code "25.0.3"} or {@code "1.8.0_392"}. */
  private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(1\\.)?([0-9]{1,4})");

  /** The discovery source code emitted when the launcher's facts describe another runtime than this one. */
  static final int SRC_MISMATCH = 99;

  /** The running JVM, with the launcher's view of it from {@code env}. */
  public static RunningRuntime current(Env env) {
    String home = System.getProperty("java.home", "");
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    String bin = Path.of(home, "bin", windows ? "java.exe" : "java").toString();
    String release = env.get("SG_JRE_RELEASE", JvmTarget.releaseLine(Path.of(home)));
    return new RunningRuntime(env.get("SG_JAVA_BIN", bin), release.isEmpty() ? JvmTarget.NO_RELEASE_LINE : release,
        Runtime.version(), System.getProperty("java.vm.name", ""), System.getProperty("java.vendor.version"),
        JvmTarget.sha256Hex(home + System.getProperty("java.vm.version", "")).substring(0, 8), Path.of(home),
        windows);
  }

  /**
   * The archive mode for this runtime; none when archives are switched off, and on Windows, where the launcher maps
   * no archive yet (it would need a {@code cygpath} fork on every hook), so training one would only cost time.
   */
  public JvmCacheMode cacheMode(boolean cacheOff) {
    return cacheOff || windows ? JvmCacheMode.NONE : JvmCacheMode.forRuntime(version.feature(), vmName);
  }

  /**
   * The facts to emit. {@code src} is the launcher's {@code SG_JRE_SRC}, kept only when the release line it exported
   * names this runtime's feature version (spec §4.5 step 1); otherwise {@link #SRC_MISMATCH}.
   */
  public RuntimeFacts facts(BootSettings settings, JvmCacheMode mode) {
    int src = settings.jreSrc();
    if (src != 0 && settings.jreRelease() != null) {
      Integer released = releaseFeature(settings.jreRelease());
      if (released != null && released != version.feature()) {
        src = SRC_MISMATCH;
      }
    }
    return new RuntimeFacts(RuntimeFacts.jreCode(version), src, RuntimeFacts.vmKind(vmName, vendorVersion),
        mode.code());
  }

  /** The feature version a {@code JAVA_VERSION="…"} line names ({@code 1.8} → 8), or null. */
  static Integer releaseFeature(String line) {
    Matcher m = RELEASE_VERSION.matcher(line);
    return m.find() ? Integer.valueOf(m.group(2)) : null;
  }

  /** What an archive for {@code jar} (verified, hash {@code jarSha256}) is built for. */
  public JvmTarget target(Path jar, String jarSha256) {
    return new JvmTarget(javaBin, releaseLine, version.feature(), vmName, vmFingerprint, jar, jarSha256);
  }
}
