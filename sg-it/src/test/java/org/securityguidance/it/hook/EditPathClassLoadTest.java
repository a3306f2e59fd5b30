package org.securityguidance.it.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-edit path stays lean: of the application module it loads only the entry point and the hook command (no
 * flow, scan or report classes), and nothing from the HTTP or TLS stacks.
 */
class EditPathClassLoadTest {
  private static final List<String> APP_CLASSES_ALLOWED = List.of("org.securityguidance.cli.Main",
      "org.securityguidance.cli.HookCommand", "org.securityguidance.cli.Version", "org.securityguidance.cli.ExitCode",
      "org.securityguidance.cli.UsageException");

  @TempDir Path tmp;

  @Test
  void anEditWithAWarningLoadsNoFlowOrNetworkClasses() throws Exception {
    Path classLog = tmp.resolve("classes.txt");
    ProcessBuilder pb = new ProcessBuilder(HookProcess.java().toString(), "-Xlog:class+load:file=" + classLog,
        "-jar", HookProcess.jar().toString(), "hook", "edit");
    pb.environment().put("HOME", tmp.resolve("home").toString());
    pb.environment().put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(("{\"session_id\":\"s\",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Write\",\"tool_input\":"
          + "{\"file_path\":\"/p/a.py\",\"content\":\"x = eval(y)\\n\"}}").getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("eval_injection");

    List<String> loaded = Files.readAllLines(classLog).stream()
        .map(l -> l.replaceFirst("^.*\\[class,load\\] ", "").split(" ")[0]).toList();
    assertThat(loaded).noneMatch(c -> c.startsWith("java.net.http") || c.startsWith("javax.net.ssl")
        || c.startsWith("org.securityguidance.flow.") || c.startsWith("org.securityguidance.scan.")
        || c.startsWith("org.securityguidance.report."));
    List<String> app = loaded.stream().filter(c -> c.startsWith("org.securityguidance.cli."))
        .map(c -> c.replaceFirst("[$].*", "")).distinct().toList();
    assertThat(APP_CLASSES_ALLOWED).containsAll(app);
  }
}
