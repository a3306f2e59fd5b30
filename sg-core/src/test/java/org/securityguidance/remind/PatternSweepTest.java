package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternSweepTest {
  @TempDir Path dir;

  private final PatternMatcher matcher = FakeRule.matcher(
      FakeRule.of(4, "eval_injection", "", "eval\\("),
      FakeRule.of(9, "os_system_injection", ".py", "os\\.system"),
      FakeRule.of(-1, "user:no-md5", "", "md5\\("));

  @Test
  void countsStillMatchingRulesAsUnresolved() throws Exception {
    Path b = Files.writeString(dir.resolve("b.py"), "os.system(x)\nmd5(y)\n");
    String gone = dir.resolve("gone.py").toString();
    PatternSweep.Tally t = PatternSweep.sweep(List.of(b + ":os_system_injection", b + ":eval_injection",
        b + ":user:no-md5", gone + ":eval_injection", gone + ":os_system_injection"), matcher);
    assertThat(t).isEqualTo(new PatternSweep.Tally(3, 2, 512));
  }

  @Test
  void userRuleKeysSplitBeforeTheirPrefix() {
    assertThat(PatternSweep.split("/r/c.py:user:no-md5")).containsExactly("/r/c.py", "user:no-md5");
    assertThat(PatternSweep.split("C:\\r\\c.py:eval_injection")).containsExactly("C:\\r\\c.py", "eval_injection");
    assertThat(PatternSweep.split("nocolon")).isNull();
  }
}
