package org.securityguidance.it.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A throw-away machine for launcher tests: its own HOME, state dir, PATH of plain tools, discovery root
 * ({@code SG_TEST_FS_ROOT}) and a placeholder jar, plus fake JDK homes whose {@code bin/java} is a shell stub that
 * logs each call and prints who it is.
 */
public final class Sandbox {
  public final Path root;
  public final Path home;
  public final Path state;
  public final Path tools;
  public final Path fsRoot;
  public final Path jar;
  private final Map<String, String> env = new LinkedHashMap<>();

  public Sandbox(Path root) {
    this.root = root;
    this.home = root.resolve("home");
    this.state = root.resolve("state");
    this.tools = Launcher.toolsDir();
    this.fsRoot = root.resolve("fsroot");
    this.jar = root.resolve("placeholder.jar");
    try {
      Files.createDirectories(home);
      Files.createDirectories(fsRoot);
      Files.writeString(jar, "not a real jar; fake java stubs never open it");
      // A fresh rescue throttle: `hook edit` without a start-up archive would otherwise spawn a detached
      // `sg-java.sh rescue` that outlives the test (RescueTest removes it to test exactly that).
      Files.createDirectories(state);
      Files.writeString(state.resolve(".jvm_boot_spawned"), Instant.now().getEpochSecond() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("HOME", home.toString());
    env.put("PATH", tools.toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", state.toString());
    env.put("SG_TEST_FS_ROOT", fsRoot.toString());
    env.put("SG_JAR", jar.toString());
  }

  /** Sets (or with {@code null} removes) one environment variable of later runs. */
  public Sandbox env(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  /** Puts {@code dir} in front of the tools on PATH. */
  public Sandbox prependPath(Path dir) {
    env.put("PATH", dir + ":" + env.get("PATH"));
    return this;
  }

  public Map<String, String> environment() {
    return Map.copyOf(env);
  }

  public ProcessResult run(String... args) {
    return Launcher.run(Launcher.script(), env, root, args);
  }

  /** Runs the launcher with {@code stdin} as its standard input (a hook's event JSON). */
  public ProcessResult runWithStdin(String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(Launcher.onHostPath("bash").toString(), Launcher.script().toString()));
    command.addAll(List.of(args));
    return Launcher.exec(command, env, root, stdin);
  }

  /** A fake JDK home whose {@code bin/java} runs {@code body} (bash) for every call except {@code -version}. */
  public Path scriptedJdk(String relativeHome, String body) {
    Path home = resolveUnder(relativeHome);
    write(home.resolve("release"), "JAVA_VERSION=\"21.0.2\"\n");
    write(home.resolve("bin/java"), "#!" + Launcher.onHostPath("bash") + "\n" + body + "\n");
    makeExecutable(home.resolve("bin/java"));
    return home;
  }

  public Path cacheFile() {
    return state.resolve("jvm-runtime.cache");
  }

  /** A JDK home with a {@code release} file declaring {@code javaVersion}, and a stub {@code bin/java}. */
  public Path fakeJdk(String relativeHome, String javaVersion) {
    Path home = resolveUnder(relativeHome);
    write(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
    writeStub(home.resolve("bin/java"), home, "openjdk version \"" + javaVersion + "\"", 0, false);
    return home;
  }

  /** A Windows-style JDK home (Git Bash layout): {@code release} plus a stub named {@code bin/java.exe}. */
  public Path fakeWindowsJdk(String relativeHome, String javaVersion) {
    Path home = resolveUnder(relativeHome);
    write(home.resolve("release"), "JAVA_VERSION=\"" + javaVersion + "\"\r\n");
    writeStub(home.resolve("bin/java.exe"), home, "openjdk version \"" + javaVersion + "\"", 0, false);
    return home;
  }

  /** A JDK home without a {@code release} file: the launcher must run {@code java -version}. */
  public Path fakeJdkWithoutRelease(String relativeHome, String versionOutput, int versionExit, boolean hang) {
    Path home = resolveUnder(relativeHome);
    writeStub(home.resolve("bin/java"), home, versionOutput, versionExit, hang);
    return home;
  }

  /** The stub binary of a fake home (named {@code java.exe} in Windows layouts). */
  public static Path javaOf(Path home) {
    Path exe = home.resolve("bin/java.exe");
    return Files.exists(exe) ? exe : home.resolve("bin/java");
  }

  /** Every argument line the stub of {@code home} was called with (one line per call). */
  public static String calls(Path home) {
    Path log = home.resolve("calls.log");
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Absolute paths starting with '/' live under the discovery root; others under HOME. */
  private Path resolveUnder(String relativeHome) {
    return relativeHome.startsWith("/") ? fsRoot.resolve(relativeHome.substring(1)) : home.resolve(relativeHome);
  }

  static void writeStub(Path java, Path home, String versionOutput, int versionExit, boolean hang) {
    String sleep = Launcher.onHostPath("sleep").toString();
    String script =
        "#!" + Launcher.onHostPath("bash") + "\n"
            + "printf '%s\\n' \"$*\" >> " + quote(home.resolve("calls.log").toString()) + "\n"
            + "if [ \"${1-}\" = -version ]; then\n"
            + (hang ? "  exec " + quote(sleep) + " 30\n" : "")
            + "  printf '%s\\n' " + quote(versionOutput) + " >&2\n"
            + "  exit " + versionExit + "\n"
            + "fi\n"
            + "case \" $* \" in *' session-start '*)\n"
            + "  printf '{\"fake_java\":\"%s\",\"src\":\"%s\",\"from_source\":\"%s\",\"has_javac\":\"%s\","
            + "\"has_mvn\":\"%s\",\"args\":\"%s\"}\\n' " + quote(home.toString())
            + " \"${SG_JRE_SRC-}\" \"${SG_BOOT_FROM_SOURCE-}\" \"${SG_BOOT_HAS_JAVAC-}\" \"${SG_BOOT_HAS_MVN-}\" \"$*\" ;;\n"
            + "esac\n"
            + "printf 'FAKE-JAVA %s\\n' " + quote(home.toString()) + "\n"
            + "printf 'SRC %s\\n' \"${SG_JRE_SRC-}\"\n"
            + "printf 'ARGS %s\\n' \"$*\"\n";
    write(java, script);
    makeExecutable(java);
  }

  static void makeExecutable(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  static Path writeAndReturn(Path file, String text) {
    write(file, text);
    return file;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
