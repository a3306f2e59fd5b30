package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.config.Settings;
import org.securityguidance.finding.Severity;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.remind.PatternMatcher;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.ScanText;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;

class StopFlowTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

  /** eval( and os.system regex rules, enough to tell "still present" from "fixed". */
  private static final PatternMatcher MATCHER = (path, content) -> {
    List<Match> out = new ArrayList<>();
    ScanText text = new ScanText(path, content);
    for (Rule r : List.of(rule(4, "eval_injection", "eval\\("), rule(9, "os_system_injection", "os\\.system"))) {
      r.scan(text, true, out);
    }
    return out;
  };

  private static Rule rule(int id, String name, String regex) {
    Pattern p = Pattern.compile(regex);
    return new Rule() {
      public int id() {
        return id;
      }

      public String name() {
        return name;
      }

      public String title() {
        return name;
      }

      public Severity severity() {
        return Severity.HIGH;
      }

      public String reminder() {
        return name;
      }

      public boolean appliesTo(String path) {
        return true;
      }

      public void scan(ScanText t, boolean firstOnly, List<Match> out) {
        java.util.regex.Matcher m = p.matcher(t.text());
        if (m.find()) {
          out.add(t.matchAt(this, m.start(), m.end() - m.start()));
        }
      }
    };
  }

  private SessionStore store() {
    return new SessionStore(dir.resolve("state"), "s", DebugLog.discard());
  }

  private String run(String stdin) throws Exception {
    env.put("HOME", dir.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StopFlow(Settings.from(new Env(env)), DebugLog.discard(), store(), MATCHER, Clock.fixed(now, ZoneOffset.UTC),
        StopFlow.Review.none())
        .run(HookInput.fromJson(stdin), new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err, 30000));
    return out.toString(StandardCharsets.UTF_8);
  }

  private void state(Map<String, Object> doc) {
    store().update(d -> {
      d.putAll(doc);
      return true;
    });
  }

  @Test
  void recursionGuardLeavesStateUntouched() throws Exception {
    state(Map.of("touched_paths", new ArrayList<>(List.of("/x/a.py"))));
    String before = Files.readString(store().stateFile());
    assertThat(run("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\",\"cwd\":\"/x\",\"stop_hook_active\":true}"))
        .isEqualTo("{\"metrics\":{\"pv\":30000,\"skipped\":true,\"skip_reason\":1,\"diff_strategy_v2\":true}}\n");
    assertThat(Files.readString(store().stateFile())).isEqualTo(before);
  }

  @Test
  void sweepsPendingWarningsAndConsumesTheTurn() throws Exception {
    Path b = Files.writeString(dir.resolve("b.py"), "os.system(x)\n");
    String gone = dir.resolve("gone.py").toString();
    Map<String, Object> pending = new LinkedHashMap<>();
    pending.put(b + ":os_system_injection", true);
    pending.put(gone + ":eval_injection", true);
    pending.put(gone + ":os_system_injection", true);
    state(Map.of("pending_warnings", pending, "touched_paths", new ArrayList<>(List.of(b.toString())),
        "baseline_sha", "abc"));
    assertThat(run("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\",\"cwd\":\"" + dir + "\"}")).isEqualTo(
        "{\"metrics\":{\"pv\":30000,\"skipped\":true,\"skip_reason\":3,\"fire_index\":1,\"diff_strategy_v2\":true,"
            + "\"warn_fixed\":2,\"warn_unresolved\":1,\"warn_unresolved_mask\":512}}\n");
    Map<String, Object> after = store().read().orElseThrow();
    assertThat(Json.write(after.get("pending_warnings"))).isEqualTo("{}");
    assertThat(Json.write(after.get("touched_paths"))).isEqualTo("[]");
    assertThat(after).containsEntry("baseline_sha", "abc");
  }

  @Test
  void fireCapCountsOnlyRecentFires() throws Exception {
    state(Map.of("stop_hook_fire_count", 3, "stop_hook_fire_count_ts", now.getEpochSecond() - 10));
    assertThat(run("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\"}"))
        .contains("\"skip_reason\":2,\"fire_index\":4,");
    state(Map.of("stop_hook_fire_count", 3, "stop_hook_fire_count_ts", now.getEpochSecond() - 200));
    assertThat(run("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\"}"))
        .contains("\"skip_reason\":3,\"fire_index\":1,");
  }

  @Test
  void zeroFiringsMeansNoCap() throws Exception {
    env.put("MAX_STOP_HOOK_FIRINGS", "0");
    state(Map.of("stop_hook_fire_count", 50, "stop_hook_fire_count_ts", now.getEpochSecond()));
    assertThat(run("{\"session_id\":\"s\"}")).contains("\"skip_reason\":3,\"fire_index\":51,");
  }

  @Test
  void withoutAReviewLayerBothSwitchesAndNoCredentialsAreSkip3() throws Exception {
    // Spec §3.2: "no credentials" (gate 4) comes before ENABLE_STOP_REVIEW=0 (gate 5, skip 50).
    env.put("ENABLE_STOP_REVIEW", "0");
    assertThat(run("{\"session_id\":\"s\"}")).contains("\"skip_reason\":3,");
    env.put("ENABLE_CODE_SECURITY_REVIEW", "0");
    assertThat(run("{\"session_id\":\"s\"}")).contains("\"skip_reason\":3,");
  }
}
