package org.securityguidance.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives each test a fresh {@link Scenario} in {@code target/e2e-runs/<class>-<method>}, closes it afterwards, prints
 * one verdict line per scenario, and deletes the run directory only when the scenario passed (a failing one keeps
 * requests.jsonl, cli-stream.jsonl, cli-stderr.txt, claude-debug.log and the plugin's state for diagnosis;
 * {@code -Dsg.e2e.keep=true} keeps passing ones too).
 */
final class ScenarioExtension implements BeforeEachCallback, ParameterResolver, AfterEachCallback, TestWatcher {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ScenarioExtension.class);

  /** Skips (or, in CI, fails) before any parameter is resolved, so a missing CLI reads as a skip, not an error. */
  @Override
  public void beforeEach(ExtensionContext context) {
    ClaudeBinary.require();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Scenario.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      Path dir = runDir(context);
      deleteTree(dir);
      Files.createDirectories(dir);
      context.getStore(NS).put("start", System.nanoTime());
      Scenario scenario = Scenario.create(dir.toAbsolutePath());
      context.getStore(NS).put("scenario", scenario);
      return scenario;
    } catch (IOException e) {
      throw new IllegalStateException("cannot lay out the scenario", e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Scenario scenario = context.getStore(NS).remove("scenario", Scenario.class);
    if (scenario != null) {
      scenario.close();
      Leftovers.killAll(scenario.workspace().root());
    }
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    System.out.println(verdict(context, "PASS"));
    if (Boolean.getBoolean("sg.e2e.keep")) {
      return;
    }
    try {
      deleteTree(runDir(context));
    } catch (IOException e) {
      System.out.println("e2e: could not delete " + runDir(context) + ": " + e.getMessage());
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    System.out.println(verdict(context, "FAIL") + " (run kept in " + runDir(context).toAbsolutePath() + ")");
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    System.out.println(verdict(context, "SKIPPED"));
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    System.out.println("e2e " + name(context) + ": DISABLED");
  }

  private static String verdict(ExtensionContext context, String outcome) {
    Long start = context.getStore(NS).get("start", Long.class);
    String took = start == null ? "" : String.format(" in %.1f s", (System.nanoTime() - start) / 1e9);
    return "e2e " + name(context) + ": " + outcome + took;
  }

  private static String name(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
  }

  private static Path runDir(ExtensionContext context) {
    Path runs = Path.of(System.getProperty("sg.e2e.runs", "target/e2e-runs"));
    return runs.resolve(context.getRequiredTestClass().getSimpleName() + "-"
        + context.getRequiredTestMethod().getName());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
