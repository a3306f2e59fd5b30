package org.securityguidance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.state.SessionKey;
import org.securityguidance.sys.Env;

/**
 * One golden hook case on disk: {@code <case>.stdin.json} with {@code .stdout.json} and {@code .exit}, plus optional
 * {@code .env.json} (extra variables), {@code .state.json} (session state before), {@code .files.json} (files to
 * create, path relative to the temp root → content) and {@code .state-after.json} (session state after).
 *
 * <p>Every file may use {@code ${TMP}} for the case's temp root; output is compared after the root is turned back into
 * {@code ${TMP}}, so the goldens are machine-independent.
 */
record HookGolden(String event, String name, Path dir) {
  static final String[] SUFFIXES = {".stdin.json", ".stdout.json", ".exit", ".env.json", ".state.json",
      ".files.json", ".state-after.json", ".repo.json", ".model.json", ".stderr.txt"};

  Path file(String suffix) {
    return dir.resolve(name + suffix);
  }

  /** What one run produced. */
  record Result(String stdout, String exit, String stateAfter, String stderr) {}

  /** How a case's hook is run: in this JVM by default, or through the warm hook server. */
  interface Runner {
    int run(String event, byte[] stdin, PrintStream out, PrintStream err, Env env, Path tmp) throws IOException;
  }

  Result run(Path tmp) throws IOException {
    return run(tmp, HookGolden::direct);
  }

  private static int direct(String event, byte[] stdin, PrintStream out, PrintStream err, Env env, Path tmp) {
    return HookCommand.run(new String[] {event}, new ByteArrayInputStream(stdin), out, err, env);
  }

  Result run(Path tmp, Runner runner) throws IOException {
    String stdin = read(".stdin.json", tmp);
    Map<String, String> vars = new HashMap<>();
    vars.put("HOME", tmp.resolve("home").toString());
    vars.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    vars.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    if (Files.exists(file(".env.json"))) {
      Json.parseObject(read(".env.json", tmp)).forEach((k, v) -> vars.put(k, String.valueOf(v)));
    }
    if (Files.exists(file(".files.json"))) {
      for (Map.Entry<String, Object> f : Json.parseObject(read(".files.json", tmp)).entrySet()) {
        Path target = tmp.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, String.valueOf(f.getValue()));
      }
    }
    Path stateFile = stateFile(tmp, stdin);
    if (Files.exists(file(".state.json"))) {
      Files.createDirectories(stateFile.getParent());
      Files.writeString(stateFile, read(".state.json", tmp));
    }
    FakeMessagesServer api = Files.exists(file(".model.json"))
        ? GoldenRepo.startModel(read(".model.json", tmp), vars) : null;
    try {
      if (Files.exists(file(".repo.json"))) {
        GoldenRepo.build(tmp, read(".repo.json", tmp), session(stdin), vars);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = runner.run(event, stdin.getBytes(StandardCharsets.UTF_8),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          new Env(vars), tmp);
      String after = Files.exists(stateFile) ? Files.readString(stateFile) + "\n" : "";
      return new Result(timeless(untemp(out.toString(StandardCharsets.UTF_8), tmp)), code + "\n",
          untemp(after, tmp), untemp(err.toString(StandardCharsets.UTF_8), tmp));
    } finally {
      if (api != null) {
        api.close();
      }
    }
  }

  /** Review durations differ run to run; everything else in a line is deterministic. */
  private static String timeless(String stdout) {
    return stdout.replaceAll("\"review_ms\":[0-9]{1,12}", "\"review_ms\":0");
  }

  private static Path stateFile(Path tmp, String stdin) {
    return tmp.resolve("state").resolve("security_warnings_state_" + SessionKey.of(null, session(stdin)) + ".json");
  }

  private static String session(String stdin) {
    try {
      if (Json.parse(stdin) instanceof Map<?, ?> m && m.get("session_id") instanceof String s) {
        return s;
      }
    } catch (RuntimeException e) {
      // Bad-stdin cases have no session.
    }
    return "";
  }

  private String read(String suffix, Path tmp) throws IOException {
    return Files.readString(file(suffix)).replace("${TMP}", json(tmp.toString()));
  }

  /** The temp root as it appears inside JSON strings (backslashes escaped on Windows). */
  private static String json(String s) {
    String quoted = Json.write(s);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String untemp(String text, Path tmp) {
    return text.replace(json(tmp.toString()), "${TMP}");
  }
}
