package org.securityguidance.diagnose;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securityguidance.diagnose.Check.Status;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootPhase;

/**
 * The last bootstrap as recorded on this machine, decoded with the code-table names: the newer of
 * {@code jvm-boot.status} (written by the Java bootstrap) and the last SessionStart line of the local metrics file
 * (which also holds the launcher's own lines, e.g. no runtime found).
 */
final class BootHistory {
  private final DoctorInputs in;

  BootHistory(DoctorInputs in) {
    this.in = in;
  }

  Check last() {
    BootStatusFile.Parsed status = BootStatusFile.read(in.stateDir());
    MetricsRecord line = MetricsLog.read(in.stateDir(), Long.MIN_VALUE).last("SessionStart");
    if (line != null && line.number("boot") == null) {
      line = null;
    }
    if (status == null && line == null) {
      return new Check("bootstrap", Status.INFO, "no bootstrap recorded yet (it runs at the start of a session)",
          Map.of(), null);
    }
    boolean useLine = line != null && (status == null || line.ts() >= status.ts());
    Map<String, Object> metrics = useLine ? line.metrics() : status.metrics();
    long ts = useLine ? line.ts() : status.ts();
    Map<String, Object> facts = decode(metrics);
    facts.put("recorded_by", useLine ? "metrics.jsonl (" + line.src() + ")" : BootStatusFile.FILE_NAME);
    facts.put("ts", ts);
    facts.put("age_seconds", Math.max(0, in.clock().millis() / 1000 - ts));
    if (!useLine && status.archive() != null) {
      facts.put("archive", status.archive());
    }
    return judge(number(metrics, "boot"), number(metrics, "boot_phase"), facts);
  }

  /** Every {@code boot*} code of the line, as {@code {"code":…,"name":…}} pairs where a name exists. */
  static Map<String, Object> decode(Map<String, Object> metrics) {
    Map<String, Object> out = new LinkedHashMap<>();
    putDecoded(out, metrics, "boot", BootCodeNames.outcome(number(metrics, "boot")));
    putDecoded(out, metrics, "boot_phase", BootCodeNames.phase(number(metrics, "boot_phase")));
    putDecoded(out, metrics, "boot_err", BootCodeNames.errKind(number(metrics, "boot_err")));
    putDecoded(out, metrics, "boot_exc", BootCodeNames.excType(number(metrics, "boot_exc")));
    putDecoded(out, metrics, "boot_errno", BootCodeNames.errno(number(metrics, "boot_errno")));
    putDecoded(out, metrics, "boot_rc", Long.toString(number(metrics, "boot_rc")));
    putDecoded(out, metrics, "boot_stderr_sig", Long.toString(number(metrics, "boot_stderr_sig")));
    putDecoded(out, metrics, "boot_jre", BootCodeNames.runtime(number(metrics, "boot_jre")));
    putDecoded(out, metrics, "boot_cache_mode", BootCodeNames.cacheMode(number(metrics, "boot_cache_mode")));
    putDecoded(out, metrics, "boot_alt_jre", BootCodeNames.runtime(number(metrics, "boot_alt_jre")));
    putDecoded(out, metrics, "boot_last", BootCodeNames.outcome(number(metrics, "boot_last")));
    for (String flag : new String[] {"boot_has_javac", "boot_has_mvn", "boot_jto"}) {
      if (metrics.get(flag) instanceof Boolean b) {
        out.put(flag, b);
      }
    }
    if (metrics.get("boot_ms") instanceof Long ms) {
      out.put("boot_ms", ms);
    }
    return out;
  }

  private static void putDecoded(Map<String, Object> out, Map<String, Object> metrics, String key, String name) {
    if (metrics.get(key) instanceof Long code) {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("code", code);
      pair.put("name", name);
      out.put(key, pair);
    }
  }

  private static long number(Map<String, Object> metrics, String key) {
    return metrics.get(key) instanceof Long l ? l : 0;
  }

  private static Check judge(long outcome, long phase, Map<String, Object> facts) {
    String name = BootCodeNames.outcome(outcome);
    if (outcome == BootOutcome.NO_RUNTIME.code() || outcome == BootOutcome.RUNTIME_INCOMPATIBLE.code()) {
      return new Check("bootstrap", Status.FAIL, "last bootstrap: " + name + " — hooks cannot run", facts,
          "Install a Java 17+ runtime (e.g. 'brew install openjdk@21', 'sudo apt install openjdk-21-jre-headless',"
              + " or Temurin from adoptium.net) or set SG_JAVA_HOME; then start a new session");
    }
    if (outcome == BootOutcome.BUILD_FAILED.code()) {
      boolean integrity = phase == BootPhase.VERIFY.code() || phase == BootPhase.BUILD.code()
          || phase == BootPhase.LAUNCH.code();
      return new Check("bootstrap", integrity ? Status.FAIL : Status.WARN, "last bootstrap: " + name + " in phase "
          + BootCodeNames.phase(phase), facts, integrity
              ? "Reinstall or update the plugin; attach 'security-guidance doctor --json' to a bug report"
              : "Hooks still work without the start-up cache; if it keeps failing, attach 'security-guidance doctor"
                  + " --json' to a bug report");
    }
    if (outcome == BootOutcome.SKIP_COOLDOWN.code() || outcome == BootOutcome.SKIP_SENTINEL.code()) {
      return new Check("bootstrap", Status.WARN, "last bootstrap: " + name, facts,
          outcome == BootOutcome.SKIP_COOLDOWN.code()
              ? "A cache build was killed for memory in the last 24 h; it is retried after the cooldown"
              : "Another bootstrap was running; the next session retries");
    }
    return Check.ok("bootstrap", "last bootstrap: " + name, facts);
  }
}
