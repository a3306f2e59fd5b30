package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.sandbox.SandboxRepo;

/**
 * The adversarial tool calls (§5): each is refused or bounded, and no refused call's text carries any of the
 * forbidden content (a unique canary planted in every forbidden file, and every line of {@code /etc/passwd}).
 */
class AdversarialToolCallsTest {
  @TempDir Path tmp;
  SandboxRepo repo;
  ToolSet tools;
  final List<String> forbidden = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    repo = SandboxRepo.init(tmp);
    repo.write("src/App.java", "class App { String k = System.getenv(\"KEY\"); }\n");
    repo.write(".gitignore", "*.log\n");
    repo.write(".env", "KEY=" + canary("env") + "\n");
    repo.write("deploy/server.key", "-----BEGIN PRIVATE KEY-----\n" + canary("key") + "\n");
    repo.write("debug.log", "token " + canary("ignored") + "\n");
    repo.commitAll("initial");
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), canary("outside") + "\n");
    Files.writeString(repo.dir.resolve(".git/config"), "# " + canary("gitconfig") + "\n", StandardOpenOption.APPEND);
    Path passwd = Path.of("/etc/passwd");
    if (Files.isReadable(passwd)) {
      Files.readAllLines(passwd).stream().filter(l -> l.length() > 8).forEach(forbidden::add);
    }
    symlink("passwd-link", passwd);
    symlink("outside-dir", outside);
    symlink("outside-file.txt", outside.resolve("secret.txt"));
    tools = ToolSet.standard(repo.sandbox());
  }

  private String canary(String label) {
    String c = SandboxRepo.canary(label);
    forbidden.add(c);
    return c;
  }

  private void symlink(String name, Path target) {
    try {
      Files.createSymbolicLink(repo.dir.resolve(name), target);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows without the privilege: the symlink cases below then see NOT_FOUND, still refused
    }
  }

  private ToolResult call(String tool, Map<String, Object> input) {
    ToolResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> tools.execute(tool, input));
    assertThat(r.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(16 * 1024);
    for (String secret : forbidden) {
      assertThat(r.text()).as("%s %s leaked forbidden content", tool, input).doesNotContain(secret);
    }
    return r;
  }

  private void refused(String tool, Map<String, Object> input) {
    ToolResult r = call(tool, input);
    assertThat(r.error()).as("%s %s should be refused: %s", tool, input, r.text()).isTrue();
    assertThat(r.text()).startsWith("Refused");
  }

  @Test
  void readOutsideTheRepositoryIsRefused() {
    for (String path : List.of("../../etc/passwd", "/etc/passwd", "passwd-link", "outside-dir/secret.txt",
        "outside-file.txt", "../outside/secret.txt", repo.dir + "/../outside/secret.txt")) {
      refused("Read", Map.of("file_path", path));
    }
  }

  @Test
  void readOfGitInternalsSecretsAndIgnoredFilesIsRefused() {
    for (String path : List.of(".git/config", ".env", "deploy/server.key", "debug.log", "src/../.git/config")) {
      refused("Read", Map.of("file_path", path));
    }
  }

  @Test
  void grepAndGlobCannotBeAimedOutsideOrAtGitInternals() {
    for (String path : List.of("..", "/etc", "outside-dir", ".git", "../outside", "passwd-link")) {
      refused("Grep", Map.of("pattern", ".", "path", path));
      refused("Glob", Map.of("pattern", "**", "path", path));
    }
    refused("Grep", Map.of("pattern", "KEY", "path", ".env"));
  }

  @Test
  void aWholeRepositoryGrepSkipsForbiddenFilesAndReturnsOnlyAllowedContent() {
    ToolResult r = call("Grep", Map.of("pattern", "CANARY|KEY|root:"));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).contains("src/App.java:1: ").contains("not readable");
  }

  @Test
  void aSecretFileInTheDiffUnderReviewIsReadable() throws IOException {
    tools = ToolSet.standard(repo.sandbox(List.of(".env")));
    ToolResult r = tools.execute("Read", Map.of("file_path", ".env"));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).contains("KEY=CANARY-env-");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() {
    assumeTrue(SandboxRepo.mkfifo(repo.dir.resolve("pipe")));
    refused("Read", Map.of("file_path", "pipe"));
  }

  @Test
  void aTwoGigabyteSparseFileIsReadOnlyInABoundedWindow() throws IOException {
    Path big = repo.dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write("line of text\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
      f.setLength(2L * 1024 * 1024 * 1024);
    }
    tools = ToolSet.standard(repo.sandbox());
    ToolResult first = call("Read", Map.of("file_path", "big.txt"));
    assertThat(first.error()).isFalse();
    assertThat(first.text()).contains("     1\tline of text").contains("continue with offset=");
    ToolResult far = call("Read", Map.of("file_path", "big.txt", "offset", 50_000_000));
    assertThat(far.text()).contains("beyond the first 8 MiB");
    ToolResult grep = call("Grep", Map.of("pattern", "line of text"));
    assertThat(grep.text()).contains("1 over 1024 KiB");
    assertThat(tools.stats().bytesRead()).isLessThanOrEqualTo(ToolLimits.defaults().readScanBytes() + 64 * 1024);
  }

  @Test
  void aSparseFileOfNulBytesIsRefusedAsBinary() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(repo.dir.resolve("zeros.dat").toFile(), "rw")) {
      f.setLength(2L * 1024 * 1024 * 1024);
    }
    tools = ToolSet.standard(repo.sandbox());
    refused("Read", Map.of("file_path", "zeros.dat"));
    assertThat(tools.stats().bytesRead()).isLessThanOrEqualTo(8 * 1024);
  }

  @Test
  void aBacktrackingRegexOnALongLineReturnsQuickly() throws IOException {
    repo.write("long.txt", "a".repeat(200_000) + "\n");
    tools = ToolSet.standard(repo.sandbox());
    ToolResult r = call("Grep", Map.of("pattern", "(a+)+b"));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).startsWith("[no matches");
    ToolResult hit = call("Grep", Map.of("pattern", "(a+)+$", "path", "long.txt"));
    assertThat(hit.text()).startsWith("long.txt:1: aaaa").contains("line clipped");
  }

  @Test
  void aRegexThatWouldExplodeWhileCompilingIsRejectedQuickly() {
    for (String pattern : List.of("((a{100}){100}){100}", "(a{1000}){1000}", "((((a{10}){10}){10}){10}){10}",
        "x".repeat(1001), "(unclosed", "(?<=look)behind")) {
      ToolResult r = call("Grep", Map.of("pattern", pattern));
      assertThat(r.error()).as(pattern).isTrue();
      assertThat(r.text()).startsWith("Invalid input for Grep: pattern");
    }
  }
}
