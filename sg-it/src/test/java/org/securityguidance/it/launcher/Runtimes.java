package org.securityguidance.it.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Java runtimes a process-level test can run on: the test JVM's own, and every JDK 17+ under /usr/lib/jvm. */
public final class Runtimes {
  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private Runtimes() {}

  /** The test JVM's home and every JDK 17+ home under /usr/lib/jvm (resolved, without duplicates). */
  public static Stream<Path> installed() throws IOException {
    Set<Path> homes = new LinkedHashSet<>();
    homes.add(testJavaHome());
    Path jvmDir = Paths.get("/usr/lib/jvm");
    if (Files.isDirectory(jvmDir)) {
      try (Stream<Path> dirs = Files.list(jvmDir)) {
        for (Path d : dirs.filter(d -> Files.isExecutable(d.resolve("bin/java"))).toList()) {
          homes.add(d.toRealPath());
        }
      }
    }
    return homes.stream().filter(h -> feature(h) >= 17);
  }

  /** The feature release in {@code <home>/release}, 0 when unknown. */
  public static int feature(Path home) {
    try {
      Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The test JVM's own home (JDK 17 on this project's CI), resolved. */
  public static Path testJavaHome() {
    try {
      return Paths.get(System.getProperty("java.home")).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
