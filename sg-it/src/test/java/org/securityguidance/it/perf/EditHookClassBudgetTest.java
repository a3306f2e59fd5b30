package org.securityguidance.it.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.ProcessResult;

/**
 * Class-load budget of the per-edit hook (STYLE.md (c) item 4, ADR 0008): {@code hook edit}, launched exactly as
 * hooks.json launches it and without a start-up archive, on a golden 20 KB Write event. It must load nothing of the
 * review, flow, scan, report, bootstrap or git code, nothing of the HTTP/TLS stacks or third-party JSON/SDK
 * libraries, and no more of our own classes than the budget measured when the hook landed (+20 %).
 */
class EditHookClassBudgetTest {
  /**
   * Named classes of ours: 69 measured on 2026-11-25 (JDK 17.0.15 and 25.0.3 alike), +20 %. On 2026-11-26 the
   * generated catalog and the lambda-free path made it 67 (clean) / 75 (match): the budget stays.
   */
  static final int OWN_CLASS_BUDGET = 83;

  /**
   * Lambda classes of ours: none since 2026-11-26 (ADR 0008; each cost a spun class in a cold JVM). A new lambda or
   * stream on the edit path needs a measurement first.
   */
  static final int OWN_LAMBDA_BUDGET = 0;

  private static final List<String> FORBIDDEN_PREFIXES = List.of(
      "org.securityguidance.flow.", "org.securityguidance.scan.", "org.securityguidance.report.",
      "org.securityguidance.review.", "org.securityguidance.agent.", "org.securityguidance.bootstrap.",
      "org.securityguidance.git.",
      "org.securityguidance.cli.ScanCommand", "org.securityguidance.cli.RulesCommand",
      "org.securityguidance.cli.TrainCommand", "org.securityguidance.cli.JvmCacheCommand",
      "java.net.http.", "javax.net.ssl.", "sun.security.ssl.", "com.fasterxml.", "com.anthropic.");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"write-20k-match.stdin.json", "write-20k-clean.stdin.json"})
  void theEditHookStaysWithinItsClassBudget(String event) throws IOException {
    List<String> loaded = loadedClasses(event);
    List<String> ours = loaded.stream().filter(c -> c.startsWith("org.securityguidance.")).toList();
    List<String> lambdas = ours.stream().filter(c -> c.contains("$$Lambda")).toList();
    List<String> named = ours.stream().filter(c -> !c.contains("$$Lambda")).toList();

    assertThat(loaded).as("classes the per-edit path must never load")
        .noneMatch(c -> FORBIDDEN_PREFIXES.stream().anyMatch(c::startsWith));
    assertThat(named).as("our named classes (budget %d)", OWN_CLASS_BUDGET).hasSizeLessThanOrEqualTo(OWN_CLASS_BUDGET);
    assertThat(lambdas).as("our lambda classes (budget %d)", OWN_LAMBDA_BUDGET)
        .hasSizeLessThanOrEqualTo(OWN_LAMBDA_BUDGET);
  }

  /** Runs the hook through the launcher with class-load logging; returns the loaded class names in order. */
  private List<String> loadedClasses(String event) throws IOException {
    Path classLog = tmp.resolve("classes.txt");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("PATH", Launcher.toolsDir().toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("SG_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("SG_JVM_CACHE", "0");
    // _JAVA_OPTIONS is read after the command line, so it survives the launcher's -Xlog:disable.
    env.put("_JAVA_OPTIONS", "-Xlog:class+load:file=" + classLog + ":none");
    ProcessResult r = PerfProcess.launcher(env, tmp, PerfProcess.event(event, "budget"), "hook", "edit");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdout().isEmpty()).as("only the match event prints").isEqualTo(event.contains("clean"));
    return Files.readAllLines(classLog).stream().map(l -> l.split(" ", 2)[0]).toList();
  }
}
