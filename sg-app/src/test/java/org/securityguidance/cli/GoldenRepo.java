package org.securityguidance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.sys.Env;

/**
 * The optional review set-up of a golden hook case: {@code <case>.repo.json} builds a git repository at
 * {@code ${TMP}/repo} ({@code committed} files, then a {@code hook prompt} baseline when {@code prompt} is true, then
 * the {@code changed} files), and {@code <case>.model.json} scripts the fake Messages API on 127.0.0.1 with a list of
 * replies: {@code {"verdict": [findings]}}, {@code {"error": status}}, {@code {"refusal": true}} or
 * {@code {"text": "..."}}. With {@code "commit": "<message>"} the changed files are then committed, and every commit
 * of the case has pinned author and committer dates, so its id is the same on every machine (Bash commit cases
 * quote it in git's {@code [main <id>]} line).
 */
final class GoldenRepo {
  private GoldenRepo() {}

  /** Starts the fake API with the scripted replies and points the environment at it. */
  static FakeMessagesServer startModel(String modelJson, Map<String, String> vars) {
    FakeMessagesServer api = FakeMessagesServer.start();
    for (Object o : (List<?>) Json.parse(modelJson)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) o;
      api.enqueue(reply(r));
    }
    vars.put("ANTHROPIC_BASE_URL", api.baseUrl());
    vars.putIfAbsent("ANTHROPIC_API_KEY", "sk-golden");
    return api;
  }

  private static FakeReply reply(Map<String, Object> r) {
    if (r.containsKey("verdict")) {
      List<Object> found = JsonView.array(r, "verdict");
      return FakeReply.messageWithJson(Map.of("hasVulnerabilities", !found.isEmpty(), "vulnerabilities", found));
    }
    if (r.containsKey("error")) {
      return FakeReply.error((int) JsonView.number(r, "error", 500), "scripted_error");
    }
    if (r.containsKey("refusal")) {
      return FakeReply.refusal();
    }
    return FakeReply.messageWithJson(JsonView.string(r, "text"));
  }

  /** Builds the repository and, when asked, runs the prompt hook for {@code session}. */
  static void build(Path tmp, String repoJson, String session, Map<String, String> vars) throws IOException {
    Map<String, Object> spec = Json.parseObject(repoJson);
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    boolean pinned = spec.containsKey("commit");
    git(tmp, repo, pinned, "init", "-q", "-b", "main");
    write(repo, JsonView.object(spec, "committed"));
    git(tmp, repo, pinned, "add", "-A");
    git(tmp, repo, pinned, "-c", "user.name=golden", "-c", "user.email=golden@example.com", "commit", "-q", "-m",
        "base");
    if (JsonView.truthy(spec, "prompt")) {
      String stdin = Json.write(Map.of("session_id", session, "hook_event_name", "UserPromptSubmit",
          "cwd", repo.toString()));
      HookCommand.run(new String[] {"prompt"}, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), new Env(vars));
    }
    write(repo, JsonView.object(spec, "changed"));
    if (pinned) {
      git(tmp, repo, true, "add", "-A");
      git(tmp, repo, true, "-c", "user.name=golden", "-c", "user.email=golden@example.com", "commit", "-q", "-m",
          JsonView.string(spec, "commit"));
    }
  }

  private static void write(Path repo, Map<String, Object> files) throws IOException {
    for (Map.Entry<String, Object> f : files.entrySet()) {
      Path target = repo.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, String.valueOf(f.getValue()));
    }
  }

  private static void git(Path tmp, Path repo, boolean pinnedDates, String... args) throws IOException {
    List<String> argv = new ArrayList<>(List.of("git", "-C", repo.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("HOME", tmp.resolve("home").toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    if (pinnedDates) {
      pb.environment().put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
      pb.environment().put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
    }
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("git " + String.join(" ", args) + ": " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
