package org.securityguidance.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package dependency direction of STYLE.md (c) on the sources of every module: leaves depend on nothing
 * of ours, the per-edit path ({@code remind}) cannot reach review/agent/app code or the network, and process-wide
 * side effects (exit, stdout, environment, child processes) happen in one named place each.
 */
class ArchitectureTest {
  /** Package → the packages of ours it may import (itself always allowed). Missing packages are app-side. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("json", Set.of()),
      Map.entry("sys", Set.of()),
      Map.entry("finding", Set.of()),
      Map.entry("rules", Set.of("finding", "json", "sys", "rules.secret", "rules.user")),
      Map.entry("rules.secret", Set.of("rules", "finding")),
      Map.entry("rules.user", Set.of("rules", "finding", "json", "sys")),
      Map.entry("git", Set.of("sys")),
      Map.entry("state", Set.of("json", "sys")),
      Map.entry("telemetry", Set.of("json")),
      Map.entry("telemetry.boot", Set.of("telemetry", "json")),
      Map.entry("config", Set.of("sys", "finding")),
      Map.entry("hook", Set.of("json", "sys", "telemetry", "config")),
      Map.entry("remind", Set.of("json", "sys", "finding", "rules", "rules.user", "rules.secret", "git", "state",
          "telemetry", "hook", "config")));

  /** Packages that belong to later layers and must never be reachable from sg-core. */
  private static final List<String> APP_ONLY = List.of("cli", "flow", "scan", "report", "review", "agent",
      "bootstrap", "diagnose");

  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

  private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.securityguidance\\.([a-z][a-z0-9.]*?)\\.[A-Z*]");

  private static List<Source> sources;

  record Source(Path file, String module, String pkg, String text) {}

  @BeforeAll
  static void readSources() throws IOException {
    Path root = Path.of(System.getProperty("sg.root.dir", "..")).toAbsolutePath().normalize();
    sources = new ArrayList<>();
    for (String module : List.of("sg-core", "sg-review", "sg-agent", "sg-app")) {
      Path main = root.resolve(module).resolve("src/main/java/org/securityguidance");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String pkg = main.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
          sources.add(new Source(f, module, pkg, Files.readString(f)));
        }
      }
    }
    assertThat(sources).as("sources found under " + root).isNotEmpty();
  }

  @Test
  void corePackagesImportOnlyWhatTheTableAllows() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (!s.module().equals("sg-core")) {
        continue;
      }
      Set<String> allowed = ALLOWED.get(s.pkg());
      if (allowed == null) {
        violations.add(s.file() + ": package '" + s.pkg() + "' is not in the architecture table");
        continue;
      }
      for (String target : ourImports(s)) {
        if (!target.equals(s.pkg()) && !allowed.contains(target)) {
          violations.add(s.file().getFileName() + " (" + s.pkg() + ") imports " + target);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void coreNeverReachesAppReviewOrAgentCode() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (s.module().equals("sg-core")) {
        for (String target : ourImports(s)) {
          if (APP_ONLY.stream().anyMatch(a -> target.equals(a) || target.startsWith(a + "."))) {
            violations.add(s.file().getFileName() + " imports " + target);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void thePerEditPathHasNoNetworkOrTls() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (s.module().equals("sg-core")) {
        for (String imp : imports(s)) {
          if (imp.startsWith("java.net.http") || imp.startsWith("javax.net") || imp.startsWith("java.net.Socket")
              || imp.startsWith("java.net.URL") || imp.startsWith("java.net.Http")) {
            violations.add(s.file().getFileName() + " imports " + imp);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void processWideSideEffectsLiveInOnePlaceEach() {
    assertOnlyIn("System.exit(", "cli/Main.java");
    assertOnlyIn("System.getenv(", "sys/Env.java");
    assertOnlyIn("new ProcessBuilder(", "sys/LocalProcessRunner.java");
    assertOnlyIn("System.setOut(", "cli/Main.java");
  }

  @Test
  void nothingPrintsToSystemOut() {
    List<String> offenders = sources.stream()
        .filter(s -> s.text().contains("System.out."))
        .map(s -> s.file().getFileName().toString())
        .toList();
    assertThat(offenders).as("protocol output must go through the injected stream").isEmpty();
  }

  @Test
  void reviewLayerPointsOnlyDownward() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (!s.module().equals("sg-review")) {
        continue;
      }
      for (String target : ourImports(s)) {
        boolean apiPackage = s.pkg().equals("review.api");
        boolean allowed = apiPackage
            ? target.equals("review.api") || target.equals("json") || target.equals("sys")
            : !(APP_ONLY.stream().filter(a -> !a.equals("review"))
                .anyMatch(a -> target.equals(a) || target.startsWith(a + ".")));
        if (!allowed) {
          violations.add(s.file().getFileName() + " (" + s.pkg() + ") imports " + target);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void agentToolsCannotReachTheNetworkAndNothingReachesTheApp() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (!s.module().equals("sg-agent")) {
        continue;
      }
      for (String target : ourImports(s)) {
        if (List.of("cli", "flow", "scan", "report", "bootstrap").stream()
            .anyMatch(a -> target.equals(a) || target.startsWith(a + "."))) {
          violations.add(s.file().getFileName() + " imports " + target);
        }
        boolean toolSide = s.pkg().equals("agent.sandbox") || s.pkg().equals("agent.tools");
        if (toolSide && target.startsWith("review")) {
          violations.add(s.file().getFileName() + " (" + s.pkg() + ") imports " + target);
        }
      }
      boolean toolSide = s.pkg().equals("agent.sandbox") || s.pkg().equals("agent.tools");
      if (toolSide && imports(s).stream().anyMatch(i -> i.startsWith("java.net"))) {
        violations.add(s.file().getFileName() + " uses java.net");
      }
    }
    assertThat(violations).isEmpty();
  }

  private static void assertOnlyIn(String call, String allowedSuffix) {
    List<String> offenders = sources.stream()
        .filter(s -> s.text().contains(call))
        .map(s -> s.file().toString().replace('\\', '/'))
        .filter(f -> !f.endsWith(allowedSuffix))
        .toList();
    assertThat(offenders).as(call + " outside " + allowedSuffix).isEmpty();
  }

  private static List<String> imports(Source s) {
    List<String> out = new ArrayList<>();
    Matcher m = IMPORT.matcher(s.text());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Our packages this file refers to (imports or fully qualified names), as table keys (e.g. {@code rules.user}). */
  private static List<String> ourImports(Source s) {
    List<String> out = new ArrayList<>();
    String body = s.text().replaceFirst("(?m)^package [\\w.]+;", "");
    Matcher m = QUALIFIED.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
