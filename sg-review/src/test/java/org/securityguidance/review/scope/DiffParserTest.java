package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffParserTest {
  private static final String MODIFY = "diff --git a/app.py b/app.py\n"
      + "index 1111111..2222222 100644\n"
      + "--- a/app.py\n"
      + "+++ b/app.py\n"
      + "@@ -1 +1,2 @@\n"
      + " print('hi')\n"
      + "+run(cmd)\n";

  @Test
  void keepsContentFromTheFirstHunkAndDropsHeaders() {
    List<FileDiff> files = DiffParser.parse(MODIFY);

    assertThat(files).containsExactly(new FileDiff("app.py", "@@ -1 +1,2 @@\n print('hi')\n+run(cmd)\n", false, 0));
  }

  @Test
  void newAndDeletedFilesAreKeptWithTheirSide() {
    String text = "diff --git a/new.py b/new.py\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n"
        + "+++ b/new.py\n@@ -0,0 +1 @@\n+x = 1\n"
        + "diff --git a/old.py b/old.py\ndeleted file mode 100644\nindex 1111111..0000000\n--- a/old.py\n"
        + "+++ /dev/null\n@@ -1 +0,0 @@\n-y = 2\n";

    List<FileDiff> files = DiffParser.parse(text);

    assertThat(files).extracting(FileDiff::path, FileDiff::newFile)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("new.py", true),
            org.assertj.core.groups.Tuple.tuple("old.py", false));
    assertThat(files.get(1).content()).isEqualTo("@@ -1 +0,0 @@\n-y = 2\n");
  }

  @Test
  void chunksWithoutHunksAreDropped() {
    String text = "diff --git a/logo.png b/logo.png\nindex 1..2 100644\nBinary files a/logo.png and b/logo.png differ\n"
        + "diff --git a/a.py b/b.py\nsimilarity index 100%\nrename from a.py\nrename to b.py\n"
        + "diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n"
        + MODIFY;

    assertThat(DiffParser.parse(text)).extracting(FileDiff::path).containsExactly("app.py");
  }

  @Test
  void renameWithChangesIsReportedUnderTheNewPath() {
    String text = "diff --git a/old name.py b/new name.py\nsimilarity index 80%\nrename from old name.py\n"
        + "rename to new name.py\nindex 1..2 100644\n--- a/old name.py\t\n+++ b/new name.py\t\n@@ -1 +1 @@\n-a\n+b\n";

    assertThat(DiffParser.parse(text)).extracting(FileDiff::path).containsExactly("new name.py");
  }

  @Test
  void pathsContainingSpaceBSlashAreNotMisSplit() {
    String text = "diff --git a/x b/y.py b/x b/y.py\nindex 1..2 100644\n--- a/x b/y.py\t\n+++ b/x b/y.py\t\n"
        + "@@ -1 +1 @@\n-a\n+b\n";

    assertThat(DiffParser.parse(text)).extracting(FileDiff::path).containsExactly("x b/y.py");
  }

  @Test
  void quotedPathsAreUnquotedIncludingOctalUtf8() {
    String text = "diff --git \"a/we\\\"ird\\tname.py\" \"b/we\\\"ird\\tname.py\"\nindex 1..2 100644\n"
        + "--- \"a/we\\\"ird\\tname.py\"\n+++ \"b/we\\\"ird\\tname.py\"\n@@ -1 +1 @@\n-a\n+b\n"
        + "diff --git \"a/\\303\\201vila/payment.py\" \"b/\\303\\201vila/payment.py\"\nindex 1..2 100644\n"
        + "--- \"a/\\303\\201vila/payment.py\"\n+++ \"b/\\303\\201vila/payment.py\"\n@@ -1 +1 @@\n-a\n+b\n";

    assertThat(DiffParser.parse(text)).extracting(FileDiff::path)
        .containsExactly("we\"ird\tname.py", "Ávila/payment.py");
  }

  @Test
  void submoduleAndSymlinkEntriesAreDropped() {
    String text = "diff --git a/lib b/lib\nindex 1111111..2222222 160000\n--- a/lib\n+++ b/lib\n@@ -1 +1 @@\n"
        + "-Subproject commit 1111111\n+Subproject commit 2222222\n"
        + "diff --git a/link.py b/link.py\nnew file mode 120000\nindex 0000000..3333333\n--- /dev/null\n"
        + "+++ b/link.py\n@@ -0,0 +1 @@\n+target.py\n\\ No newline at end of file\n"
        + MODIFY;

    assertThat(DiffParser.parse(text)).extracting(FileDiff::path).containsExactly("app.py");
  }

  @Test
  void addedLinesThatLookLikeFileHeadersDoNotSplitAFile() {
    String text = "diff --git a/doc.py b/doc.py\nindex 1..2 100644\n--- a/doc.py\n+++ b/doc.py\n@@ -1 +1,3 @@\n"
        + " x\n+diff --git a/evil.py b/evil.py\n+@@ -1 +1 @@\n";

    List<FileDiff> files = DiffParser.parse(text);

    assertThat(files).hasSize(1);
    assertThat(files.get(0).content()).contains("+diff --git a/evil.py");
  }

  @Test
  void carriageReturnsInContentAreKept() {
    String text = "diff --git a/w.py b/w.py\nindex 1..2 100644\n--- a/w.py\n+++ b/w.py\n@@ -1 +1 @@\n-a\r\n+b\r\n";

    assertThat(DiffParser.parse(text).get(0).content()).isEqualTo("@@ -1 +1 @@\n-a\r\n+b\r\n");
  }

  @Test
  void emptyOrGarbageInputGivesNoFiles() {
    assertThat(DiffParser.parse("")).isEmpty();
    assertThat(DiffParser.parse(null)).isEmpty();
    assertThat(DiffParser.parse("warning: something\n")).isEmpty();
  }

  @Test
  void withoutLastFileCutsAtTheLastFileBoundary() {
    String two = MODIFY + MODIFY.replace("app.py", "b.py");

    assertThat(DiffParser.withoutLastFile(two)).isEqualTo(MODIFY);
    assertThat(DiffParser.withoutLastFile(MODIFY)).isEmpty();
  }
}
