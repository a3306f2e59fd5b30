package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmCacheIndexTest {
  @TempDir Path dir;

  private static JvmCacheIndex.Entry entry(String archive, String java, String sha) {
    return new JvmCacheIndex.Entry(JvmCacheMode.CDS_DYNAMIC, archive, java, "JAVA_VERSION=\"17.0.15\"",
        "/p/lib/security-guidance.jar", sha);
  }

  @Test
  void theNewestEntryComesFirstAndOnlyTwoAreKept() throws IOException {
    JvmCacheIndex.register(dir, entry("a.jsa", "/jdk17/bin/java", "1".repeat(64)));
    JvmCacheIndex.register(dir, entry("b.jsa", "/jdk21/bin/java", "1".repeat(64)));
    List<JvmCacheIndex.Entry> kept = JvmCacheIndex.register(dir, entry("c.jsa", "/jdk25/bin/java", "1".repeat(64)));

    assertThat(kept).extracting(JvmCacheIndex.Entry::archive).containsExactly("c.jsa", "b.jsa");
    assertThat(JvmCacheIndex.read(dir)).isEqualTo(kept);
  }

  @Test
  void aNewBuildForTheSameTargetReplacesTheOldOne() throws IOException {
    JvmCacheIndex.register(dir, entry("old.jsa", "/jdk17/bin/java", "1".repeat(64)));
    JvmCacheIndex.register(dir, entry("other.jsa", "/jdk21/bin/java", "1".repeat(64)));
    List<JvmCacheIndex.Entry> kept = JvmCacheIndex.register(dir, entry("new.jsa", "/jdk17/bin/java", "1".repeat(64)));

    assertThat(kept).extracting(JvmCacheIndex.Entry::archive).containsExactly("new.jsa", "other.jsa");
  }

  @Test
  void eachEntryIsOneTabSeparatedLineTheLauncherCanSplit() throws IOException {
    JvmCacheIndex.register(dir, entry("a.jsa", "/jdk 17/bin/java", "f".repeat(64)));

    assertThat(Files.readString(dir.resolve(JvmCacheIndex.FILE_NAME))).isEqualTo(
        "v1\t1\ta.jsa\t/jdk 17/bin/java\tJAVA_VERSION=\"17.0.15\"\t/p/lib/security-guidance.jar\t" + "f".repeat(64)
            + "\n");
  }

  @Test
  void valuesThatWouldBreakTheLineFormatAreRefused() {
    assertThatThrownBy(() -> JvmCacheIndex.register(dir, entry("a.jsa", "/jdk\t17/bin/java", "1".repeat(64))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JvmCacheIndex.register(dir, entry("../a.jsa", "/jdk/bin/java", "1".repeat(64))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve(JvmCacheIndex.FILE_NAME)).doesNotExist();
  }

  @Test
  void aMissingOrGarbledIndexReadsAsEmptyAndUnknownLinesAreSkipped() throws IOException {
    assertThat(JvmCacheIndex.read(dir)).isEmpty();
    Files.writeString(dir.resolve(JvmCacheIndex.FILE_NAME), "garbage\nv2\t1\ta\tb\tc\td\te\nv1\t7\ta\tb\tc\td\te\n"
        + "v1\t3\tx.aot\t/j/bin/java\tJAVA_VERSION=\"25\"\t/p.jar\t" + "a".repeat(64) + "\n");

    assertThat(JvmCacheIndex.read(dir)).extracting(JvmCacheIndex.Entry::archive).containsExactly("x.aot");
  }
}
