package org.securityguidance.remind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookEvent;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.RuleMask;

/**
 * The per-edit fast path (PostToolUse on Edit/Write/MultiEdit/NotebookEdit, spec §2.4): record the touched path, scan
 * the new text, drop what the file already contained at the turn's baseline (Write only), show each (file, rule)
 * reminder once per session, and print one metrics line with the reminders as additionalContext.
 *
 * <p>Design note: this class must stay cheap to load and run. It touches no network, starts no threads, reads the
 * file on disk only to place a shown reminder on its line, and calls git only for a Write that matched.
 */
public final class EditHook {
  private final Settings settings;
  private final DebugLog log;
  private final SessionStore store;
  private final PatternMatcher matcher;
  private final BaselineFiles baselines;
  private final Path processDir;

  public EditHook(Settings settings, DebugLog log, SessionStore store, PatternMatcher matcher,
      BaselineFiles baselines, Path processDir) {
    this.settings = settings;
    this.log = log;
    this.store = store;
    this.matcher = matcher;
    this.baselines = baselines;
    this.processDir = processDir;
  }

  public void run(HookInput in, HookOutput out) {
    EditRequest edit = EditRequest.from(in);
    if (edit.filePath().isEmpty()) {
      log.log("edit: no file path, nothing to do");
      return;
    }
    if (isPlanFile(edit.filePath())) {
      log.log("edit: plan file skipped: " + edit.filePath());
      return;
    }
    Optional<String> baselineSha = store.update(new TouchPath(edit.filePath())).orElse(Optional.empty());
    if (!settings.patternRules()) {
      return;
    }
    List<Match> raw = matcher.firstMatches(edit.filePath(), edit.content());
    if (raw.isEmpty()) {
      return;
    }
    List<Match> kept = edit.isWrite() ? withoutBaselineMatches(edit, raw, baselineSha) : raw;
    List<Match> shown = claimFirstTimeWarnings(edit.filePath(), kept);
    log.log("edit: " + edit.toolName() + " " + edit.filePath() + " matched " + names(raw) + ", shown " + names(shown));
    out.emit(HookEvent.EDIT, metrics(out, raw, shown.size()), null, context(edit, in.cwd(), shown));
  }

  /** The original's plain-prefix test on the literal {@code ~/.claude/plans}, with separators normalised. */
  private boolean isPlanFile(String filePath) {
    String plans = settings.home().resolve(".claude").resolve("plans").toString().replace('\\', '/');
    String path = filePath.replace('\\', '/');
    return path.equals(plans) || path.startsWith(plans + "/");
  }

  /** Rewriting a file that already had {@code os.system} must not warn about it again (spec §2.4 step 5.2). */
  private List<Match> withoutBaselineMatches(EditRequest edit, List<Match> raw, Optional<String> sha) {
    if (sha.isEmpty()) {
      return raw;
    }
    Path repoDir = settings.projectDir() != null ? settings.projectDir() : processDir;
    Optional<String> before = baselines.fileAt(repoDir, sha.get(), edit.filePath());
    if (before.isEmpty()) {
      return raw;
    }
    Set<String> already = new HashSet<>();
    for (Match m : matcher.firstMatches(edit.filePath(), before.get())) {
      already.add(m.rule().name());
    }
    List<Match> kept = new ArrayList<>();
    for (Match m : raw) {
      if (!already.contains(m.rule().name())) {
        kept.add(m);
      }
    }
    if (kept.size() < raw.size()) {
      log.log("edit: baseline suppressed " + (raw.size() - kept.size()) + " rule(s) for " + edit.filePath());
    }
    return kept;
  }

  /** One locked step: mark every kept match pending, claim first-time keys; unavailable state shows all (fail open). */
  private List<Match> claimFirstTimeWarnings(String filePath, List<Match> kept) {
    if (kept.isEmpty()) {
      return kept;
    }
    Optional<List<Match>> claimed = store.update(new ClaimWarnings(filePath, kept));
    return claimed.orElse(kept);
  }

  // The two state operations are named classes, not lambdas: each lambda costs a cold hook JVM a spun class (ADR 0008).

  /** Records the touched path; yields the turn's baseline commit, if any. */
  private record TouchPath(String filePath) implements Function<Map<String, Object>, Optional<String>> {
    @Override
    public Optional<String> apply(Map<String, Object> doc) {
      SessionDoc.touchPath(doc, filePath);
      return Optional.ofNullable(SessionDoc.string(doc, SessionDoc.BASELINE_SHA));
    }
  }

  /** Marks every kept match pending and claims the first-time keys; yields the matches shown for the first time. */
  private record ClaimWarnings(String filePath, List<Match> kept) implements Function<Map<String, Object>, List<Match>> {
    @Override
    public List<Match> apply(Map<String, Object> doc) {
      List<Match> firstTime = new ArrayList<>();
      for (Match m : kept) {
        SessionDoc.addPending(doc, filePath + ":" + m.rule().name());
        if (SessionDoc.claimWarning(doc, filePath + "-" + m.rule().name())) {
          firstTime.add(m);
        }
      }
      return firstTime;
    }
  }

  private static MetricLine metrics(HookOutput out, List<Match> raw, int shown) {
    RuleMask mask = new RuleMask();
    for (Match m : raw) {
      mask.add(m.rule().id());
    }
    int firstId = raw.get(0).rule().id();
    return out.metrics()
        .put("pattern_hits", shown)
        .put("rule_id", firstId > 0 ? firstId : -1)
        .put("rule_mask", mask.value());
  }

  private static String context(EditRequest edit, String cwd, List<Match> shown) {
    if (shown.isEmpty()) {
      return null;
    }
    LineLocator lines = new LineLocator(edit);
    String display = DisplayPath.of(edit.filePath(), cwd);
    Map<String, String> reminders = new LinkedHashMap<>();
    for (Match m : shown) {
      Rule rule = m.rule();
      reminders.put(rule.name(), ReminderText.reminder(rule.name(), display, lines.lineOf(m), rule.reminder()));
    }
    return ReminderText.context(new ArrayList<>(reminders.values()));
  }

  private static String names(List<Match> matches) {
    List<String> names = new ArrayList<>(matches.size());
    for (Match m : matches) {
      names.add(m.rule().name());
    }
    return names.toString();
  }
}
