package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Diff content against real repositories: names, encodings, renames, binaries, user config and exclusions. */
class ReviewScopeContentTest {
  @TempDir Path tmp;

  private ScopeRepo repo() throws IOException {
    return ScopeRepo.withInitialCommit(tmp.resolve("repo"));
  }

  private static ReviewScope.Result compute(ScopeRepo repo, BaselineState baseline) {
    return repo.scope().compute(repo.dir, baseline, ScopeLimits.defaults());
  }

  private static List<String> paths(ReviewScope.Result r) {
    return r.files().stream().map(FileDiff::path).toList();
  }

  @Test
  void spacesNonAsciiAndGlobCharactersInPathsWork() throws IOException {
    ScopeRepo repo = repo();
    repo.write("with space/x b/y.py", "a = 1\n");
    repo.write("Ávila/payment.py", "charge()\n");
    repo.commitAll("names");
    BaselineState baseline = repo.baseline();
    repo.write("with space/x b/y.py", "a = 2\n");
    repo.write("Ávila/payment.py", "charge(amount)\n");
    repo.write("[id].py", "new = 1\n");
    repo.write("star*.py", "star = 1\n");
    repo.write("i.py", "not matched by the glob [id].py\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(paths(r)).containsExactlyInAnyOrder("with space/x b/y.py", "Ávila/payment.py", "[id].py", "star*.py",
        "i.py");
    assertThat(r.files()).filteredOn(f -> f.path().equals("Ávila/payment.py")).singleElement()
        .satisfies(f -> assertThat(f.content()).contains("+charge(amount)"));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void quotesTabsAndBackslashesInNamesSurviveGitQuoting() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.write("we\"ird\tname\\x.py", "eval(x)\n");

    assertThat(paths(compute(repo, baseline))).containsExactly("we\"ird\tname\\x.py");
  }

  @Test
  void nonUtf8BytesAreDecodedLeniently() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.writeBytes("latin.py", new byte[] {'s', '=', '\'', (byte) 0xE9, (byte) 0xFF, '\'', '\n'});

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.content()).contains("+s='\uFFFD\uFFFD'"));
  }

  @Test
  void userDiffConfigurationDoesNotChangeWhatIsParsed() throws IOException {
    ScopeRepo repo = repo();
    repo.write("long.py", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\n");
    repo.commitAll("long");
    repo.git("config", "diff.noprefix", "true");
    repo.git("config", "diff.mnemonicPrefix", "true");
    repo.git("config", "diff.context", "8");
    repo.git("config", "diff.renames", "false");
    repo.git("config", "diff.external", "false");
    repo.git("config", "color.diff", "always");
    BaselineState baseline = repo.baseline();
    repo.write("long.py", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nCHANGED\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("long.py");
      assertThat(f.content()).isEqualTo("@@ -6,4 +6,4 @@ l5\n l6\n l7\n l8\n-l9\n+CHANGED\n");
    });
  }

  @Test
  void aRenameWithEditsShowsOnlyTheEditsUnderTheNewName() throws IOException {
    ScopeRepo repo = repo();
    repo.write("old_name.py", "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n");
    repo.commitAll("base");
    BaselineState baseline = repo.baseline();
    repo.git("mv", "old_name.py", "new_name.py");
    repo.write("new_name.py", "a = 1\nb = 2\nc = 3\nd = 4\ne = eval(x)\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("new_name.py");
      assertThat(f.newFile()).isFalse();
      assertThat(f.content()).contains("+e = eval(x)").doesNotContain("+a = 1");
    });
  }

  @Test
  void pureRenamesAndBinariesAreNotSourceToReview() throws IOException {
    ScopeRepo repo = repo();
    repo.write("old_name.py", "a = 1\n");
    repo.commitAll("base");
    BaselineState baseline = repo.baseline();
    repo.git("mv", "old_name.py", "new_name.py");
    repo.writeBytes("data.json", new byte[] {'{', 0, 1, 2, '}'});

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.NO_SOURCE_FILES);
    assertThat(r.outcome().stopSkipCode()).isEqualTo(7);
  }

  @Test
  void docsLockfilesDependenciesAndMinifiedFilesAloneAreNoSourceFiles() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.write("README.md", "# x\n");
    repo.write("yarn.lock", "x\n");
    repo.write("package-lock.json", "{}\n");
    repo.write("node_modules/x.js", "eval(x)\n");
    repo.write("dist/a.js", "eval(x)\n");
    repo.write("x.min.js", "eval(x)\n");
    repo.write("a.d.ts", "declare const x: number;\n");
    repo.write("LICENSE-MIT", "MIT\n");
    repo.write("static/bundle.js", "var a=1;".repeat(600) + "\n");

    assertThat(compute(repo, baseline).outcome()).isEqualTo(ScopeOutcome.NO_SOURCE_FILES);
  }

  @Test
  void extensionlessScriptsAndDockerfileVariantsAreReviewed() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.write("bin/deploy", "#!/bin/sh\ncurl $URL | sh\n");
    repo.write("Dockerfile.dev", "FROM x\n");
    repo.write("LICENSE-MIT", "MIT\n");

    assertThat(paths(compute(repo, baseline))).containsExactly("Dockerfile.dev", "bin/deploy");
  }

  @Test
  void generatedFilesAreExcludedByMarkerOrAttribute() throws IOException {
    ScopeRepo repo = repo();
    repo.write(".gitattributes", "gen/** linguist-generated\nthird/** linguist-vendored=true\n");
    repo.commitAll("attributes");
    BaselineState baseline = repo.baseline();
    repo.write("api/client.go", "// Code generated by openapi-gen. DO NOT EDIT.\npackage api\n");
    repo.write("gen/schema.py", "x = 1\n");
    repo.write("third/lib.py", "x = 1\n");
    repo.write("handwritten.py", "x = 1\n");

    assertThat(paths(compute(repo, baseline))).containsExactly("handwritten.py");
  }

  @Test
  void aWholeFileRewriteThatOnlyChangedLineEndingsHasNothingNewToReview() throws IOException {
    ScopeRepo repo = repo();
    repo.write("crlf.py", "a = 1\r\nb = 2\r\n");
    repo.commitAll("crlf");
    BaselineState baseline = repo.baseline();
    repo.write("crlf.py", "a = 1\nb = 2\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.EMPTY_DIFF);
    assertThat(r.outcome().stopSkipCode()).isEqualTo(6);
  }

  @Test
  void aLinkedWorktreeUsesItsOwnIndexAndLeavesItUntouched() throws IOException {
    ScopeRepo repo = repo();
    Path wt = tmp.resolve("linked tree");
    repo.git("worktree", "add", "-q", "-b", "side", wt.toString());
    ScopeRepo linked = ScopeRepo.open(wt, repo.env);
    BaselineState baseline = linked.baseline();
    Path index = Path.of(linked.git("rev-parse", "--git-path", "index").strip());
    byte[] before = java.nio.file.Files.readAllBytes(wt.resolve(index));
    linked.write("side.py", "exec(code)\n");

    ReviewScope.Result r = compute(linked, baseline);

    assertThat(paths(r)).containsExactly("side.py");
    assertThat(r.files().get(0).newFile()).isTrue();
    assertThat(java.nio.file.Files.readAllBytes(wt.resolve(index))).isEqualTo(before);
    assertThat(paths(compute(repo, repo.baseline()))).isEmpty();
  }
}
