package org.securityguidance.diagnose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.securityguidance.bootstrap.JvmCacheIndex;
import org.securityguidance.bootstrap.JvmCacheMode;
import org.securityguidance.diagnose.Check.Status;

/**
 * The installation itself: which Java runtime runs the plugin and where the launcher found it, whether the jar
 * matches its SHA-256 sidecar, and whether a start-up cache is registered for exactly this runtime and jar.
 */
final class InstallChecks {
  /** {@code SG_JRE_SRC} / {@code boot_jre_src} names, spec §4.3 (index = code). */
  private static final List<String> SOURCES = List.of("unknown", "SG_JAVA / SG_JAVA_HOME", "JAVA_HOME", "PATH",
      "SDKMAN", "Homebrew", "macOS JavaVirtualMachines", "Linux JVM directory", "Windows Program Files",
      "version manager (asdf, mise, jenv, Gradle, JBang)", "IDE-bundled runtime");

  private final DoctorInputs in;

  InstallChecks(DoctorInputs in) {
    this.in = in;
  }

  Check runtime() {
    DoctorInputs.RuntimeInfo rt = in.runtime();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("java_home", rt.home());
    facts.put("version", rt.version());
    facts.put("boot_jre", (long) rt.bootJre());
    facts.put("vendor", rt.vendor());
    facts.put("vm", rt.vmName());
    int src = in.env().intValue("SG_JRE_SRC", 0);
    facts.put("source", src > 0 && src < SOURCES.size() ? SOURCES.get(src) : "not given by the launcher");
    boolean jto = in.env().get("JAVA_TOOL_OPTIONS") != null || in.env().get("JDK_JAVA_OPTIONS") != null
        || in.env().get("_JAVA_OPTIONS") != null;
    facts.put("java_tool_options_set", jto);
    String summary = "Java " + rt.version() + " (" + rt.vendor() + ", " + rt.vmName() + ") at " + rt.home();
    if (rt.feature() < 17) {
      return new Check("runtime", Status.FAIL, summary, facts,
          "Install a Java 17 or newer runtime (e.g. Temurin 21) or point SG_JAVA_HOME at one");
    }
    return Check.ok("runtime", summary, facts);
  }

  Check jar() {
    Map<String, Object> facts = new LinkedHashMap<>();
    Optional<Path> jar = in.jar();
    if (jar.isEmpty()) {
      return new Check("jar", Status.INFO, "not running from a jar (a development build); nothing to verify", facts,
          null);
    }
    facts.put("path", jar.get().toString());
    Optional<String> expected = sidecar(jar.get());
    facts.put("sidecar", expected.isPresent());
    if (expected.isEmpty()) {
      return new Check("jar", Status.FAIL, "the jar has no readable SHA-256 sidecar (" + jar.get().getFileName()
          + ".sha256)", facts, "Reinstall the plugin: its files are incomplete");
    }
    Optional<String> actual = sha256(jar.get());
    boolean match = actual.isPresent() && actual.get().equals(expected.get());
    facts.put("verified", match);
    if (!match) {
      return new Check("jar", Status.FAIL, "the jar does not match its SHA-256 sidecar", facts,
          "Reinstall or update the plugin: the jar is corrupt or was changed after release");
    }
    return Check.ok("jar", "verified against its SHA-256 sidecar", facts);
  }

  Check cache() {
    Map<String, Object> facts = new LinkedHashMap<>();
    DoctorInputs.RuntimeInfo rt = in.runtime();
    JvmCacheMode mode = JvmCacheMode.forRuntime(rt.feature(), rt.vmName());
    facts.put("mode", mode.name().toLowerCase(Locale.ROOT));
    if (in.env().isExactlyZero("SG_JVM_CACHE")) {
      return new Check("cache", Status.INFO, "turned off (SG_JVM_CACHE=0)", facts, null);
    }
    if (mode == JvmCacheMode.NONE) {
      return new Check("cache", Status.INFO, rt.vmName() + " " + rt.feature() + " has no supported start-up cache",
          facts, null);
    }
    Optional<String> sha = in.jar().flatMap(InstallChecks::sidecar);
    if (sha.isEmpty()) {
      return new Check("cache", Status.INFO, "unknown: no verified jar to match archives against", facts, null);
    }
    Path dir = in.stateDir().resolve("jvm-cache");
    Optional<JvmCacheIndex.Entry> entry = matching(JvmCacheIndex.read(dir), sha.get());
    if (entry.isEmpty()) {
      return new Check("cache", Status.WARN, "no start-up cache registered for this runtime and jar", facts,
          "Hooks start slower until the next session builds the cache; or run 'security-guidance jvm-cache'");
    }
    Path archive = dir.resolve(entry.get().archive());
    facts.put("archive", archive.toString());
    boolean present = sizeOf(archive) > 0;
    facts.put("present", present);
    if (!present) {
      return new Check("cache", Status.WARN, "the registered archive file is missing or empty", facts,
          "Run 'security-guidance jvm-cache' (or start a new session) to rebuild it");
    }
    return Check.ok("cache", mode.name().toLowerCase(Locale.ROOT) + " archive " + entry.get().archive(), facts);
  }

  /** The entry the launcher would pick: same jar hash, and the same binary/release when the launcher said which. */
  private Optional<JvmCacheIndex.Entry> matching(List<JvmCacheIndex.Entry> entries, String sha) {
    String javaBin = in.env().get("SG_JAVA_BIN");
    String release = in.env().get("SG_JRE_RELEASE");
    return entries.stream()
        .filter(e -> e.jarSha256().equals(sha))
        .filter(e -> javaBin == null || e.javaBin().equals(javaBin))
        .filter(e -> release == null || e.releaseLine().equals(release))
        .findFirst();
  }

  static Optional<String> sidecar(Path jar) {
    try {
      String text = Files.readString(jar.resolveSibling(jar.getFileName() + ".sha256"), StandardCharsets.US_ASCII);
      String first = text.strip().split("\\s", 2)[0].toLowerCase(Locale.ROOT);
      return first.matches("[0-9a-f]{64}") ? Optional.of(first) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> sha256(Path file) {
    try (InputStream stream = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      for (int n = stream.read(buf); n >= 0; n = stream.read(buf)) {
        digest.update(buf, 0, n);
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
