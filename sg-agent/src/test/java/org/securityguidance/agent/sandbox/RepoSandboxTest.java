package org.securityguidance.agent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepoSandboxTest {
  @TempDir Path tmp;
  SandboxRepo repo;
  Path outside;

  @BeforeEach
  void setUp() throws IOException {
    repo = SandboxRepo.init(tmp);
    repo.write("src/App.java", "class App {}\n");
    repo.write("README.md", "hello\n");
    repo.write(".gitignore", "*.log\nbuild/\n");
    repo.write(".env", "API_KEY=" + SandboxRepo.canary("env") + "\n");
    repo.write(".env.example", "API_KEY=changeme\n");
    repo.commitAll("initial");
    outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), SandboxRepo.canary("outside"));
  }

  private Refusal refusal(RepoSandbox sandbox, String path) {
    Resolution r = sandbox.resolve(path);
    assertThat(r.allowed()).as("%s should be refused", path).isFalse();
    return r.refusal().orElseThrow();
  }

  private static boolean symlinks(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/App.java", "./src/App.java", "src/../src/App.java", "src\\App.java",
      "src//App.java", " src/App.java "})
  void repositoryRelativeFormsResolveToTheSameFile(String path) throws IOException {
    Resolution r = repo.sandbox().resolve(path);
    assertThat(r.allowed()).isTrue();
    assertThat(r.repoPath()).isEqualTo("src/App.java");
    assertThat(r.file().orElseThrow().size()).isEqualTo(13);
  }

  @Test
  void anAbsolutePathInsideTheRootIsAllowed() throws IOException {
    RepoSandbox sandbox = repo.sandbox();
    assertThat(sandbox.resolve(repo.dir.resolve("src/App.java").toString()).repoPath()).isEqualTo("src/App.java");
    assertThat(sandbox.resolve(sandbox.root().resolve("README.md").toString()).allowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "..", "../outside/secret.txt", "src/../../outside/secret.txt",
      "/etc/passwd", "file:///etc/passwd", "~/.ssh/id_rsa", "..\\..\\etc\\passwd", "C:\\Windows\\win.ini"})
  void pathsLeavingTheRootAreRefusedLexically(String path) throws IOException {
    assertThat(refusal(repo.sandbox(), path)).isEqualTo(Refusal.OUTSIDE_REPOSITORY);
  }

  @Test
  void anAbsolutePathThroughTheRootThatClimbsOutIsRefused() throws IOException {
    String sneaky = repo.dir + "/../outside/secret.txt";
    assertThat(refusal(repo.sandbox(), sneaky)).isEqualTo(Refusal.OUTSIDE_REPOSITORY);
  }

  @Test
  void symlinksWhoseTargetLeavesTheRootAreRefused() throws IOException {
    assumeTrue(symlinks(repo.dir.resolve("passwd"), Path.of("/etc/passwd")));
    symlinks(repo.dir.resolve("out"), outside);
    symlinks(repo.dir.resolve("secret-link.txt"), outside.resolve("secret.txt"));
    symlinks(repo.dir.resolve("zero"), Path.of("/dev/zero"));
    RepoSandbox sandbox = repo.sandbox();
    assertThat(refusal(sandbox, "passwd")).isEqualTo(Refusal.SYMLINK_ESCAPE);
    assertThat(refusal(sandbox, "out/secret.txt")).isEqualTo(Refusal.SYMLINK_ESCAPE);
    assertThat(refusal(sandbox, "secret-link.txt")).isEqualTo(Refusal.SYMLINK_ESCAPE);
    assertThat(refusal(sandbox, "zero")).isEqualTo(Refusal.SYMLINK_ESCAPE);
    assertThat(sandbox.resolveDirectory("out").refusal()).contains(Refusal.SYMLINK_ESCAPE);
  }

  @Test
  void walkingOutThroughASymlinkedDirectoryIsRefusedEvenWhenALinkLeadsBackIn() throws IOException {
    assumeTrue(symlinks(repo.dir.resolve("out"), outside));
    symlinks(outside.resolve("back"), repo.dir.resolve("src"));
    RepoSandbox sandbox = repo.sandbox();
    assertThat(refusal(sandbox, "out/back/App.java")).isEqualTo(Refusal.SYMLINK_ESCAPE);
  }

  @Test
  void aSymlinkToAFileInsideTheRootResolvesToItsTarget() throws IOException {
    assumeTrue(symlinks(repo.dir.resolve("alias.java"), Path.of("src/App.java")));
    repo.commitAll("link");
    assertThat(repo.sandbox().resolve("alias.java").repoPath()).isEqualTo("src/App.java");
  }

  @Test
  void aSymlinkInsideTheRootToASecretFileIsRefusedByItsTarget() throws IOException {
    assumeTrue(symlinks(repo.dir.resolve("notes.txt"), Path.of(".env")));
    repo.commitAll("link");
    assertThat(refusal(repo.sandbox(List.of("notes.txt")), "notes.txt")).isEqualTo(Refusal.SECRET_FILE);
  }

  @ParameterizedTest
  @ValueSource(strings = {".git/config", ".git/HEAD", ".git", "src/../.git/config", ".GIT/config", ".git./config",
      "sub/.git/config"})
  void gitInternalsAreRefused(String path) throws IOException {
    assertThat(refusal(repo.sandbox(), path)).isEqualTo(Refusal.GIT_INTERNALS);
  }

  @Test
  void aGitDirectoryReachedThroughASymlinkIsRefused() throws IOException {
    assumeTrue(symlinks(repo.dir.resolve("meta"), Path.of(".git")));
    RepoSandbox sandbox = repo.sandbox();
    assertThat(refusal(sandbox, "meta/config")).isEqualTo(Refusal.GIT_INTERNALS);
    assertThat(sandbox.resolveDirectory("meta").refusal()).contains(Refusal.GIT_INTERNALS);
  }

  @Test
  void inALinkedWorktreeTheGitFileAndTheCommonDirAreRefused() throws IOException {
    Path worktree = tmp.resolve("wt");
    repo.git("worktree", "add", "-q", worktree.toString());
    RepoSandbox sandbox = RepoSandbox.open(repo.git, worktree, List.of());
    assertThat(sandbox.resolve("src/App.java").allowed()).isTrue();
    assertThat(sandbox.resolve(".git").refusal()).contains(Refusal.GIT_INTERNALS);
    assertThat(sandbox.resolve(repo.dir.resolve(".git/config").toString()).refusal())
        .contains(Refusal.OUTSIDE_REPOSITORY);
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws IOException {
    Path fifo = repo.dir.resolve("pipe");
    assumeTrue(SandboxRepo.mkfifo(fifo));
    RepoSandbox sandbox = repo.sandbox(List.of("pipe"));
    Resolution r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> sandbox.resolve("pipe"));
    assertThat(r.refusal()).contains(Refusal.NOT_A_REGULAR_FILE);
  }

  @Test
  void aUnixSocketIsRefused() throws IOException {
    Path socket = repo.dir.resolve("s.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertThat(repo.sandbox(List.of("s.sock")).resolve("s.sock").refusal()).contains(Refusal.NOT_A_REGULAR_FILE);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no Unix domain sockets here");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".env", ".env.local", "config/.ENV.production", "deploy/prod.env", "certs/server.pem",
      "server.key", "id_rsa", "keys/id_ed25519.pub", "store.p12", "app.jks", ".npmrc", ".pypirc", ".netrc",
      "credentials.json", "terraform.tfstate"})
  void secretLookingFilesAreRefusedBeforeTheyAreTouched(String path) throws IOException {
    assertThat(refusal(repo.sandbox(), path)).isEqualTo(Refusal.SECRET_FILE);
  }

  @Test
  void aSecretFileThatIsPartOfTheDiffIsReadable() throws IOException {
    RepoSandbox sandbox = repo.sandbox(List.of(".env"));
    assertThat(sandbox.resolve(".env").allowed()).isTrue();
    assertThat(sandbox.resolve(".env.example").allowed()).isTrue();
    assertThat(repo.sandbox().resolve(".env.example").allowed()).isTrue();
  }

  @Test
  void filesGitIgnoresAreRefusedUnlessInTheDiff() throws IOException {
    repo.write("debug.log", "ignored\n");
    repo.write("build/out.txt", "ignored\n");
    repo.write("notes.txt", "untracked but not ignored\n");
    repo.write("forced.log", "tracked although ignored\n");
    repo.git("add", "-f", "forced.log");
    repo.git("commit", "-q", "-m", "forced");
    RepoSandbox sandbox = repo.sandbox();
    assertThat(refusal(sandbox, "debug.log")).isEqualTo(Refusal.IGNORED_FILE);
    assertThat(refusal(sandbox, "build/out.txt")).isEqualTo(Refusal.IGNORED_FILE);
    assertThat(refusal(sandbox, "forced.log")).isEqualTo(Refusal.IGNORED_FILE);
    assertThat(sandbox.resolve("notes.txt").allowed()).isTrue();
    assertThat(repo.sandbox(List.of("forced.log")).resolve("forced.log").allowed()).isTrue();
    assertThat(sandbox.files()).contains("notes.txt", "src/App.java").doesNotContain("debug.log");
  }

  @Test
  void directoriesMissingFilesAndBadInputGetTheirOwnReasons() throws IOException {
    RepoSandbox sandbox = repo.sandbox();
    assertThat(refusal(sandbox, "src")).isEqualTo(Refusal.IS_A_DIRECTORY);
    assertThat(refusal(sandbox, ".")).isEqualTo(Refusal.IS_A_DIRECTORY);
    assertThat(refusal(sandbox, "nope.java")).isEqualTo(Refusal.NOT_FOUND);
    assertThat(refusal(sandbox, "README.md/x")).isEqualTo(Refusal.NOT_FOUND);
    assertThat(refusal(sandbox, "")).isEqualTo(Refusal.INVALID_PATH);
    assertThat(refusal(sandbox, "a\u0000b")).isEqualTo(Refusal.INVALID_PATH);
    assertThat(refusal(sandbox, "a\nb")).isEqualTo(Refusal.INVALID_PATH);
    assertThat(refusal(sandbox, "a/".repeat(3000))).isEqualTo(Refusal.INVALID_PATH);
    assertThat(sandbox.resolveDirectory("").repoPath()).isEmpty();
    assertThat(sandbox.resolveDirectory("./src/").repoPath()).isEqualTo("src");
    assertThat(sandbox.resolveDirectory("README.md").refusal()).contains(Refusal.NOT_A_DIRECTORY);
  }

  @Test
  void aTwoGigabyteSparseFileIsReadOnlyUpToTheRequestedBudget() throws IOException {
    Path big = repo.dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2L * 1024 * 1024 * 1024);
    }
    RepoSandbox sandbox = repo.sandbox();
    ConfinedFile file = sandbox.resolve("big.txt").file().orElseThrow();
    assertThat(file.size()).isEqualTo(2L * 1024 * 1024 * 1024);
    assertThat(sandbox.readHead(file, 4096)).hasSize(4096);
    assertThat(sandbox.bytesRead()).isEqualTo(4096);
  }

  @Test
  void openingANonRepositoryFails(@TempDir Path plain) {
    assertThatThrownBy(() -> RepoSandbox.open(repo.git, plain, Set.of())).isInstanceOf(IOException.class);
  }
}
