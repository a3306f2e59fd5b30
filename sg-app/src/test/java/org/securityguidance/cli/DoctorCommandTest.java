package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.sys.Env;

/** {@code doctor} through {@link Main} on this real machine: real JVM, real git, a temp state dir. */
class DoctorCommandTest {
  @TempDir Path tmp;

  private record Run(int rc, String out, String err) {}

  private Run main(String... args) {
    Map<String, String> vars = new HashMap<>(Env.system().asMap());
    vars.put("HOME", tmp.toString());
    vars.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new Env(vars));
    return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theJsonReportOfThisMachineNamesTheRealRuntimeAndGit() {
    Run run = main("doctor", "--json");

    Map<String, Object> json = Json.parseObject(run.out());
    assertThat(run.out().strip()).doesNotContain("\n");
    assertThat(run.rc()).isBetween(0, 2).isEqualTo(((Long) json.get("exit_code")).intValue());
    Map<String, Object> checks = JsonView.object(json, "checks");
    Map<String, Object> runtime = JsonView.object(JsonView.object(checks, "runtime"), "facts");
    assertThat(runtime).containsEntry("java_home", System.getProperty("java.home"))
        .containsEntry("boot_jre", (long) Runtime.version().feature() * 100 + Runtime.version().interim());
    assertThat(JsonView.object(JsonView.object(checks, "git"), "facts")).containsEntry("found", true);
    // The state dir does not exist yet: doctor reports it and does not create it.
    assertThat(JsonView.object(JsonView.object(checks, "state_dir"), "facts")).containsEntry("exists", false);
    assertThat(tmp.resolve("state")).doesNotExist();
  }

  @Test
  void theTextReportEndsWithWhatToDoNext() {
    Run run = main("doctor");

    assertThat(run.out()).startsWith("security-guidance ").contains("[OK  ] runtime").contains("git")
        .containsAnyOf("What to do next:", "Nothing to do.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpAndBadOptions() {
    assertThat(main("doctor", "--help").out()).contains("Exit codes: 0 healthy, 1 degraded");
    Run bad = main("doctor", "--fix");
    assertThat(bad.rc()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err().strip()).isEqualTo("security-guidance doctor: unknown option '--fix' (try --help)");
    assertThat(main("--help").out()).contains("doctor").contains("telemetry");
  }
}
