package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;
import org.securityguidance.telemetry.boot.BootClassifier;
import org.securityguidance.telemetry.boot.BootErrKind;
import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootPhase;

/**
 * Builds a start-up archive for one {@link JvmTarget}: a training JVM with the hooks' own flags runs {@code train},
 * the archive is checked by starting the jar with it in strict mode, then it is renamed into place and registered
 * in {@link JvmCacheIndex} (spec bootstrap-and-telemetry.md §4.4, §4.5 step 7).
 *
 * <p>Design note: every child's output is captured (the JDK 25 one-step mode prints progress on stdout and re-launches
 * itself), and a failure leaves the previous registration untouched: the worst case is a hook without an archive.
 * A failure is classified at once ({@link BootClassifier}, phase {@code cache}) from the child's exit code, whether
 * our own deadline killed it, and its captured output; every step's timeout is cut to the {@link BootDeadline}.
 */
public final class JvmCacheBuilder {
  /** Spec §4.8: training 60 s; the AOT create step gets the same again. */
  static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

  private static final int OUTPUT_CAP = 64 * 1024;
  private static final Duration STALE_TEMP = Duration.ofMinutes(10);

  /**
   * How a build ended: the registered archive, or why there is none ({@code failure} for telemetry, {@code detail}
   * for people: step, exit status and timing, never output).
   */
  public record Result(Path archive, BootFailure failure, String detail, long millis) {
    public boolean ok() {
      return failure == null;
    }
  }

  /** A failed step: its classification and a content-free description. */
  private record Failure(BootFailure failure, String detail) {}

  private final ProcessRunner runner;
  private final List<String> jvmFlags;
  private final String home;

  /**
   * {@code jvmFlags}: the flags every hook JVM gets (GC, heap, logging), without any archive flag; {@code home}: masked
   * in stderr signatures (null: no masking).
   */
  public JvmCacheBuilder(ProcessRunner runner, List<String> jvmFlags, String home) {
    this.runner = runner;
    this.jvmFlags = List.copyOf(jvmFlags);
    this.home = home;
  }

  /** Builds with the whole bootstrap budget from now (the {@code jvm-cache} command). */
  public Result build(JvmTarget target, Path dir, long pv) {
    return build(target, dir, pv, BootDeadline.after(Clock.systemUTC(), BootDeadline.TOTAL));
  }

  /** Builds, verifies and registers an archive for {@code target} in {@code dir} ({@code <state>/jvm-cache}). */
  public Result build(JvmTarget target, Path dir, long pv, BootDeadline deadline) {
    long start = System.nanoTime();
    JvmCacheMode mode = target.mode();
    if (mode == JvmCacheMode.NONE) {
      return new Result(null, BootFailure.of(BootPhase.CACHE, BootErrKind.CACHE_FAILED), "this runtime ("
          + target.vmName() + " " + target.feature() + ") has no usable archive mode", 0);
    }
    String name = target.archiveName(pv, mode);
    Path finalPath = dir.resolve(name);
    Path tmp = dir.resolve("sg-tmp-" + ProcessHandle.current().pid() + "-" + name);
    Path conf = dir.resolve("sg-tmp-" + ProcessHandle.current().pid() + "-" + name + ".conf");
    try {
      Files.createDirectories(dir);
      List<ProcessResult> steps = new ArrayList<>();
      Failure failure = train(target, mode, tmp, conf, steps, deadline);
      if (failure == null) {
        failure = verify(target, mode, tmp, steps, deadline);
      }
      writeLog(dir, steps);
      if (failure != null) {
        return new Result(null, failure.failure(), failure.detail(), millisSince(start));
      }
      moveIntoPlace(tmp, finalPath);
      List<JvmCacheIndex.Entry> kept = JvmCacheIndex.register(dir, new JvmCacheIndex.Entry(mode, name,
          target.javaBin(), target.releaseLine(), target.jar().toString(), target.jarSha256()));
      removeUnregistered(dir, kept);
      return new Result(finalPath, null, null, millisSince(start));
    } catch (IOException | RuntimeException e) {
      return new Result(null, BootClassifier.classifyException(BootPhase.CACHE, e),
          "could not write the archive: " + e.getClass().getSimpleName(), millisSince(start));
    } finally {
      deleteQuietly(tmp);
      deleteQuietly(conf);
    }
  }

  private Failure train(JvmTarget target, JvmCacheMode mode, Path tmp, Path conf, List<ProcessResult> steps,
      BootDeadline deadline) {
    if (deadline.expired()) {
      return outOfTime("training run");
    }
    ProcessResult trained = run(target, mode.trainFlags(tmp, conf), List.of("-jar", target.jar().toString(), "train"),
        deadline);
    steps.add(trained);
    if (!trained.ok()) {
      return classify("training run failed", trained, tmp.getParent());
    }
    if (mode == JvmCacheMode.AOT_TWO_STEP) {
      if (deadline.expired()) {
        return outOfTime("AOT create step");
      }
      ProcessResult created = run(target, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
          "-XX:AOTCache=" + tmp), List.of("-cp", target.jar().toString()), deadline);
      steps.add(created);
      if (!created.ok()) {
        return classify("AOT create step failed", created, tmp.getParent());
      }
    }
    return isNonEmptyFile(tmp) ? null
        : new Failure(CacheFailures.noArchive(tmp.getParent()), "the training run wrote no archive");
  }

  /** Starts the jar with the new archive in strict mode: a JVM that cannot map it refuses to start. */
  private Failure verify(JvmTarget target, JvmCacheMode mode, Path archive, List<ProcessResult> steps,
      BootDeadline deadline) {
    if (deadline.expired()) {
      return outOfTime("archive check");
    }
    ProcessResult check = run(target, mode.strictUseFlags(archive), List.of("-jar", target.jar().toString(),
        "--version"), deadline);
    steps.add(check);
    if (check.ok() && check.stdout().startsWith("security-guidance ")) {
      return null;
    }
    Failure f = classify("the new archive was rejected by the runtime", check, archive.getParent());
    BootErrKind err = f.failure().err();
    // A strict-mode JVM that cannot map the archive says "Error occurred during initialization of VM" (rule 24);
    // here that, or unrecognised output, means the archive itself is unusable.
    if (err == BootErrKind.JVM_INIT_FAILED || err == BootErrKind.UNCATEGORIZED && f.failure().exc() == 0
        && f.failure().stderrSig() == 0) {
      return new Failure(BootFailure.of(BootPhase.CACHE, BootErrKind.CACHE_FAILED), f.detail());
    }
    return f;
  }

  private Failure classify(String what, ProcessResult r, Path dir) {
    return new Failure(CacheFailures.classify(r, dir, home), what + " (" + r.describe() + ")");
  }

  private static Failure outOfTime(String step) {
    return new Failure(BootFailure.of(BootPhase.CACHE, BootErrKind.SUBPROCESS_TIMEOUT),
        step + " not started: the bootstrap budget is spent");
  }

  private ProcessResult run(JvmTarget target, List<String> extraFlags, List<String> tail, BootDeadline deadline) {
    List<String> argv = new ArrayList<>();
    argv.add(target.javaBin());
    argv.addAll(jvmFlags);
    argv.addAll(extraFlags);
    argv.addAll(tail);
    return runner.run(ProcessRequest.of(argv, null, deadline.timeoutFor(STEP_TIMEOUT)).withOutputCap(OUTPUT_CAP).keepingTail());
  }

  /** JVM messages of the last build (no user data: the training input is bundled), for troubleshooting. */
  private static void writeLog(Path dir, List<ProcessResult> steps) {
    StringBuilder b = new StringBuilder();
    for (ProcessResult r : steps) {
      b.append("== ").append(r.describe()).append('\n').append(r.stdout()).append(r.stderr());
    }
    try {
      Files.writeString(dir.resolve("last-build.log"), b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Diagnostics only.
    }
  }

  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Keeps the registered archives; deletes other {@code sg-*} archives and temp files older than ten minutes. */
  private static void removeUnregistered(Path dir, List<JvmCacheIndex.Entry> kept) throws IOException {
    Set<String> keep = kept.stream().map(JvmCacheIndex.Entry::archive).collect(Collectors.toSet());
    FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_TEMP));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "sg-*")) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        boolean temp = n.startsWith("sg-tmp-");
        if (keep.contains(n) || !Files.isRegularFile(f)) {
          continue;
        }
        if (!temp || Files.getLastModifiedTime(f).compareTo(staleBefore) < 0) {
          deleteQuietly(f);
        }
      }
    }
  }

  private static boolean isNonEmptyFile(Path p) {
    try {
      return Files.isRegularFile(p) && Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort; the next build sweeps it.
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
