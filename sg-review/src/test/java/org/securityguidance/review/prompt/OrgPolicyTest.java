package org.securityguidance.review.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OrgPolicyTest {
  @TempDir Path tmp;
  final List<String> log = new ArrayList<>();

  Path home() throws Exception {
    return Files.createDirectories(tmp.resolve("home/.claude")).getParent();
  }

  Path project() throws Exception {
    return Files.createDirectories(tmp.resolve("repo/.claude")).getParent();
  }

  static void write(Path dir, String name, String text) throws Exception {
    Files.writeString(dir.resolve(".claude").resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void userThenProjectThenLocalEachUnderItsLabel() throws Exception {
    Path home = home();
    Path repo = project();
    write(repo, OrgPolicy.LOCAL_FILE_NAME, "local rule\n");
    write(repo, OrgPolicy.FILE_NAME, "  project rule  \n");
    write(home, OrgPolicy.FILE_NAME, "user rule");
    OrgPolicy p = OrgPolicy.load(home, repo, log::add);
    assertThat(p.text()).isEqualTo("### User security guidance\nuser rule\n\n"
        + "### Project security guidance\nproject rule\n\n"
        + "### Project (local) security guidance\nlocal rule");
    assertThat(p.sources()).containsExactly("User", "Project", "Project (local)");
    assertThat(p.truncated()).isFalse();
    assertThat(p.skippedFiles()).isZero();
  }

  @Test
  void noFilesNoPolicyAndBlankFilesAreIgnored() throws Exception {
    Path repo = project();
    write(repo, OrgPolicy.FILE_NAME, "  \n\t\n");
    OrgPolicy p = OrgPolicy.load(home(), repo, log::add);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.sources()).isEmpty();
    assertThat(OrgPolicy.load(tmp.resolve("nohome"), null, log::add).isEmpty()).isTrue();
  }

  @Test
  void withoutACwdOnlyTheUserFileIsRead() throws Exception {
    Path home = home();
    write(home, OrgPolicy.FILE_NAME, "user rule");
    assertThat(OrgPolicy.load(home, null, log::add).sources()).containsExactly("User");
  }

  @Test
  void theCombinedTextIsCutAtTheBudgetInCodePointsLosingLocalTextFirst() throws Exception {
    Path home = home();
    Path repo = project();
    write(home, OrgPolicy.FILE_NAME, "\u00e9".repeat(5000));
    write(repo, OrgPolicy.FILE_NAME, "\uD83D\uDD12".repeat(4000));
    write(repo, OrgPolicy.LOCAL_FILE_NAME, "LOCAL-ONLY-MARKER");
    OrgPolicy p = OrgPolicy.load(home, repo, log::add);
    assertThat(p.truncated()).isTrue();
    assertThat(p.text().codePointCount(0, p.text().length())).isEqualTo(OrgPolicy.BUDGET_CHARS);
    assertThat(p.text()).startsWith("### User security guidance\n\u00e9").doesNotContain("LOCAL-ONLY-MARKER");
    assertThat(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1))).isFalse();
    assertThat(log).anyMatch(l -> l.contains("cut to 8192"));
  }

  @Test
  void aHugeFileIsReadOnlyAsFarAsTheBudgetNeeds() throws Exception {
    Path home = home();
    Files.write(home.resolve(".claude").resolve(OrgPolicy.FILE_NAME), "\u20ac".repeat(200_000).getBytes(StandardCharsets.UTF_8));
    OrgPolicy p = OrgPolicy.load(home, null, log::add);
    assertThat(p.text().codePointCount(0, p.text().length())).isEqualTo(OrgPolicy.BUDGET_CHARS);
    assertThat(p.skippedFiles()).isZero();
  }

  @Test
  void aNonUtf8FileIsSkippedAloneAndTheOthersAreKept() throws Exception {
    Path home = home();
    Path repo = project();
    write(home, OrgPolicy.FILE_NAME, "user rule");
    Files.write(repo.resolve(".claude").resolve(OrgPolicy.FILE_NAME), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
    write(repo, OrgPolicy.LOCAL_FILE_NAME, "local rule");
    OrgPolicy p = OrgPolicy.load(home, repo, log::add);
    assertThat(p.sources()).containsExactly("User", "Project (local)");
    assertThat(p.skippedFiles()).isEqualTo(1);
    assertThat(log).singleElement().asString().contains("not UTF-8").contains(OrgPolicy.FILE_NAME).doesNotContain("ok");
  }

  @Test
  void aDirectoryAtThePolicyPathIsSkipped() throws Exception {
    Path repo = project();
    Files.createDirectories(repo.resolve(".claude").resolve(OrgPolicy.FILE_NAME));
    OrgPolicy p = OrgPolicy.load(home(), repo, log::add);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.skippedFiles()).isEqualTo(1);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aFifoAtThePolicyPathIsSkippedWithoutBlocking() throws Exception {
    Path repo = project();
    Path fifo = repo.resolve(".claude").resolve(OrgPolicy.FILE_NAME);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(OrgPolicy.load(home(), repo, log::add).skippedFiles()).isEqualTo(1);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aProjectFileThatIsALinkIsNotFollowedButTheUsersOwnLinkIs() throws Exception {
    Path secret = Files.writeString(tmp.resolve("credentials"), "aws_secret_access_key=SECRET");
    Path repo = project();
    Files.createSymbolicLink(repo.resolve(".claude").resolve(OrgPolicy.FILE_NAME), secret);
    Path home = home();
    Files.createSymbolicLink(home.resolve(".claude").resolve(OrgPolicy.FILE_NAME),
        Files.writeString(tmp.resolve("dotfiles-policy.md"), "user rule via link"));
    OrgPolicy p = OrgPolicy.load(home, repo, log::add);
    assertThat(p.text()).contains("user rule via link").doesNotContain("SECRET");
    assertThat(log).anyMatch(l -> l.contains("symbolic link"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfThePolicy() throws Exception {
    Path home = home();
    write(home, OrgPolicy.FILE_NAME, "\uFEFFuser rule");
    assertThat(OrgPolicy.load(home, null, log::add).text()).isEqualTo("### User security guidance\nuser rule");
  }
}
