package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;

/** Stop with a review engine: gates, delivery channels, state updates and restore, against an in-memory engine. */
class StopReviewTest {
  static final String OLD_SHA = "0123456789abcdef0123456789abcdef01234567";
  static final String NEW_SHA = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private Instant now = Instant.parse("2026-11-25T12:00:00Z");
  private FakeEngine engine;
  private int engineAsked;
  private String stdout;
  private String stderr;

  @BeforeEach
  void setUp() {
    env.put("HOME", dir.toString());
    engine = new FakeEngine(dir.resolve("repo"));
  }

  private SessionStore store() {
    return new SessionStore(dir.resolve("state"), "s", DebugLog.discard());
  }

  private UsageLog usageLog() {
    return UsageLog.in(dir.resolve("state"));
  }

  private int stop(String extraJson) throws Exception {
    StopFlow.Review review = new StopFlow.Review(() -> {
      engineAsked++;
      return Optional.ofNullable(engine);
    }, cwd -> new TurnSnapshot(NEW_SHA, NEW_SHA, Map.of("notes.txt", 5L)), usageLog());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    int code = new StopFlow(Settings.from(new Env(env)), DebugLog.discard(), store(), (p, c) -> List.of(), clock,
        review).run(HookInput.fromJson("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\",\"cwd\":\""
            + Json.write(dir.resolve("repo").toString()).replace("\"", "") + "\"" + extraJson + "}"),
        new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), 30000));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  private void state(Map<String, Object> doc) {
    store().update(d -> {
      d.putAll(doc);
      return true;
    });
  }

  private Map<String, Object> stateNow() {
    return store().read().orElseThrow();
  }

  private Map<String, Object> line() {
    return Json.parseObject(stdout);
  }

  private Map<String, Object> metrics() {
    return JsonView.object(line(), "metrics");
  }

  private void turnState() {
    state(Map.of("touched_paths", new ArrayList<>(List.of(dir.resolve("repo/app.py").toString())),
        "baseline_sha", OLD_SHA, "head_at_capture", OLD_SHA));
  }

  private static Map<String, Object> prior(String path, String category, long ts) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("filePath", path);
    f.put("category", category);
    f.put("vulnerableCode", "x");
    return Map.of("previous_findings", new ArrayList<>(List.of(f)), "previous_findings_ts", ts);
  }

  @Test
  void findingsGoToStderrAndToOneStdoutLineWithDecisionBlockThenExit2() throws Exception {
    turnState();
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    assertThat(stop("")).isEqualTo(2);
    Map<String, Object> line = line();
    assertThat(line).containsOnlyKeys("metrics", "rewakeSummary", "decision", "reason");
    assertThat(line).containsEntry("decision", "block").containsEntry("reason", stderr);
    assertThat(stderr).startsWith("GUIDANCE\n").contains("command_injection in app.py");
    assertThat(JsonView.string(line, "rewakeSummary")).isEqualTo("Background security review found 1");
    assertThat(String.join(",", metrics().keySet())).isEqualTo("pv,tok_in,tok_out,tok_cache_r,tok_cache_w,"
        + "cost_usd,api_calls,vulns_found,critical_count,high_count,files_reviewed,touched_paths_count,review_ms,"
        + "fire_index,dirty_now_count,changed_since_count,review_set_count,unanchored_dropped,diff_strategy_v2");
    assertThat(metrics()).containsEntry("vulns_found", 1L).containsEntry("high_count", 1L)
        .containsEntry("cost_usd", 0.0135).containsEntry("fire_index", 1L);
    assertThat(stdout.split("\n", -1)).hasSize(2);
  }

  @Test
  void findingsCountTheFireRememberTheFindingAndMoveTheBaseline() throws Exception {
    turnState();
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"),
        FakeEngine.finding("app.py", "Command_Injection", "medium"));
    stop("");
    Map<String, Object> s = stateNow();
    assertThat(s).containsEntry("stop_hook_fire_count", 1L)
        .containsEntry("stop_hook_fire_count_ts", now.getEpochSecond())
        .containsEntry("previous_findings_ts", now.getEpochSecond())
        .containsEntry("baseline_sha", NEW_SHA).containsEntry("head_at_capture", NEW_SHA);
    assertThat(Json.write(s.get("previous_findings"))).isEqualTo("[{\"filePath\":\"app.py\",\"category\":"
        + "\"command_injection\",\"vulnerableCode\":\"subprocess.call('ls ' + user, shell=True)\"}]");
    assertThat(Json.write(s.get("untracked_at_baseline"))).isEqualTo("{\"notes.txt\":5}");
    assertThat(Json.write(s.get("touched_paths"))).isEqualTo("[]");
  }

  @Test
  void aCleanReviewIsSilentAndKeepsTheBaseline() throws Exception {
    turnState();
    assertThat(stop("")).isZero();
    assertThat(stderr).isEmpty();
    assertThat(line()).containsOnlyKeys("metrics");
    assertThat(metrics()).containsEntry("vulns_found", 0L).containsEntry("files_reviewed", 1L)
        .doesNotContainKey("review_failed");
    assertThat(stateNow()).containsEntry("baseline_sha", OLD_SHA).doesNotContainKey("stop_hook_fire_count")
        .doesNotContainKey("previous_findings");
  }

  @Test
  void anUnavailableReviewIsNeverFindingsAndPutsTheTurnBack() throws Exception {
    turnState();
    engine.unavailable(ReviewUnavailable.Reason.AUTH, 401);
    assertThat(stop("")).isZero();
    assertThat(stderr).isEmpty();
    assertThat(line()).containsOnlyKeys("metrics");
    assertThat(String.join(",", metrics().keySet())).startsWith("pv,http_err_last,http_err_count,review_failed,"
        + "api_error,unavailable_reason,vulns_found,files_reviewed");
    assertThat(metrics()).containsEntry("review_failed", true).containsEntry("api_error", 401L)
        .containsEntry("unavailable_reason", 2L);
    assertThat(JsonView.array(stateNow(), "touched_paths")).containsExactly(dir.resolve("repo/app.py").toString());
    assertThat(stateNow()).containsEntry("baseline_sha", OLD_SHA).doesNotContainKey("stop_hook_fire_count");
  }

  @Test
  void anUnavailableReviewAlsoRestoresFilesChangedOutsideTheEditTools() throws Exception {
    state(Map.of("baseline_sha", OLD_SHA));
    engine.unavailable(ReviewUnavailable.Reason.REFUSAL, 200);
    stop("");
    assertThat(metrics()).doesNotContainKey("api_error").containsEntry("unavailable_reason", 7L);
    assertThat(JsonView.array(stateNow(), "touched_paths")).containsExactly(dir.resolve("repo/app.py").toString());
  }

  @Test
  void restoredPathsGoInFrontOfEditsThatArrivedDuringTheReview() throws Exception {
    turnState();
    engine.verdict = job -> {
      state(Map.of("touched_paths", new ArrayList<>(List.of("/later/b.py"))));
      return new ReviewResult.Unavailable(new ReviewUnavailable(ReviewUnavailable.Reason.NETWORK, -1, "t"),
          org.securityguidance.usage.ReviewUsage.NONE, Map.of());
    };
    stop("");
    assertThat(JsonView.array(stateNow(), "touched_paths"))
        .containsExactly(dir.resolve("repo/app.py").toString(), "/later/b.py");
    assertThat(metrics()).containsEntry("api_error", -1L);
  }

  @Test
  void s29aConcurrentReviewsFindingIsDroppedAndNothingLeftIsSkip35() throws Exception {
    turnState();
    engine.verdict = job -> {
      state(prior("app.py", "command_injection", now.getEpochSecond()));
      return new ReviewResult.Completed(List.of(FakeEngine.finding("app.py", "command_injection", "high")),
          FakeEngine.usage(), Map.of());
    };
    assertThat(stop("")).isZero();
    assertThat(stderr).isEmpty();
    assertThat(metrics()).containsEntry("skip_reason", 35L).containsEntry("deduped", 1L).containsKey("review_ms")
        .containsEntry("api_calls", 1L);
    assertThat(stateNow()).doesNotContainKey("stop_hook_fire_count");
  }

  @Test
  void s29aReflagOfAFindingTheModelWasToldAboutIsDelivered() throws Exception {
    turnState();
    state(prior("app.py", "command_injection", now.getEpochSecond() - 60));
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"),
        FakeEngine.finding("b.py", "sql_injection", "critical"));
    engine.verdict = engine.verdict.andThen(r -> {
      state(prior("b.py", "sql_injection", now.getEpochSecond()));
      return r;
    });
    assertThat(stop("")).isEqualTo(2);
    assertThat(engine.jobs.get(0).prior()).extracting(PriorFinding::key)
        .containsExactly("app.py\u0000command_injection");
    assertThat(stderr).contains("command_injection in app.py").doesNotContain("sql_injection");
    assertThat(metrics()).containsEntry("vulns_found", 1L).containsEntry("deduped", 1L);
  }

  @Test
  void s25EarlierFindingsReachTheReviewerOnlyWithinTheTtl() throws Exception {
    env.put("PREVIOUS_FINDINGS_TTL_SEC", "600");
    state(prior("app.py", "xss", now.getEpochSecond() - 599));
    stop("");
    assertThat(engine.jobs.get(0).prior()).hasSize(1);
    state(prior("app.py", "xss", now.getEpochSecond() - 601));
    stop("");
    assertThat(engine.jobs.get(1).prior()).isEmpty();
  }

  @Test
  void expiredFindingsAreNotRevivedWhenNewOnesAreRecorded() throws Exception {
    state(prior("old.py", "xss", now.getEpochSecond() - 7200));
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    stop("");
    assertThat(Json.write(stateNow().get("previous_findings"))).doesNotContain("old.py").contains("app.py");
  }

  @Test
  void s28ThreeFiresWithin120SecondsThenTheFourthIsSkip2AndAfterTheWindowAgain() throws Exception {
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    for (int i = 1; i <= 3; i++) {
      turnState();
      assertThat(stop("")).isEqualTo(2);
      assertThat(metrics()).containsEntry("fire_index", (long) i);
      now = now.plusSeconds(30);
    }
    assertThat(stop("")).isZero();
    assertThat(metrics()).containsEntry("skip_reason", 2L).containsEntry("fire_index", 4L);
    assertThat(engine.jobs).hasSize(3);
    now = now.plusSeconds(121);
    assertThat(stop("")).isEqualTo(2);
    assertThat(metrics()).containsEntry("fire_index", 1L);
  }

  @Test
  void s27RecursionGuardNeverAsksTheEngine() throws Exception {
    turnState();
    assertThat(stop(",\"stop_hook_active\":true")).isZero();
    assertThat(metrics()).containsEntry("skip_reason", 1L);
    assertThat(engineAsked).isZero();
    assertThat(JsonView.array(stateNow(), "touched_paths")).hasSize(1);
  }

  @Test
  void gatesRunInTheSpecOrder() throws Exception {
    engine = null;
    env.put("ENABLE_STOP_REVIEW", "0");
    stop("");
    assertThat(metrics()).as("no credentials comes before the stop switch").containsEntry("skip_reason", 3L);
    engine = new FakeEngine(dir.resolve("repo"));
    stop("");
    assertThat(metrics()).containsEntry("skip_reason", 50L);
    env.put("ENABLE_CODE_SECURITY_REVIEW", "0");
    int asked = engineAsked;
    stop("");
    assertThat(metrics()).containsEntry("skip_reason", 3L);
    assertThat(engineAsked).as("the kill switch does not even build an engine").isEqualTo(asked);
    assertThat(engine.jobs).isEmpty();
  }

  @Test
  void unreachableApiIsSkip10AndRestoresTheTurn() throws Exception {
    turnState();
    engine.reachable = false;
    stop("");
    assertThat(metrics()).containsEntry("skip_reason", 10L);
    assertThat(JsonView.array(stateNow(), "touched_paths")).hasSize(1);
    assertThat(engine.scoped).isEmpty();
  }

  @Test
  void noCwdIsSkip4() throws Exception {
    StopFlow.Review review = new StopFlow.Review(() -> Optional.of(engine), cwd -> null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StopFlow(Settings.from(new Env(env)), DebugLog.discard(), store(), (p, c) -> List.of(),
        Clock.fixed(now, ZoneId.of("UTC")), review).run(HookInput.fromJson("{\"session_id\":\"s\"}"),
        new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, 30000));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"skip_reason\":4,");
  }

  @Test
  void anEmptyReviewSetReportsTheTouchedPathCountAndTheScopeMetrics() throws Exception {
    turnState();
    engine.skip(ScopeOutcome.EMPTY_SET);
    stop("");
    assertThat(String.join(",", metrics().keySet()))
        .isEqualTo("pv,skipped,skip_reason,fire_index,diff_strategy_v2,dirty_now_count,touched_paths_count");
    assertThat(metrics()).containsEntry("skip_reason", 9L).containsEntry("touched_paths_count", 1L);
    assertThat(engine.jobs).isEmpty();
  }

  @Test
  void theTurnBaselineReachesTheScope() throws Exception {
    state(Map.of("baseline_sha", OLD_SHA, "head_at_capture", NEW_SHA,
        "untracked_at_baseline", Map.of("a.txt", 7L)));
    stop("");
    assertThat(engine.scoped.get(0)).isEqualTo(new BaselineState(OLD_SHA, NEW_SHA, Map.of("a.txt", 7L)));
  }

  @Test
  void anEngineBugFailsOpenAndRestoresTheTurn() throws Exception {
    turnState();
    engine.verdict = job -> {
      throw new IllegalStateException("bug");
    };
    assertThat(stop("")).isZero();
    assertThat(metrics()).containsEntry("skip_reason", -3L);
    assertThat(JsonView.array(stateNow(), "touched_paths")).hasSize(1);
  }

  @Test
  void everyReviewAppendsOneUsageEntryWithoutPathsOrCode() throws Exception {
    turnState();
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    stop("");
    turnState();
    engine.unavailable(ReviewUnavailable.Reason.TIMEOUT, -1);
    now = now.plusSeconds(1);
    stop("");
    String log = Files.readString(usageLog().file());
    assertThat(log.lines()).hasSize(2);
    assertThat(log).contains("\"layer\":\"stop_review\",\"outcome\":\"findings\",\"models\":[\"claude-test-1\"]")
        .contains("\"outcome\":\"unavailable\"").contains("\"error\":6")
        .doesNotContain("app.py").doesNotContain("subprocess").doesNotContain(dir.toString());
  }

  @Test
  void nothingIsLoggedToTheUsageLogWhenNoReviewRan() throws Exception {
    engine.skip(ScopeOutcome.NO_SOURCE_FILES);
    stop("");
    assertThat(usageLog().file()).doesNotExist();
  }
}
