package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.securityguidance.telemetry.boot.BootClassifier;
import org.securityguidance.telemetry.boot.BootErrKind;
import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootPhase;
import org.securityguidance.telemetry.boot.BootReport;
import org.securityguidance.telemetry.boot.RuntimeFacts;

/**
 * The Java bootstrap state machine of spec §4.5, in its normative order: kill switch, runtime facts, state dir, jar
 * verification, then the start-up cache ({@link CacheStep}: NOOP probe, sentinel, cooldown, build). Run by
 * SessionStart and by the detached rescue; total (never throws), within {@link BootDeadline#TOTAL}.
 *
 * <p>Design note (ADR 0011): the source build lives in the launcher (Maven wrapper, before any JVM can run), so the
 * Java side only reports it ({@code SG_BOOT_FROM_SOURCE}); a jar that fails verification is never trained on.
 */
public final class Bootstrap {
  /** Who runs the machine; written to the status file. */
  public enum Mode {
    SESSION("session"), RESCUE("rescue");

    private final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  private final BootContext ctx;

  public Bootstrap(BootContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Runs the machine once, writes {@code jvm-boot.status}, and returns the run; never throws. Under the kill switch
   * nothing is read, written or started (spec §5 C16).
   */
  public BootRun run(Mode mode) {
    Instant start = ctx.clock().instant();
    if (ctx.settings().killSwitch()) {
      return BootRun.of(BootOutcome.NOOP_READY, safeFacts(), null, "kill switch")
          .finish(ctx.settings().jto(), null, Math.max(0, ctx.clock().millis() - start.toEpochMilli()));
    }
    Integer last = mode == Mode.SESSION ? RescueResult.take(ctx.stateDir()) : null;
    BootRun run;
    try {
      run = steps(BootDeadline.after(ctx.clock(), BootDeadline.TOTAL));
    } catch (Throwable t) {
      run = BootRun.failed(BootClassifier.classifyException(BootPhase.MAIN, t), safeFacts(), null, null,
          ctx.runtime().version().update(), "uncaught " + t.getClass().getName());
    }
    long millis = Math.max(0, ctx.clock().millis() - start.toEpochMilli());
    run = run.finish(ctx.settings().jto(), last, millis);
    status(mode, run, millis).writeTo(ctx.stateDir());
    return run;
  }

  private BootRun steps(BootDeadline deadline) {
    BootSettings s = ctx.settings();
    JvmCacheMode mode = ctx.runtime().cacheMode(s.cacheOff());
    RuntimeFacts facts = ctx.runtime().facts(s, mode);
    try {
      Files.createDirectories(ctx.stateDir());
    } catch (IOException | RuntimeException e) {
      return failed(BootClassifier.classifyException(BootPhase.PRE, e), facts, "state dir");
    }
    JarVerifier.Verdict verdict;
    try {
      verdict = JarVerifier.verify(ctx.jar());
    } catch (IOException | RuntimeException e) {
      return failedVerify(BootClassifier.classifyException(BootPhase.VERIFY, e), facts);
    }
    if (!verdict.ok()) {
      BootErrKind err = verdict.status() == JarVerifier.Status.JAR_MISSING ? BootErrKind.JAR_MISSING
          : BootErrKind.JAR_HASH_MISMATCH;
      return failedVerify(BootFailure.of(BootPhase.VERIFY, err), facts);
    }
    Integer fromSource = s.fromSource();
    if (fromSource != null && fromSource == BootOutcome.BUILT_FROM_SOURCE.code()) {
      // The launcher's build may have used 120 s of the 180 s async budget: no training run in this session.
      return BootRun.of(BootOutcome.BUILT_FROM_SOURCE, facts, null, "jar built from source")
          .as(BootOutcome.BUILT_FROM_SOURCE, javac(s), s.launcherHasMvn());
    }
    Path jar = ctx.jar();
    BootRun cache = new CacheStep(ctx, facts, mode, deadline).run(ctx.runtime().target(jar, verdict.sha256()));
    if (fromSource != null && isHealthy(cache.report().outcome())) {
      return cache.as(BootOutcome.NOOP_FROM_SOURCE, javac(s), s.launcherHasMvn());
    }
    return cache;
  }

  private BootRun failed(BootFailure failure, RuntimeFacts facts, String detail) {
    return BootRun.failed(failure, facts, null, null, ctx.runtime().version().update(), detail);
  }

  /** Verify failures carry the {@code javac} probe: with a JDK, a source checkout can rebuild the jar. */
  private BootRun failedVerify(BootFailure failure, RuntimeFacts facts) {
    return BootRun.failed(failure, facts, JavacProbe.present(ctx.runtime().javaHome()),
        ctx.settings().launcherHasMvn(), ctx.runtime().version().update(), "jar verification");
  }

  private Boolean javac(BootSettings s) {
    return s.launcherHasJavac() != null ? s.launcherHasJavac() : JavacProbe.present(ctx.runtime().javaHome());
  }

  private static boolean isHealthy(BootOutcome o) {
    return o == BootOutcome.NOOP_READY || o == BootOutcome.NOOP_CACHED || o == BootOutcome.BUILT_CACHE;
  }

  private RuntimeFacts safeFacts() {
    try {
      return ctx.runtime().facts(ctx.settings(), JvmCacheMode.NONE);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private BootStatus status(Mode mode, BootRun run, long millis) {
    BootReport r = run.report();
    BootFailure f = r.failure();
    RuntimeFacts facts = r.runtime();
    return new BootStatus(ctx.clock().instant().getEpochSecond(), mode.label, r.outcome().code(),
        f == null ? 0 : f.reportedPhase().code(), f == null ? 0 : f.reportedErr().code(), f == null ? 0 : f.exc(),
        f == null ? 0 : f.errno(), f == null || f.rc() == null ? 0 : f.rc(), facts == null ? 0 : facts.jre(),
        facts == null ? 0 : facts.cacheMode(), run.archive() == null ? "" : run.archive(), millis);
  }
}
