package org.securityguidance.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code doctor} report: every check in a fixed order, the overall state (the worst status: 0 healthy,
 * 1 degraded, 2 broken) and the "what to do next" list, rendered for people or as one JSON object.
 *
 * <p>Design note: the checks only read (the state-dir probe creates and deletes one temp file) and never print;
 * the facts hold presence flags, versions, paths and codes, never credential values or file contents.
 */
public final class Diagnosis {
  private final List<Check> checks;
  private final String version;

  Diagnosis(List<Check> checks, String version) {
    this.checks = List.copyOf(checks);
    this.version = version;
  }

  /** Runs every check against {@code in}; {@code version} is the plugin version shown in the header. */
  public static Diagnosis run(DoctorInputs in, String version) {
    InstallChecks install = new InstallChecks(in);
    EnvironmentChecks environment = new EnvironmentChecks(in);
    return new Diagnosis(List.of(install.runtime(), install.jar(), install.cache(), environment.stateDir(),
        environment.git(), environment.credentials(), environment.claudeCli(), new BootHistory(in).last()),
        version);
  }

  public List<Check> checks() {
    return checks;
  }

  /** 0 healthy, 1 degraded, 2 broken. */
  public int exitCode() {
    return checks.stream().mapToInt(c -> c.status().exitCode()).max().orElse(0);
  }

  public String state() {
    return switch (exitCode()) {
      case 0 -> "healthy";
      case 1 -> "degraded";
      default -> "broken";
    };
  }

  /** The advice of every check that has some, in check order. */
  public List<String> nextSteps() {
    List<String> steps = new ArrayList<>();
    for (Check c : checks) {
      if (c.advice() != null && !steps.contains(c.advice())) {
        steps.add(c.advice());
      }
    }
    return steps;
  }

  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("security-guidance ").append(version).append(" doctor: ").append(state()).append('\n');
    for (Check c : checks) {
      b.append(String.format("[%-4s] %-12s %s", c.status().name(), c.id(), c.summary())).append('\n');
      c.facts().forEach((k, v) -> b.append("                    ").append(k).append(": ").append(show(v))
          .append('\n'));
    }
    List<String> steps = nextSteps();
    b.append(steps.isEmpty() ? "Nothing to do.\n" : "What to do next:\n");
    for (int i = 0; i < steps.size(); i++) {
      b.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
    }
    return b.toString();
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", version);
    out.put("state", state());
    out.put("exit_code", (long) exitCode());
    Map<String, Object> byId = new LinkedHashMap<>();
    for (Check c : checks) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
      item.put("summary", c.summary());
      item.put("facts", c.facts());
      if (c.advice() != null) {
        item.put("advice", c.advice());
      }
      byId.put(c.id(), item);
    }
    out.put("checks", byId);
    out.put("next_steps", new ArrayList<Object>(nextSteps()));
    return out;
  }

  /** A decoded code pair reads as {@code build_failed (3)}. */
  private static String show(Object v) {
    if (v instanceof Map<?, ?> m && m.containsKey("code") && m.containsKey("name")) {
      String name = String.valueOf(m.get("name"));
      String code = String.valueOf(m.get("code"));
      return name.startsWith(code) ? name : name + " (" + code + ")";
    }
    return String.valueOf(v);
  }
}
