package org.securityguidance.hook;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.telemetry.LocalMetricsFile;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;

/**
 * The only writer of hook stdout (spec §3): at most one ASCII-only JSON object on one line per process, because
 * Claude Code reads only the first {@code {}-line and silently drops anything after it.
 *
 * <p>Model-visible text rides in {@code hookSpecificOutput.additionalContext}, except for Stop, which is not a member
 * of that union (#2159): there it goes to stderr plus top-level {@code decision}/{@code reason}.
 */
public final class HookOutput {
  /** Cap on model-visible text per line. */
  public static final int MAX_CONTEXT_CHARS = 10_000;

  private final PrintStream out;
  private final PrintStream err;
  private final long pv;
  private final LocalMetricsFile localMetrics;
  private final String hookName;
  private String writtenLine;

  /** An output that keeps no local copy of its metrics (tests, non-hook callers). */
  public HookOutput(PrintStream out, PrintStream err, long pv) {
    this(out, err, pv, LocalMetricsFile.disabled(), null);
  }

  /**
   * An output that also appends each printed metrics object to {@code localMetrics} under {@code hookName} (Claude
   * Code's event name), after the line is flushed so the local copy never delays the protocol line.
   */
  public HookOutput(PrintStream out, PrintStream err, long pv, LocalMetricsFile localMetrics, String hookName) {
    this.out = out;
    this.err = err;
    this.pv = pv;
    this.localMetrics = localMetrics == null ? LocalMetricsFile.disabled() : localMetrics;
    this.hookName = hookName;
  }

  /** The {@code pv} value every line starts with (0 = omitted). */
  public long pv() {
    return pv;
  }

  /** A new metrics builder that starts with {@code pv}. */
  public MetricLine metrics() {
    return MetricLine.withPv(pv);
  }

  /** Whether this process already printed its line. */
  public boolean written() {
    return writtenLine != null;
  }

  /** The line printed so far (without newline), or null. */
  public String writtenLine() {
    return writtenLine;
  }

  /** Prints {@code {"metrics": …}}. */
  public void emit(MetricLine metrics) {
    emit(HookEvent.EDIT, metrics, null, null);
  }

  /**
   * Prints {@code {"metrics": …, "systemMessage": text}}: a notice for the user, not the model (UserPromptSubmit's
   * billing notice, spec llm-review §9.3).
   *
   * @throws IllegalStateException on a second line
   */
  public void emitSystemMessage(MetricLine metrics, String text) {
    if (writtenLine != null) {
      throw new IllegalStateException("hook output already written");
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("metrics", metrics.asMap());
    line.put("systemMessage", text);
    print(line, metrics);
  }

  /** Prints {@code {"metrics":{"pv":…,"skipped":true,"skip_reason":…}}}. */
  public void emitSkip(SkipReason reason) {
    emit(metrics().skip(reason));
  }

  /**
   * Prints the one line: metrics, then {@code rewakeSummary} when non-empty, then the model-visible context when
   * non-empty (capped at {@link #MAX_CONTEXT_CHARS}).
   *
   * @throws IllegalStateException on a second call (a flow bug: the second line would be lost)
   */
  public void emit(HookEvent event, MetricLine metrics, String rewakeSummary, String context) {
    if (writtenLine != null) {
      throw new IllegalStateException("hook output already written");
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("metrics", metrics.asMap());
    if (rewakeSummary != null && !rewakeSummary.isEmpty()) {
      line.put("rewakeSummary", rewakeSummary);
    }
    if (context != null && !context.isEmpty()) {
      addContext(line, event, ContextCap.cap(context, MAX_CONTEXT_CHARS));
    }
    print(line, metrics);
  }

  private void print(Map<String, Object> line, MetricLine metrics) {
    writtenLine = Json.write(line);
    out.print(writtenLine + "\n");
    out.flush();
    localMetrics.append(hookName, metrics);
  }

  /**
   * The asyncRewake findings shape for commit and push reviews (spec llm-review §8.3, V-DELIVER): the agent's text on
   * stderr (Claude Code shows the model {@code stderr || stdout}), and one stdout line with only {@code metrics} and
   * {@code rewakeSummary} — no {@code hookSpecificOutput}, which that path never reads. The caller exits 2.
   *
   * @throws IllegalStateException on a second line
   */
  public void emitRewake(MetricLine metrics, String rewakeSummary, String text) {
    if (writtenLine != null) {
      throw new IllegalStateException("hook output already written");
    }
    err.print(ContextCap.cap(text, MAX_CONTEXT_CHARS));
    err.flush();
    emit(HookEvent.BASH, metrics, rewakeSummary, null);
  }

  private void addContext(Map<String, Object> line, HookEvent event, String text) {
    if (event == HookEvent.STOP) {
      err.print(text);
      err.flush();
      line.put("decision", "block");
      line.put("reason", text);
    } else {
      Map<String, Object> specific = new LinkedHashMap<>();
      specific.put("hookEventName", event.wireName());
      specific.put("additionalContext", text);
      line.put("hookSpecificOutput", specific);
    }
  }
}
