package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

class GitTest {
  @TempDir Path tmp;

  @Test
  void topLevelIsFoundFromASubdirectoryOfAPathWithSpacesAndNonAscii() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("my repo").resolve("Ávila"));
    Path sub = Files.createDirectories(repo.dir.resolve("src/deep dir"));

    assertThat(repo.git.topLevel(sub)).contains(repo.dir.toRealPath());
  }

  @Test
  void outsideARepositoryEverythingIsEmpty() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Git git = TestRepo.isolatedGit(tmp);

    assertThat(git.topLevel(plain)).isEmpty();
    assertThat(git.commonDir(plain)).isEmpty();
    assertThat(git.headSha(plain)).isEmpty();
    assertThat(git.topLevel(tmp.resolve("does-not-exist"))).isEmpty();
  }

  @Test
  void commonDirIsAbsoluteAndSharedByLinkedWorktrees() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("main"));
    repo.write("a.txt", "a\n");
    repo.commitAll("init");
    Path linked = tmp.resolve("linked wt");
    repo.git("worktree", "add", "-q", "-b", "side", linked.toString());
    Path expected = repo.dir.toRealPath().resolve(".git");

    assertThat(repo.git.commonDir(repo.dir)).contains(expected);
    assertThat(repo.git.commonDir(Files.createDirectories(repo.dir.resolve("sub")))).contains(expected);
    assertThat(repo.git.commonDir(linked)).contains(expected);
    assertThat(repo.git.topLevel(linked)).contains(linked.toRealPath());
  }

  @Test
  void headShaIsEmptyBeforeTheFirstCommitThenTheFullId() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    assertThat(repo.git.headSha(repo.dir)).isEmpty();

    repo.write("a.txt", "a\n");
    String head = repo.commitAll("init");

    assertThat(head).matches("[0-9a-f]{40}");
    assertThat(repo.git.headSha(repo.dir)).contains(head);
  }

  @Test
  void revParseVerifyResolvesRevisionsAndRefusesOptionLikeInput() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.write("a.txt", "a\n");
    String head = repo.commitAll("init");

    assertThat(repo.git.revParseVerify(repo.dir, head.substring(0, 7))).contains(head);
    assertThat(repo.git.revParseVerify(repo.dir, "HEAD~0")).contains(head);
    assertThat(repo.git.revParseVerify(repo.dir, "deadbeef")).isEmpty();
    assertThat(repo.git.revParseVerify(repo.dir, "--git-dir")).isEmpty();
    assertThat(repo.git.revParseVerify(repo.dir, "")).isEmpty();
    assertThat(repo.git.revParseVerify(repo.dir, null)).isEmpty();
  }

  @Test
  void inheritedRepositoryVariablesCannotRedirectGit() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    Map<String, String> vars = new HashMap<>(TestRepo.isolatedEnvOf(tmp).asMap());
    vars.put("GIT_DIR", tmp.resolve("elsewhere").toString());
    vars.put("GIT_INDEX_FILE", tmp.resolve("elsewhere-index").toString());
    Git git = Git.local(new Env(vars));

    assertThat(git.topLevel(repo.dir)).contains(repo.dir.toRealPath());
    assertThat(git.environment())
        .doesNotContainKeys("GIT_DIR", "GIT_INDEX_FILE")
        .containsEntry("GIT_TERMINAL_PROMPT", "0")
        .containsEntry("GIT_OPTIONAL_LOCKS", "0")
        .containsEntry("GIT_PAGER", "cat")
        .containsEntry("LC_ALL", "C");
  }

  @Test
  void nonAsciiPathsComeBackVerbatimEvenWhenTheRepoAsksForQuoting() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.git("config", "core.quotePath", "true");
    repo.write("README", "r\n");
    repo.commitAll("init");
    repo.write("Ávila/pay.py", "x = 1\n");
    repo.commitAll("add");

    assertThat(repo.git("diff", "--name-only", "HEAD~1", "HEAD")).isEqualTo("Ávila/pay.py\n");
    assertThat(repo.git("show", "--no-color", "HEAD")).contains("diff --git a/Ávila/pay.py b/Ávila/pay.py");
    // Control: plain git with the repo's setting quotes it, so the override above is what made the difference.
    assertThat(plainGit(repo, "diff", "--name-only", "HEAD~1", "HEAD").stdout()).contains("\\303\\201vila");
  }

  @Test
  void diffHeadersKeepStandardPrefixesDespiteUserConfig() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.git("config", "diff.noprefix", "true");
    repo.write("a.py", "a\n");
    repo.commitAll("init");
    repo.write("a.py", "b\n");
    repo.commitAll("change");

    assertThat(repo.git("show", "HEAD")).contains("diff --git a/a.py b/a.py").contains("--- a/a.py");
    repo.git("config", "--unset", "diff.noprefix");
    repo.git("config", "diff.mnemonicPrefix", "true");
    repo.write("a.py", "c\n");
    assertThat(repo.git("diff")).contains("diff --git a/a.py b/a.py");
    assertThat(plainGit(repo, "diff").stdout()).contains("diff --git i/a.py w/a.py");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void repositoryHooksNeverRunThroughTheHardenedPrefix() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    Path marker = tmp.resolve("hook-ran");
    Path hooks = Files.createDirectories(tmp.resolve("hooks"));
    Path preCommit = hooks.resolve("pre-commit");
    Files.writeString(preCommit, "#!/bin/sh\ntouch '" + marker + "'\n");
    Files.setPosixFilePermissions(preCommit, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.git("config", "core.hooksPath", hooks.toString());
    repo.write("a.txt", "a\n");

    repo.commitAll("via hardened git");
    assertThat(marker).doesNotExist();

    repo.write("b.txt", "b\n");
    plainGit(repo, "add", "-A");
    assertThat(plainGit(repo, "commit", "-q", "-m", "plain").ok()).isTrue();
    assertThat(marker).exists(); // control: the hook is real
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aConfiguredFsmonitorCommandNeverRunsThroughTheHardenedPrefix() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    Path marker = tmp.resolve("fsmonitor-ran");
    Path monitor = tmp.resolve("monitor.sh");
    Files.writeString(monitor, "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n");
    Files.setPosixFilePermissions(monitor, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.write("a.txt", "a\n");
    repo.commitAll("init");
    repo.git("config", "core.fsmonitor", monitor.toString());

    repo.git("status", "--porcelain");
    assertThat(marker).doesNotExist();

    plainGit(repo, "status", "--porcelain");
    assertThat(marker).exists(); // control: git would have run it
  }

  @Test
  void argvStartsWithTheHardenedPrefix() {
    List<String> argv = Git.argv(List.of("status"));

    assertThat(argv.get(0)).isEqualTo("git");
    assertThat(argv).containsSubsequence("-c", "core.fsmonitor=false")
        .containsSubsequence("-c", "core.hooksPath=/dev/null")
        .containsSubsequence("-c", "core.quotePath=false")
        .containsSubsequence("-c", "diff.mnemonicPrefix=false")
        .containsSubsequence("-c", "diff.noprefix=false")
        .endsWith("status");
  }

  @Test
  void singleLineRejectsFailuresAndMultiLineOutput() {
    assertThat(Git.singleLine(result(0, "abc\n"))).contains("abc");
    assertThat(Git.singleLine(result(0, "abc\r\n"))).contains("abc");
    assertThat(Git.singleLine(result(0, "a b \n"))).contains("a b ");
    assertThat(Git.singleLine(result(0, "a\nb\n"))).isEmpty();
    assertThat(Git.singleLine(result(0, "\n"))).isEmpty();
    assertThat(Git.singleLine(result(1, "abc\n"))).isEmpty();
  }

  private static ProcessResult result(int code, String out) {
    return new ProcessResult(code, out.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, false, false, null, 0);
  }

  /** Git without our prefix, same isolated environment: the control group. */
  private static ProcessResult plainGit(TestRepo repo, String... args) {
    List<String> argv = new java.util.ArrayList<>(List.of("git"));
    argv.addAll(List.of(args));
    return ProcessRunner.local().run(ProcessRequest.of(argv, repo.dir, GitTimeout.DIFF.duration())
        .withEnvironment(repo.git.environment()));
  }
}
