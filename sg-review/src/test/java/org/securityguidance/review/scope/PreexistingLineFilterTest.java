package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PreexistingLineFilterTest {
  private static FileDiff diff(String content) {
    return new FileDiff("app.py", content, false, 0);
  }

  @Test
  void aRewriteThatMovesUntouchedCodeShowsOnlyTheNewLines() {
    String content = "@@ -1,2 +1,4 @@\n-def a():\n-    return 1\n+def b(cmd):\n+    os.system(cmd)\n"
        + "+def a():\n+    return 1\n";

    FileDiff out = PreexistingLineFilter.apply(diff(content));

    assertThat(out.content()).isEqualTo(
        "@@ -1,2 +1,4 @@\n+def b(cmd):\n+    os.system(cmd)\n def a():\n     return 1\n");
  }

  @Test
  void oneRemovalNeutralisesOnlyOneIdenticalAddition() {
    String content = "@@ -1 +1,3 @@\n-run(x)\n+run(x)\n+run(x)\n+run(x)\n";

    FileDiff out = PreexistingLineFilter.apply(diff(content));

    assertThat(out.content()).isEqualTo("@@ -1 +1,3 @@\n run(x)\n+run(x)\n+run(x)\n");
  }

  @Test
  void reIndentedCodeStaysVisible() {
    String content = "@@ -1 +1,2 @@\n-eval(data)\n+if untrusted:\n+    eval(data)\n";

    assertThat(PreexistingLineFilter.apply(diff(content)).content()).isEqualTo(content);
  }

  @Test
  void lineEndingOnlyRewriteLeavesNoChanges() {
    String content = "@@ -1,2 +1,2 @@\n-a = 1\r\n-b = 2\r\n+a = 1\n+b = 2\n";

    FileDiff out = PreexistingLineFilter.apply(diff(content));

    assertThat(PreexistingLineFilter.hasChanges(out.content())).isFalse();
    assertThat(out.content()).isEqualTo("@@ -1,2 +1,2 @@\n a = 1\n b = 2\n");
  }

  @Test
  void linesAreOnlyMatchedWithinTheirHunk() {
    String content = "@@ -1 +1 @@\n-x = 1\n+y = 2\n@@ -10 +10 @@\n-z = 3\n+x = 1\n";

    assertThat(PreexistingLineFilter.apply(diff(content)).content()).isEqualTo(content);
  }

  @Test
  void noNewlineNoteGoesWithItsDroppedLine() {
    String content = "@@ -1 +1,2 @@\n-last\n\\ No newline at end of file\n+first\n+last\n";

    assertThat(PreexistingLineFilter.apply(diff(content)).content()).isEqualTo("@@ -1 +1,2 @@\n+first\n last\n");
  }

  @Test
  void newFilesAreUntouched() {
    FileDiff f = new FileDiff("n.py", "@@ -0,0 +1,2 @@\n+a\n+a\n", true, 0);

    assertThat(PreexistingLineFilter.apply(f)).isSameAs(f);
  }

  /** The new side of the hunk (context + added lines, in order) is exactly preserved, and both counts still fit. */
  @Property(tries = 300)
  void newSideIsPreservedAndHeaderCountsStayValid(@ForAll("hunkBodies") List<String> body) {
    String content = "@@ -1 +1 @@\n" + String.join("", body);

    String out = PreexistingLineFilter.apply(diff(content)).content();

    assertThat(side(out, '+')).isEqualTo(side(content, '+'));
    assertThat(count(out, '-')).isEqualTo(count(content, '-'));
  }

  @Provide
  Arbitrary<List<String>> hunkBodies() {
    Arbitrary<String> text = Arbitraries.of("a", "b", "c", "a ", "  a", "d");
    Arbitrary<String> line = Arbitraries.of(' ', '+', '-').flatMap(p -> text.map(t -> p + t + "\n"));
    return line.list().ofMaxSize(12);
  }

  /** Lines of one side without their marker: context plus lines starting with {@code marker}. */
  private static List<String> side(String content, char marker) {
    List<String> out = new ArrayList<>();
    for (String line : content.substring(content.indexOf('\n') + 1).split("\n", -1)) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == marker)) {
        out.add(line.substring(1));
      }
    }
    return out;
  }

  private static int count(String content, char marker) {
    return side(content, marker).size();
  }
}
