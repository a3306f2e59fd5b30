package org.securityguidance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;

/**
 * {@code train} (alias {@code --aot-train}): runs the hook's representative code paths in-process on bundled fixture
 * events, so that a JVM started with {@code -XX:ArchiveClassesAtExit} or {@code -XX:AOTCacheOutput} records the
 * classes a real hook loads (bootstrap-and-telemetry.md §4.5 step 7).
 *
 * <p>Design note: the hooks run against a temp state dir, home and project that are deleted afterwards, with an
 * environment built from scratch: no network, no git, nothing of the user's. Each fixture states what the hook must
 * print, so a training run that no longer reaches the reminder path fails instead of archiving too little.
 */
final class TrainCommand {
  private static final String RESOURCES = "/org/securityguidance/train/";

  /** What a fixture's first run must print on the protocol stream. */
  private enum Expect { NOTHING, REMINDER }

  private record Fixture(String file, String event, Expect first) {}

  private static final List<Fixture> FIXTURES = List.of(
      new Fixture("01-write-clean.json", "edit", Expect.NOTHING),
      new Fixture("02-write-match.json", "edit", Expect.REMINDER),
      new Fixture("03-edit-match.json", "edit", Expect.REMINDER),
      new Fixture("04-multiedit-match.json", "edit", Expect.REMINDER),
      new Fixture("05-notebook.json", "edit", Expect.NOTHING),
      new Fixture("06-write-user-rule.json", "edit", Expect.REMINDER),
      new Fixture("07-bash-plain.json", "bash", Expect.NOTHING));

  /** Two passes: the second one takes the dedupe path (same session, warnings already shown). */
  private static final int PASSES = 2;

  private TrainCommand() {}

  static int run(String[] args, PrintStream err, Env env) {
    if (args.length > 0) {
      throw new UsageException("takes no arguments");
    }
    long start = System.nanoTime();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sg-train-");
      Path project = Files.createDirectories(dir.resolve("project").resolve(".claude"));
      copyResource("security-patterns.yaml", project.resolve("security-patterns.yaml"));
      Env trainingEnv = trainingEnv(dir, env);
      for (int pass = 0; pass < PASSES; pass++) {
        for (Fixture f : FIXTURES) {
          String failure = runFixture(f, pass, dir, trainingEnv);
          if (failure != null) {
            err.println("security-guidance train: " + f.file() + ": " + failure);
            return ExitCode.INTERNAL;
          }
        }
      }
      err.println("security-guidance train: " + FIXTURES.size() * PASSES + " hook runs in "
          + (System.nanoTime() - start) / 1_000_000 + " ms");
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("security-guidance train: could not set up the training dir: " + e.getClass().getSimpleName());
      return ExitCode.INTERNAL;
    } finally {
      deleteTree(dir);
    }
  }

  private static String runFixture(Fixture f, int pass, Path dir, Env env) throws IOException {
    byte[] event = fixture(f.file(), dir);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    int code = HookCommand.run(new String[] {f.event()}, new ByteArrayInputStream(event), out, env);
    String printed = captured.toString(StandardCharsets.UTF_8);
    if (code != ExitCode.OK) {
      return "hook exited " + code;
    }
    boolean reminder = printed.contains("\"additionalContext\"");
    if (pass == 0 && (f.first() == Expect.REMINDER) != reminder) {
      return f.first() == Expect.REMINDER ? "no reminder was shown" : "unexpected output";
    }
    return null;
  }

  /** The fixture with its placeholders filled in (JSON-escaped, so any temp path is safe). */
  private static byte[] fixture(String name, Path dir) throws IOException {
    String text = new String(resource(name).readAllBytes(), StandardCharsets.UTF_8);
    text = text.replace("\"@PROJECT@", "\"" + jsonBody(dir.resolve("project").toString()))
        .replace("\"@DIR@", "\"" + jsonBody(dir.toString()))
        .replace("@SESSION@", "train-" + ProcessHandle.current().pid());
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String jsonBody(String value) {
    String quoted = Json.write(value);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static Env trainingEnv(Path dir, Env env) throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    return new Env(Map.of(
        "HOME", home.toString(),
        "SECURITY_WARNINGS_STATE_DIR", dir.resolve("state").toString(),
        "PATH", env.get("PATH", "")));
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TrainCommand.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IOException("missing training resource " + name);
    }
    return in;
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = resource(name)) {
      Files.copy(in, target);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // A leftover temp dir is harmless.
    }
  }
}
