package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.sys.Env;

class HookJvmFlagsTest {
  private static final List<String> LAUNCHER = List.of("-Xlog:disable", "-Xlog:all=warning:stderr",
      "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xss1m");

  @Test
  void archiveAndSharingFlagsAreDroppedTheRestIsKeptInOrder() {
    List<String> input = new java.util.ArrayList<>(LAUNCHER);
    input.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=/s/a.jsa", "-XX:AOTCache=/s/a.aot",
        "-Dfile.encoding=UTF-8"));

    List<String> expected = new java.util.ArrayList<>(LAUNCHER);
    expected.add("-Dfile.encoding=UTF-8");
    assertThat(HookJvmFlags.filter(input, new Env(Map.of()))).isEqualTo(expected);
  }

  @Test
  void flagsFromTheOptionVariablesAreLeftToTheInheritedEnvironment() {
    List<String> input = List.of("-Dproxy=1", "-Xmx256m", "-Dtrust=2");
    Env env = new Env(Map.of("JAVA_TOOL_OPTIONS", " -Dproxy=1 ", "_JAVA_OPTIONS", "-Dtrust=2"));

    assertThat(HookJvmFlags.filter(input, env)).containsExactly("-Xmx256m");
  }

  @Test
  void eachModeGetsItsOwnSharingFlags() {
    Path a = Path.of("/s/x");
    assertThat(JvmCacheMode.CDS_DYNAMIC.useFlags(a)).containsExactly("-Xshare:auto", "-XX:SharedArchiveFile=" + a);
    // JDK 25 refuses to start when -XX:AOTCache comes with any -Xshare option.
    assertThat(JvmCacheMode.AOT_ONE_STEP.useFlags(a)).containsExactly("-XX:AOTCache=" + a);
    assertThat(JvmCacheMode.AOT_ONE_STEP.trainFlags(a, a)).noneMatch(f -> f.startsWith("-Xshare"));
    assertThat(JvmCacheMode.CDS_DYNAMIC.strictUseFlags(a)).contains("-Xshare:on");
    assertThat(JvmCacheMode.AOT_TWO_STEP.strictUseFlags(a)).contains("-XX:AOTMode=on");
  }

  @Test
  void onlyHotSpot17AndLaterGetsAMode() {
    assertThat(JvmCacheMode.forRuntime(17, "OpenJDK 64-Bit Server VM")).isEqualTo(JvmCacheMode.CDS_DYNAMIC);
    assertThat(JvmCacheMode.forRuntime(23, "Java HotSpot(TM) 64-Bit Server VM")).isEqualTo(JvmCacheMode.CDS_DYNAMIC);
    assertThat(JvmCacheMode.forRuntime(24, "OpenJDK 64-Bit Server VM")).isEqualTo(JvmCacheMode.AOT_TWO_STEP);
    assertThat(JvmCacheMode.forRuntime(25, "OpenJDK 64-Bit Server VM")).isEqualTo(JvmCacheMode.AOT_ONE_STEP);
    assertThat(JvmCacheMode.forRuntime(21, "Eclipse OpenJ9 VM")).isEqualTo(JvmCacheMode.NONE);
    assertThat(JvmCacheMode.forRuntime(11, "OpenJDK 64-Bit Server VM")).isEqualTo(JvmCacheMode.NONE);
  }
}
