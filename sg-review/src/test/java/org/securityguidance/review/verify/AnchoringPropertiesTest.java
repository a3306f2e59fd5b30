package org.securityguidance.review.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.scope.FileDiff;

/** Anchoring never drops a verbatim quote of an added line, and never accepts a quote the file does not contain. */
class AnchoringPropertiesTest {
  @Property(tries = 300)
  void aVerbatimQuoteOfAnAddedLineAlwaysAnchorsToALineWithThatText(
      @ForAll @Size(min = 1, max = 20) List<@AlphaChars @StringLength(min = 4, max = 40) String> lines,
      @ForAll @IntRange(min = 0, max = 19) int pick, @ForAll @IntRange(min = 1, max = 500) int start) {
    int index = pick % lines.size();
    StringBuilder diff = new StringBuilder("@@ -1,0 +" + start + "," + lines.size() + " @@\n");
    lines.forEach(l -> diff.append("+    ").append(l).append('\n'));
    Anchoring a = new Anchoring(List.of(new FileDiff("f.py", diff.toString(), false, 0)), p -> Optional.empty());
    Anchoring.Result r = a.anchor(claim(lines.get(index)));
    assertThat(r.anchored()).isTrue();
    int line = r.finding().line();
    assertThat(lines.get(line - start)).contains(lines.get(index));
  }

  @Property(tries = 300)
  void aQuoteCarryingTextAbsentFromTheFileNeverAnchors(
      @ForAll @Size(min = 1, max = 20) List<@StringLength(max = 60) String> lines,
      @ForAll @StringLength(max = 30) String prefix) {
    List<String> added = new ArrayList<>();
    lines.forEach(l -> added.add("+" + l.replace("\u00a7", "")));
    FileDiff file = new FileDiff("f.py", String.join("\n", added), true, 0);
    Anchoring a = new Anchoring(List.of(file), p -> Optional.of(String.join("\n", lines).replace("\u00a7", "")));
    assertThat(a.anchor(claim(prefix + " \u00a7\u00a7invented\u00a7\u00a7")).anchored()).isFalse();
  }

  private static Finding claim(String code) {
    return new Finding("f.py", "xss", Severity.HIGH, code, "", "", 0);
  }
}
