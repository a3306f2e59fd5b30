package org.securityguidance.bootstrap;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.securityguidance.sys.Env;

/**
 * The JVM flags of the running process, minus archive flags and what the environment's option variables added: when
 * this JVM was started by the launcher, exactly the flags every hook JVM gets. A training run must use the same GC and
 * heap flags as the hooks or the archive is rejected (spec §4.4), so they are taken from here rather than copied.
 */
public final class HookJvmFlags {
  private static final List<String> ARCHIVE_FLAG_PREFIXES = List.of("-XX:SharedArchiveFile=", "-XX:AOTCache=",
      "-XX:AOTMode=", "-XX:AOTConfiguration=", "-XX:ArchiveClassesAtExit=", "-XX:AOTCacheOutput=",
      "-XX:ArchiveClassesAtExit", "-Xshare:");

  /** The option variables the JVM (or its launcher) reads itself; a child inherits them anyway. */
  private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
      "_JAVA_OPTIONS");

  private HookJvmFlags() {}

  /** The flags of this JVM as the launcher passed them, without any sharing or archive flag. */
  public static List<String> ofThisJvm(Env env) {
    return filter(ManagementFactory.getRuntimeMXBean().getInputArguments(), env);
  }

  static List<String> filter(List<String> inputArguments, Env env) {
    List<String> flags = new ArrayList<>(inputArguments);
    for (String variable : OPTION_VARIABLES) {
      String value = env.get(variable);
      if (value != null) {
        Arrays.stream(value.trim().split("\\s+")).forEach(flags::remove);
      }
    }
    flags.removeIf(f -> ARCHIVE_FLAG_PREFIXES.stream().anyMatch(f::startsWith));
    return flags;
  }
}
