package org.securityguidance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.state.DebugLog;

/** The server's protocol, authentication, caps and lifecycle, with a recording fake hook behind it. */
class HookServerTest {
  private static final byte[] STDIN = "{\"hook_event_name\":\"PostToolUse\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;

  private final RecordingRunner runner = new RecordingRunner();

  private RunningServer start() throws Exception {
    return RunningServer.start(RunningServer.options(tmp.resolve("state"), tmp), runner, log());
  }

  private DebugLog log() {
    return DebugLog.to(tmp.resolve("server-log.txt"));
  }

  private String logText() throws IOException {
    return Files.exists(tmp.resolve("server-log.txt")) ? Files.readString(tmp.resolve("server-log.txt")) : "";
  }

  @Test
  void portFileIsPrivateAndNamesThisServer() throws Exception {
    try (RunningServer s = start()) {
      Path file = tmp.resolve("state").resolve(PortFile.FILE_NAME);
      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.getPosixFilePermissions(tmp.resolve("state")))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      PortFile pf = s.portFile();
      assertThat(Files.readString(file)).isEqualTo(pf.line() + "\n").startsWith("v1 ");
      assertThat(pf.clientToken()).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(pf.serverToken());
      assertThat(pf.jarSha256()).isEqualTo(JarWatch.sha256(tmp.resolve("fake.jar")));
      assertThat(pf.javaBin()).isEqualTo("/opt/java/bin/java");
    }
    assertThat(tmp.resolve("state").resolve(PortFile.FILE_NAME)).doesNotExist();
  }

  @Test
  void runsTheHookWithOnlyTheSentVariablesAndTheSentDirectory() throws Exception {
    try (RunningServer s = start()) {
      Map<String, String> env = Map.of("HOME", "/home/someone", "ENABLE_PATTERN_RULES", "0",
          "SG_DISABLE_RULES", "line1\nline2\\x");
      Optional<TestClient.Answer> a = TestClient.send(s.portFile(), "/work/project", env, "edit", STDIN);
      assertThat(a).isPresent();
      assertThat(a.get().code()).isZero();
      assertThat(a.get().text()).isEqualTo("seen " + STDIN.length + " chars\n");
      RecordingRunner.Call call = runner.calls.get(0);
      assertThat(call.env()).isEqualTo(env);
      assertThat(call.workingDir()).isEqualTo(Path.of("/work/project"));
      assertThat(call.stdin()).isEqualTo(new String(STDIN, StandardCharsets.UTF_8));
      // A second request sends nothing: nothing of the first one's environment is left over.
      TestClient.send(s.portFile(), "/other", Map.of(), "edit", STDIN);
      assertThat(runner.calls.get(1).env()).isEmpty();
      assertThat(runner.calls.get(1).workingDir()).isEqualTo(Path.of("/other"));
    }
    assertThat(logText()).contains("wrote 43 byte(s) to stderr").doesNotContain("diagnostic");
  }

  @Test
  void aWrongTokenIsClosedWithoutAnAnswerAndCounted() throws Exception {
    try (RunningServer s = start()) {
      String wrong = s.portFile().clientToken().replace(s.portFile().clientToken().charAt(0), 'z');
      assertThat(TestClient.send(s.portFile(), wrong, "/w", Map.of(), "edit", STDIN)).isEmpty();
      assertThat(TestClient.send(s.portFile(), s.portFile().serverToken(), "/w", Map.of(), "edit", STDIN)).isEmpty();
      assertThat(runner.calls).isEmpty();
      assertThat(TestClient.send(s.portFile(), "/w", Map.of(), "edit", STDIN)).isPresent();
    }
    assertThat(logText()).contains("refused a request (bad token)").contains("1 request(s), 2 refused");
  }

  @Test
  void onlyTheEditEventIsServedAndACwdMustBeAbsolute() throws Exception {
    try (RunningServer s = start()) {
      assertThat(TestClient.send(s.portFile(), "/w", Map.of(), "stop", STDIN)).isEmpty();
      assertThat(TestClient.send(s.portFile(), "relative/dir", Map.of(), "edit", STDIN)).isEmpty();
      assertThat(runner.calls).isEmpty();
    }
  }

  @Test
  void anOversizedStdinIsRefusedAndTheServerGoesOn() throws Exception {
    try (RunningServer s = start()) {
      byte[] big = new byte[64 * 1024 + 10];
      java.util.Arrays.fill(big, (byte) 'a');
      assertThat(TestClient.send(s.portFile(), "/w", Map.of(), "edit", big)).isEmpty();
      assertThat(TestClient.send(s.portFile(), "/w", Map.of(), "edit", STDIN)).isPresent();
      assertThat(runner.calls).hasSize(1);
    }
    assertThat(logText()).contains("stdin larger than the server's cap");
  }

  @Test
  void aSlowClientIsCutOffAtTheDeadlineWithoutBlockingTheNext() throws Exception {
    try (RunningServer s = start(); Socket slow = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
        s.portFile().port())) {
      OutputStream out = slow.getOutputStream();
      out.write(("SG1 " + s.portFile().clientToken() + "\ncwd=/w\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      // The slow client never finishes; the next client waits for the 2 s deadline, then is served.
      assertThat(TestClient.send(s.portFile(), "/w", Map.of(), "edit", STDIN)).isPresent();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
      InputStream in = slow.getInputStream();
      slow.setSoTimeout(5000);
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("SG1 " + s.portFile().serverToken()
          + "\n");
    }
    assertThat(logText()).contains("read deadline passed");
  }

  @Test
  void exitsWhenIdleAndRemovesItsPortFile() throws Exception {
    ServerOptions o = RunningServer.options(tmp.resolve("state"), tmp);
    ServerOptions idle = new ServerOptions(o.stateDir(), o.jar(), o.javaBin(), Duration.ofMillis(400), o.lifetime(),
        o.readDeadline(), o.maxStdinBytes(), o.poll(), 0);
    RunningServer s = RunningServer.start(idle, runner, log());
    assertThat(s.stopped().get(10, TimeUnit.SECONDS)).isEqualTo(StopReason.IDLE);
    assertThat(o.stateDir().resolve(PortFile.FILE_NAME)).doesNotExist();
    assertThat(logText()).contains("stopped (IDLE, code 1)");
  }

  @Test
  void exitsWhenTheJarChanges() throws Exception {
    RunningServer s = start();
    Files.setLastModifiedTime(tmp.resolve("fake.jar"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    assertThat(s.stopped().get(10, TimeUnit.SECONDS)).isEqualTo(StopReason.JAR_CHANGED);
    assertThat(tmp.resolve("state").resolve(PortFile.FILE_NAME)).doesNotExist();
  }

  @Test
  void exitsWhenItsPortFileIsReplacedAndLeavesTheSuccessorsFileAlone() throws Exception {
    RunningServer s = start();
    Path file = tmp.resolve("state").resolve(PortFile.FILE_NAME);
    String successor = "v1 1 " + "a".repeat(64) + " " + "b".repeat(64) + " " + "c".repeat(64) + " 1 1 /java\n";
    Files.writeString(file, successor);
    assertThat(s.stopped().get(10, TimeUnit.SECONDS)).isEqualTo(StopReason.PORT_FILE_LOST);
    assertThat(Files.readString(file)).isEqualTo(successor);
  }

  @Test
  void onlyOneServerPerStateDirectory() throws Exception {
    try (RunningServer s = start()) {
      HookServer second = new HookServer(RunningServer.options(tmp.resolve("state"), tmp), runner, log(),
          new SecureRandom());
      assertThat(second.serve()).isEqualTo(StopReason.ANOTHER_SERVER);
      assertThat(PortFile.read(tmp.resolve("state").resolve(PortFile.FILE_NAME))).contains(s.portFile());
    }
  }

  @Test
  void aServerOfAnotherJarTakesOverAndTheOldOneLeaves() throws Exception {
    RunningServer old = start();
    Path newDir = Files.createDirectories(tmp.resolve("update"));
    Files.writeString(newDir.resolve("fake.jar"), "the next version");
    try (RunningServer next = RunningServer.start(RunningServer.options(tmp.resolve("state"), newDir), runner,
        log())) {
      assertThat(old.stopped().get(10, TimeUnit.SECONDS)).isEqualTo(StopReason.SUPERSEDED);
      assertThat(next.portFile().jarSha256()).isEqualTo(JarWatch.sha256(newDir.resolve("fake.jar")));
      assertThat(PortFile.read(tmp.resolve("state").resolve(PortFile.FILE_NAME))).contains(next.portFile());
      assertThat(TestClient.send(next.portFile(), "/w", Map.of(), "edit", STDIN)).isPresent();
    }
    assertThat(logText()).contains("asking the outdated server pid").contains("stopped (SUPERSEDED, code 8)");
  }

  @Test
  void refusesAStateDirectoryOthersMayWriteTo() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxrwxrwx"));
    HookServer server = new HookServer(RunningServer.options(state, tmp), runner, log(), new SecureRandom());
    assertThat(server.serve()).isEqualTo(StopReason.START_FAILED);
    assertThat(state.resolve(PortFile.FILE_NAME)).doesNotExist();
  }
}
