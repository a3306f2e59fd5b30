package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.it.launcher.Runtimes;

/**
 * Two sessions starting at once on one state dir (spec §5 C12 with real processes): exactly one trains, the other
 * skips on the sentinel (5) or, if it came late, finds the new archive (1); nothing is left behind.
 */
class ConcurrentBootstrapTest {
  @TempDir Path tmp;

  @Test
  void twoSimultaneousSessionsTrainOnce() throws IOException {
    BootProcess p = new BootProcess(tmp, Runtimes.testJavaHome().resolve("bin/java"));
    CompletableFuture<Map<String, Object>> a = CompletableFuture.supplyAsync(p::bootstrap);
    CompletableFuture<Map<String, Object>> b = CompletableFuture.supplyAsync(p::bootstrap);
    List<Long> outcomes = List.of((Long) a.join().get("boot"), (Long) b.join().get("boot")).stream().sorted().toList();

    assertThat(outcomes).isIn(List.of(2L, 5L), List.of(1L, 2L));
    assertThat(p.state.resolve("jvm-boot.building")).doesNotExist();
    assertThat(Files.readAllLines(p.state.resolve("jvm-cache/archives.index"))).hasSize(1);
    assertThat(BootProcess.list(p.state.resolve("jvm-cache"))).filteredOn(n -> n.startsWith("sg-")).hasSize(1);
  }
}
