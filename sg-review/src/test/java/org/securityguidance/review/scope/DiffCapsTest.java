package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DiffCapsTest {
  private static FileDiff file(String path, int chars) {
    return new FileDiff(path, "+".repeat(chars), false, 0);
  }

  @Test
  void aFileOverThePerFileCapKeepsItsStartAndSaysItWasCut() {
    DiffCaps.Capped c = DiffCaps.apply(List.of(file("big.py", 100_000)), 80_000, 400_000);

    FileDiff f = c.files().get(0);
    assertThat(f.content()).startsWith("+".repeat(80_000)).contains("20000 more characters not shown")
        .contains("per-file size limit");
    assertThat(f.content().length()).isLessThan(80_200);
    assertThat(f.truncatedChars()).isEqualTo(20_000);
    assertThat(c.truncatedChars()).isEqualTo(20_000);
  }

  @Test
  void theTotalCapCutsTheSixthFileAndOmitsTheSeventh() {
    List<FileDiff> files = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      files.add(file("f" + i + ".py", 79_000));
    }

    DiffCaps.Capped c = DiffCaps.apply(files, 80_000, 400_000);

    for (int i = 0; i < 5; i++) {
      assertThat(c.files().get(i).content()).isEqualTo("+".repeat(79_000));
    }
    assertThat(c.files().get(5).content()).startsWith("+".repeat(5_000)).contains("total size limit");
    assertThat(c.files().get(5).truncatedChars()).isEqualTo(74_000);
    assertThat(c.files().get(6).path()).isEqualTo("f7.py");
    assertThat(c.files().get(6).content()).doesNotContain("+").contains("left out");
    assertThat(c.truncatedChars()).isEqualTo(74_000 + 79_000);
  }

  @Test
  void sizesAreCodePointsAndCutsNeverSplitASurrogatePair() {
    String emoji = "\uD83D\uDE00"; // one code point, two chars
    DiffCaps.Capped c = DiffCaps.apply(List.of(new FileDiff("e.py", emoji.repeat(10), false, 0)), 5, 100);

    String content = c.files().get(0).content();
    assertThat(content).startsWith(emoji.repeat(5)).doesNotStartWith(emoji.repeat(6));
    assertThat(Character.isHighSurrogate(content.charAt(content.indexOf('\n') - 1))).isFalse();
    assertThat(c.truncatedChars()).isEqualTo(5);
  }

  @Property(tries = 200)
  void everyFileKeepsAPrefixAndTheCountsAddUp(
      @ForAll @Size(max = 8) List<@IntRange(max = 3_000) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 2_000) int perFile,
      @ForAll @IntRange(min = 1, max = 6_000) int total) {
    List<FileDiff> files = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      files.add(file("f" + i, sizes.get(i)));
    }

    DiffCaps.Capped c = DiffCaps.apply(files, perFile, total);

    long sum = 0;
    long delivered = 0;
    for (int i = 0; i < files.size(); i++) {
      FileDiff out = c.files().get(i);
      long kept = out.content().chars().filter(ch -> ch == '+').count();
      assertThat(out.path()).isEqualTo(files.get(i).path());
      assertThat(kept).isLessThanOrEqualTo(Math.min(perFile, sizes.get(i)));
      assertThat(out.truncatedChars()).isEqualTo(sizes.get(i) - kept);
      assertThat(out.content().startsWith("+".repeat((int) kept))).isTrue();
      sum += out.truncatedChars();
      delivered += kept;
    }
    assertThat(c.truncatedChars()).isEqualTo(sum);
    assertThat(delivered).isLessThanOrEqualTo(total);
  }
}
