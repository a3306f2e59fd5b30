package org.securityguidance.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code boot_has_javac} probe (spec §4.7): whether the runtime's home has a {@code javac}. A file check, no
 * process: it is asked only on the verify/build failures where the answer decides the fix (a JRE cannot rebuild the
 * jar from source), never on healthy sessions — the original's {@code has_pip} lesson.
 */
public final class JavacProbe {
  private JavacProbe() {}

  /** True when {@code <javaHome>/bin/javac} (or {@code javac.exe}) is an executable file. */
  public static boolean present(Path javaHome) {
    if (javaHome == null) {
      return false;
    }
    Path bin = javaHome.resolve("bin");
    return executable(bin.resolve("javac")) || executable(bin.resolve("javac.exe"));
  }

  private static boolean executable(Path p) {
    return Files.isRegularFile(p) && Files.isExecutable(p);
  }
}
