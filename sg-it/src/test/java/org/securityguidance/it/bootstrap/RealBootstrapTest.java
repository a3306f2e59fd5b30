package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.it.launcher.Runtimes;

/**
 * Spec §5 F28 through the real launcher: on every JDK 17+ of the machine, the first SessionStart trains and registers
 * the start-up archive (CDS on 17–23, the one-step AOT cache on 25+) while stdout stays exactly the async marker and
 * one metrics line, even though the JDK 25 training child prints progress on stdout; the next SessionStart gives 1.
 */
class RealBootstrapTest {
  @TempDir Path tmp;

  static Stream<Path> runtimes() throws IOException {
    return Runtimes.installed();
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void theFirstSessionBuildsTheArchiveAndTheSecondFindsIt(Path javaHome) throws IOException {
    BootProcess p = new BootProcess(tmp, javaHome.resolve("bin/java"));
    int feature = Runtimes.feature(javaHome);
    long mode = feature >= 25 ? 3 : feature == 24 ? 2 : 1;

    Map<String, Object> first = p.bootstrap();
    assertThat(first).containsEntry("boot", 2L).containsEntry("boot_cache_mode", mode)
        .containsEntry("boot_jre", feature * 100L).containsEntry("boot_jre_src", 1L).containsEntry("boot_jvm", 1L)
        .doesNotContainKeys("boot_phase", "boot_err", "boot_has_javac");
    Path cache = p.state.resolve("jvm-cache");
    assertThat(BootProcess.list(cache)).anyMatch(n -> n.matches("sg-\\d+-[0-9a-f]{8}-[0-9a-f]{8}\\.(jsa|aot)"))
        .contains("archives.index").noneMatch(n -> n.startsWith("sg-tmp-"));
    assertThat(p.state.resolve("jvm-boot.building")).doesNotExist();

    Map<String, Object> second = p.bootstrap();
    assertThat(second).containsEntry("boot", 1L).containsEntry("boot_cache_mode", mode);
    String status = Files.readString(p.state.resolve("jvm-boot.status"));
    assertThat(status).contains("outcome=1\n", "cache_mode=" + mode + "\n", "jre=" + feature * 100 + "\n")
        .containsPattern("archive=sg-\\d+-[0-9a-f]{8}-[0-9a-f]{8}\\.(jsa|aot)\n");
  }
}
