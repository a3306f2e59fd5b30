package org.securityguidance.review.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.testing.Diffs;

class AnchoringTest {
  static final Anchoring ON_BOTH = new Anchoring(Diffs.BOTH, path -> Optional.empty());

  static Finding claim(String path, String code) {
    return claim(path, code, 0);
  }

  static Finding claim(String path, String code, int line) {
    return new Finding(path, "command_injection", Severity.HIGH, code, "why", "fix", line);
  }

  @Test
  void anAddedLineIsFoundAndItsNewFileLineIsSet() {
    Anchoring.Result r = ON_BOTH.anchor(claim("app.py", "subprocess.call('ls ' + user, shell=True)"));
    assertThat(r.anchored()).isTrue();
    assertThat(r.finding().line()).isEqualTo(6);
    assertThat(r.finding().filePath()).isEqualTo("app.py");
  }

  @Test
  void inventedCodeIsDropped() {
    Anchoring.Result r = ON_BOTH.anchor(claim("app.py", "os.system('rm -rf ' + request.args['p'])"));
    assertThat(r.anchored()).isFalse();
    assertThat(r.failure()).isEqualTo(Anchoring.Failure.CODE_NOT_FOUND);
  }

  @Test
  void aFileOutsideTheReviewSetIsDropped() {
    Anchoring.Result r = ON_BOTH.anchor(claim("server/routes.py", "subprocess.call('ls ' + user, shell=True)"));
    assertThat(r.failure()).isEqualTo(Anchoring.Failure.FILE_NOT_REVIEWED);
  }

  @Test
  void codeFromAnotherReviewedFileDoesNotAnchor() {
    assertThat(ON_BOTH.anchor(claim("web/util.js", "subprocess.call('ls ' + user, shell=True)")).failure())
        .isEqualTo(Anchoring.Failure.CODE_NOT_FOUND);
  }

  @Test
  void whitespaceDifferencesDiffMarkersAndLineSpansStillAnchor() {
    assertThat(ON_BOTH.anchor(claim("app.py", "subprocess.call( 'ls '  +  user,shell=True)")).anchored()).isFalse();
    assertThat(ON_BOTH.anchor(claim("app.py", "  subprocess.call('ls ' +\tuser,   shell=True)  ")).anchored()).isTrue();
    assertThat(ON_BOTH.anchor(claim("app.py", "+    user = request.args['user']\n+    subprocess.call('ls ' + user, shell=True)"))
        .finding().line()).isEqualTo(5);
    assertThat(ON_BOTH.anchor(claim("app.py", "user = request.args['user']\n    subprocess.call(")).anchored()).isTrue();
  }

  @Test
  void aQuoteWithAnElidedMiddleIsCheckedLineByLine() {
    Anchoring.Result r = ON_BOTH.anchor(claim("app.py", "user = request.args['user']\n...\nreturn 'ok'"));
    assertThat(r.anchored()).isTrue();
    assertThat(r.finding().line()).isEqualTo(5);
    assertThat(ON_BOTH.anchor(claim("app.py", "user = request.args['user']\n...\nos.system(user)")).anchored()).isFalse();
  }

  @Test
  void removedLinesAreNotEvidence() {
    FileDiff removal = new FileDiff("auth.py", String.join("\n",
        "@@ -10,4 +10,3 @@",
        " def delete(id):",
        "-    require_admin()",
        "     db.delete(id)",
        ""), false, 0);
    Anchoring a = new Anchoring(List.of(removal), p -> Optional.empty());
    assertThat(a.anchor(claim("auth.py", "require_admin()")).anchored()).isFalse();
    Anchoring.Result kept = a.anchor(claim("auth.py", "db.delete(id)"));
    assertThat(kept.finding().line()).isEqualTo(11);
  }

  @Test
  void aPreExistingSinkOutsideTheHunkIsFoundInTheCurrentContent() {
    String content = "import subprocess\nfrom flask import request\n\ndef handler():\n"
        + "    user = request.args['user']\n    subprocess.call('ls ' + user, shell=True)\n    return 'ok'\n"
        + "\ndef run(cmd):\n    os.system(cmd)\n";
    Anchoring a = new Anchoring(Diffs.BOTH, p -> Optional.ofNullable(Map.of("app.py", content).get(p)));
    Anchoring.Result r = a.anchor(claim("app.py", "os.system(cmd)"));
    assertThat(r.anchored()).isTrue();
    assertThat(r.finding().line()).isEqualTo(10);
  }

  @Test
  void aFailingContentReaderMeansNotFoundRatherThanACrash() {
    Anchoring a = new Anchoring(Diffs.BOTH, p -> {
      throw new IllegalStateException("io");
    });
    assertThat(a.anchor(claim("app.py", "os.system(cmd)")).failure()).isEqualTo(Anchoring.Failure.CODE_NOT_FOUND);
  }

  @Test
  void theLineHintPicksTheNearestOccurrence() {
    FileDiff twice = new FileDiff("t.py", String.join("\n",
        "@@ -1,0 +1,2 @@", "+eval(data)", "+x = 1",
        "@@ -40,0 +42,1 @@", "+eval(data)", ""), false, 0);
    Anchoring a = new Anchoring(List.of(twice), p -> Optional.empty());
    assertThat(a.anchor(claim("t.py", "eval(data)", 40)).finding().line()).isEqualTo(42);
    assertThat(a.anchor(claim("t.py", "eval(data)", 0)).finding().line()).isEqualTo(1);
  }

  @Test
  void aNewFileWithoutHunkHeaderIsNumberedFromOne() {
    FileDiff bare = new FileDiff("n.js", "+const a = 1;\n+el.innerHTML = html;\n", true, 0);
    assertThat(new Anchoring(List.of(bare), p -> Optional.empty()).anchor(claim("n.js", "el.innerHTML = html"))
        .finding().line()).isEqualTo(2);
  }

  @Test
  void tooShortAQuoteIsNotEvidence() {
    assertThat(ON_BOTH.anchor(claim("app.py", " ok ")).failure()).isEqualTo(Anchoring.Failure.QUOTE_TOO_SHORT);
    assertThat(ON_BOTH.anchor(claim("app.py", "...\n\u2026")).failure()).isEqualTo(Anchoring.Failure.QUOTE_TOO_SHORT);
  }

  @Test
  void pathsResolveExactlyThenByCleanSpellingThenByUniqueSuffix() {
    List<FileDiff> files = List.of(new FileDiff("src/app.py", "", false, 0), new FileDiff("app.py", "", false, 0),
        new FileDiff("lib/a/util.py", "", false, 0), new FileDiff("lib/b/util.py", "", false, 0),
        new FileDiff("web/index.ts", "", false, 0));
    assertThat(Anchoring.resolveFile("app.py", files)).map(FileDiff::path).contains("app.py");
    assertThat(Anchoring.resolveFile("./src/app.py", files)).map(FileDiff::path).contains("src/app.py");
    assertThat(Anchoring.resolveFile("b/src/app.py", files)).map(FileDiff::path).contains("src/app.py");
    assertThat(Anchoring.resolveFile("src\\app.py", files)).map(FileDiff::path).contains("src/app.py");
    assertThat(Anchoring.resolveFile("/home/me/repo/src/app.py", files)).map(FileDiff::path).contains("src/app.py");
    assertThat(Anchoring.resolveFile("index.ts", files)).map(FileDiff::path).contains("web/index.ts");
    assertThat(Anchoring.resolveFile("util.py", files)).isEmpty();
    assertThat(Anchoring.resolveFile("other.py", files)).isEmpty();
    assertThat(Anchoring.resolveFile("", files)).isEmpty();
    assertThat(Anchoring.resolveFile("pp.py", files)).isEmpty();
  }

  @Test
  void theAnchoredFindingCarriesTheReviewedPathNotTheClaimedSpelling() {
    assertThat(ON_BOTH.anchor(claim("/abs/checkout/web/util.js", "el.innerHTML = html;")).finding().filePath())
        .isEqualTo("web/util.js");
  }

  @Test
  void hunkHeadersAreParsedDefensively() {
    assertThat(SourceText.newStart("@@ -1,3 +17,4 @@ def f():")).isEqualTo(17);
    assertThat(SourceText.newStart("@@ -1 +2 @@")).isEqualTo(2);
    assertThat(SourceText.newStart("@@ garbage @@")).isEqualTo(-1);
    assertThat(SourceText.newStart("@@ -1 +99999999999999 @@")).isEqualTo(-1);
  }
}
