package org.securityguidance.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.securityguidance.rules.Rule;

/**
 * Scans a list of files on a fixed pool of worker threads and returns findings in a deterministic order.
 *
 * <p>Design note: workers pull the next file index from one shared counter (no per-file task objects, no queue),
 * write that file's findings into its own slot, and only bump counters otherwise. The calling thread sleeps in
 * short intervals and reports progress, so progress output never comes from a worker. Because each file's findings
 * land in the file's slot and are sorted per file, the final order depends only on the input, not on scheduling.
 */
public final class Scanner {
  private static final long PROGRESS_INTERVAL_MILLIS = 200;

  private final MatchSource matcher;
  private final FileLoader loader;
  private final int jobs;

  public Scanner(MatchSource matcher, long maxFileSize, int jobs) {
    if (jobs < 1 || maxFileSize < 0) {
      throw new IllegalArgumentException("jobs must be >= 1 and maxFileSize >= 0");
    }
    this.matcher = matcher;
    this.loader = new FileLoader(maxFileSize);
    this.jobs = jobs;
  }

  /** Scans {@code files}; {@code rules} are the active rules, carried into the result for the reports. */
  public ScanResult scan(Path root, List<Rule> rules, List<SourceFile> files, ScanProgress progress)
      throws InterruptedException {
    long started = System.nanoTime();
    Run run = new Run(files);
    int threads = Math.max(1, Math.min(jobs, files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, Scanner::daemonThread);
    try {
      List<Future<?>> workers = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(run::work));
      }
      pool.shutdown();
      while (!pool.awaitTermination(PROGRESS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
        progress.update(run.done.get(), files.size(), run.bytes.sum());
      }
      rethrowWorkerError(workers);
    } finally {
      pool.shutdownNow();
    }
    progress.update(run.done.get(), files.size(), run.bytes.sum());
    progress.finish();
    return run.result(root, rules, Duration.ofNanos(System.nanoTime() - started));
  }

  private static Thread daemonThread(Runnable r) {
    Thread t = new Thread(r, "sg-scan-worker");
    t.setDaemon(true);
    return t;
  }

  private static void rethrowWorkerError(List<Future<?>> workers) throws InterruptedException {
    for (Future<?> w : workers) {
      try {
        w.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("scan worker failed", e.getCause());
      }
    }
  }

  /** The shared state of one scan. */
  private final class Run {
    private final List<SourceFile> files;
    private final AtomicReferenceArray<List<ScanFinding>> findings;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger scanned = new AtomicInteger();
    private final LongAdder bytes = new LongAdder();
    private final AtomicIntegerArray skipped = new AtomicIntegerArray(SkipReason.values().length);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    Run(List<SourceFile> files) {
      this.files = files;
      this.findings = new AtomicReferenceArray<>(files.size());
    }

    void work() {
      for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
        scanOne(i, files.get(i));
        done.incrementAndGet();
      }
    }

    private void scanOne(int index, SourceFile file) {
      FileLoader.Loaded loaded = loader.load(file.file());
      if (loaded.skipped() != null) {
        skipped.incrementAndGet(loaded.skipped().ordinal());
        return;
      }
      try {
        // The engine sees the absolute path, as in the hooks, so user globs like "*/tests/*" behave the same there.
        findings.set(index, FindingBuilder.build(file.path(), loaded.text(),
            matcher.allMatches(file.file().toString(), loaded.text())));
        scanned.incrementAndGet();
        bytes.add(loaded.bytes());
      } catch (RuntimeException | StackOverflowError e) {
        // A rule-engine failure on one file must not hide the others, nor pass for "clean".
        failures.add(file.path() + ": " + e.getClass().getSimpleName());
      }
    }

    ScanResult result(Path root, List<Rule> rules, Duration elapsed) {
      List<ScanFinding> all = new ArrayList<>();
      for (int i = 0; i < findings.length(); i++) {
        List<ScanFinding> perFile = findings.get(i);
        if (perFile != null) {
          all.addAll(perFile);
        }
      }
      all.sort(ScanFinding.ORDER);
      Map<SkipReason, Integer> skips = new EnumMap<>(SkipReason.class);
      for (SkipReason r : SkipReason.values()) {
        skips.put(r, skipped.get(r.ordinal()));
      }
      List<String> failed = new ArrayList<>(failures);
      failed.sort(null);
      ScanStats stats = new ScanStats(files.size(), scanned.get(), bytes.sum(), skips, failed.size());
      return new ScanResult(root, rules, all, stats, failed, elapsed);
    }
  }
}
