package org.securityguidance.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;
import org.securityguidance.testkit.MutableClock;

/**
 * A {@link ProcessRunner} standing in for the training, create and check JVMs: by default it behaves like a healthy
 * JDK (writes the archive the flags name, answers {@code --version}); a test swaps in another answer per request.
 * Every request moves the clock by {@link #perStep} (at most its timeout), so budgets and {@code boot_ms} are deterministic.
 */
final class FakeJvmRunner implements ProcessRunner {
  final List<ProcessRequest> requests = new ArrayList<>();
  private final MutableClock clock;
  Duration perStep = Duration.ofSeconds(2);
  Function<ProcessRequest, ProcessResult> answer = FakeJvmRunner::healthy;

  FakeJvmRunner(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public ProcessResult run(ProcessRequest request) {
    requests.add(request);
    // A real child never outlives its timeout: it is killed then.
    clock.advance(perStep.compareTo(request.timeout()) < 0 ? perStep : request.timeout());
    return answer.apply(request);
  }

  /** What a working JDK does with the bootstrap's argv. */
  static ProcessResult healthy(ProcessRequest r) {
    for (String a : r.argv()) {
      for (String flag : List.of("-XX:ArchiveClassesAtExit=", "-XX:AOTCacheOutput=", "-XX:AOTCache=")) {
        if (a.startsWith(flag) && !r.argv().contains("-XX:AOTMode=on")) {
          write(Path.of(a.substring(flag.length())), "archive bytes");
        }
      }
      if (a.startsWith("-XX:AOTConfiguration=") && r.argv().contains("-XX:AOTMode=record")) {
        write(Path.of(a.substring("-XX:AOTConfiguration=".length())), "conf");
      }
    }
    if (r.argv().get(r.argv().size() - 1).equals("--version")) {
      return exit(0, "security-guidance 3.0.0\n", "");
    }
    return exit(0, "", "");
  }

  static boolean isTraining(ProcessRequest r) {
    return r.argv().get(r.argv().size() - 1).equals("train");
  }

  static ProcessResult exit(int rc, String stdout, String stderr) {
    return new ProcessResult(rc, stdout.getBytes(StandardCharsets.UTF_8), stderr.getBytes(StandardCharsets.UTF_8),
        false, false, null, 1);
  }

  static ProcessResult timedOut() {
    return new ProcessResult(ProcessResult.NO_EXIT_CODE, new byte[0], new byte[0], true, false, null, 1);
  }

  private static void write(Path p, String text) {
    try {
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
