package org.securityguidance.bootstrap;

import java.nio.file.Path;
import java.util.List;

/**
 * The kind of JVM start-up archive a runtime can use, with the telemetry code {@code boot_cache_mode}
 * (bootstrap-and-telemetry.md §4.4): 17–23 a dynamic CDS archive, 24 the two-step AOT cache, 25+ the one-step one.
 */
public enum JvmCacheMode {
  NONE(0, ""),
  CDS_DYNAMIC(1, "jsa"),
  AOT_TWO_STEP(2, "aot"),
  AOT_ONE_STEP(3, "aot");

  private final int code;
  private final String extension;

  JvmCacheMode(int code, String extension) {
    this.code = code;
    this.extension = extension;
  }

  /** The {@code boot_cache_mode} value; APPEND-ONLY. */
  public int code() {
    return code;
  }

  /** File extension of the archive, without the dot. */
  public String extension() {
    return extension;
  }

  /** The mode with this code, or {@link #NONE}. */
  public static JvmCacheMode ofCode(int code) {
    for (JvmCacheMode m : values()) {
      if (m.code == code) {
        return m;
      }
    }
    return NONE;
  }

  /**
   * The mode for a runtime. Only HotSpot is gated in: OpenJ9 has its own shared-class cache and rejects these flags,
   * and {@code -XX:+AutoCreateSharedArchive} is never used because JDK 17 refuses to start with it (spec §4.4).
   */
  public static JvmCacheMode forRuntime(int feature, String vmName) {
    if (vmName == null || !vmName.contains("HotSpot") && !vmName.startsWith("OpenJDK")) {
      return NONE;
    }
    if (feature >= 25) {
      return AOT_ONE_STEP;
    }
    if (feature == 24) {
      return AOT_TWO_STEP;
    }
    return feature >= 17 ? CDS_DYNAMIC : NONE;
  }

  /**
   * The sharing flags a hook JVM gets with {@code archive}, in place of a plain {@code -Xshare:auto} (the launcher does
   * the same in bash). JDK 25 refuses to start when {@code -XX:AOTCache} comes with any {@code -Xshare} option.
   */
  public List<String> useFlags(Path archive) {
    return switch (this) {
      case NONE -> List.of("-Xshare:auto");
      case CDS_DYNAMIC -> List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive);
      case AOT_TWO_STEP, AOT_ONE_STEP -> List.of("-XX:AOTCache=" + archive);
    };
  }

  /** The flags of the training run that writes {@code archive} ({@code conf}: the two-step mode's configuration). */
  List<String> trainFlags(Path archive, Path conf) {
    return switch (this) {
      case NONE -> List.of("-Xshare:auto");
      case CDS_DYNAMIC -> List.of("-Xshare:auto", "-XX:ArchiveClassesAtExit=" + archive);
      case AOT_ONE_STEP -> List.of("-XX:AOTCacheOutput=" + archive);
      case AOT_TWO_STEP -> List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf);
    };
  }

  /** {@link #useFlags} in strict mode: a JVM that cannot map the archive refuses to start. */
  List<String> strictUseFlags(Path archive) {
    return switch (this) {
      case NONE -> List.of("-Xshare:auto");
      case CDS_DYNAMIC -> List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive);
      case AOT_TWO_STEP, AOT_ONE_STEP -> List.of("-XX:AOTMode=on", "-XX:AOTCache=" + archive);
    };
  }
}
