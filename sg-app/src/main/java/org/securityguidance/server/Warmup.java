package org.securityguidance.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;

/**
 * Runs synthetic edits through the real hook in a throw-away directory before the server announces itself, so the
 * first real request finds the classes loaded and the scanning loops compiled.
 */
final class Warmup {
  /** Our own sample: a few lines that wake several rule families (command, eval, SQL, HTML, secrets). */
  private static final String SAMPLE = String.join("\n",
      "import subprocess, pickle",
      "def handler(request, db):",
      "    name = request.args.get('name')",
      "    subprocess.run('ls ' + name, shell=True)",
      "    rows = db.execute(\"SELECT id FROM accounts WHERE owner = '\" + name + \"'\")",
      "    obj = pickle.loads(request.data)",
      "    result = eval(request.args.get('expr'))",
      "    db_password = 'Xq7mR2vL9pT4wZ8k'",
      "    return '<div>' + name + '</div>'",
      "");

  private Warmup() {}

  static void run(HookRunner runner, int rounds) throws IOException {
    if (rounds <= 0) {
      return;
    }
    Path root = Files.createTempDirectory("sg-hook-server-warmup");
    try {
      Map<String, String> vars = Map.of("HOME", root.toString(),
          "SECURITY_WARNINGS_STATE_DIR", root.resolve("state").toString(),
          "SECURITY_GUIDANCE_DEBUG_LOG", root.resolve("log.txt").toString());
      for (int i = 0; i < rounds; i++) {
        byte[] stdin = event(root, i).getBytes(StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8);
        runner.run("edit", new ByteArrayInputStream(stdin), sink, sink, new Env(vars), root);
      }
    } finally {
      deleteTree(root);
    }
  }

  private static String event(Path root, int round) {
    StringBuilder content = new StringBuilder();
    for (int copy = 0; copy < 8; copy++) {
      content.append(SAMPLE.replace("handler", "handler" + copy));
    }
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("file_path", root.resolve("app" + (round % 4) + ".py").toString());
    input.put("content", content.toString());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("session_id", "warmup-" + round);
    event.put("hook_event_name", "PostToolUse");
    event.put("tool_name", round % 2 == 0 ? "Write" : "Edit");
    event.put("cwd", root.toString());
    event.put("tool_input", round % 2 == 0 ? input : editInput(input));
    return Json.write(event);
  }

  private static Map<String, Object> editInput(Map<String, Object> write) {
    Map<String, Object> edit = new LinkedHashMap<>();
    edit.put("file_path", write.get("file_path"));
    edit.put("old_string", "pass");
    edit.put("new_string", write.get("content"));
    return edit;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      // A temp directory left behind is harmless.
    }
  }
}
