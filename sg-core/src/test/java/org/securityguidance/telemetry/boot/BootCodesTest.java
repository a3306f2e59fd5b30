package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §5 A 1–6 for the pure encoders, with the §1.13 golden vectors. */
class BootCodesTest {
  @Test
  void everyEmittedErrKindNameMapsToItsCode() {
    for (BootErrKind k : BootErrKind.values()) {
      int expected = k.emitted() ? k.code() : 99;
      assertThat(BootCodes.encodeErrKind(k.kind())).as(k.kind()).isEqualTo(expected);
      assertThat(BootCodes.encodeErrKind("  " + k.kind() + "\t")).as("stripped " + k.kind()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|0", "'   '|0", "signal_killed|16", "signal_killed:137|16", "signal_killed:abc|16", "other|99",
      "other:|99", "other:Killed|99", "exc:java.io.IOException|99", "exc:OSError:28|99", "py_3.9|99",
      "venv_ensurepip_fail|99", "pip_no_match|99", "'  dns_fail  '|2", "DNS_FAIL|99", "jar_hash_mismatch|21"})
  void errKindGrammar(String kind, int code) {
    assertThat(BootCodes.encodeErrKind(kind)).isEqualTo(code);
  }

  @Test
  void nullErrKindIsAbsent() {
    assertThat(BootCodes.encodeErrKind(null)).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"pre|1", "main|4", "runtime|6", "verify|7", "build|8", "cache|9",
      "launch|10", "' cache '|9", "venv|0", "pip|0", "pip_target|0", "hook_py|0", "''|0", "CACHE|0"})
  void phaseNames(String phase, int code) {
    assertThat(BootCodes.encodePhase(phase)).isEqualTo(code);
  }

  @Test
  void nullPhaseIsZero() {
    assertThat(BootCodes.encodePhase(null)).isZero();
  }

  @Test
  void everyExceptionClassOfTheTableEncodesToItsCode() {
    for (BootExcType t : BootExcType.values()) {
      if (t.className() != null) {
        assertThat(BootCodes.encodeExc("exc:" + t.className())).isEqualTo(t.code());
        assertThat(BootCodes.encodeExc("exc:" + t.className() + ":13")).isEqualTo(t.code());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"exc:java.nio.file.NoSuchFileException:2|1|2",
      "exc:java.nio.file.AccessDeniedException:13:extra|2|13", "exc:java.io.IOException|16|0",
      "exc:java.net.ConnectException:abc|9|0", "exc:Foo:bar|99|0", "exc:OSError|99|0",
      "exc:java.net.NoRouteToHostException:113|99|113", "exc::5|0|5", "exc:|0|0", "exc: :7|0|7",
      "dns_fail|0|0", "other:exc:x:3|0|0", "signal_killed:9|0|0"})
  void excAndErrno(String kind, int exc, int errno) {
    assertThat(BootCodes.encodeExc(kind)).isEqualTo(exc);
    assertThat(BootCodes.encodeErrno(kind)).isEqualTo(errno);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"signal_killed:-9|-9", "signal_killed:139|139", "signal_killed:137|137",
      "signal_killed:abc|0", "signal_killed|0", "other:signal_killed:9|0", "exc:x:9|0", "''|0"})
  void rc(String kind, int rc) {
    assertThat(BootCodes.encodeRc(kind)).isEqualTo(rc);
  }

  @Test
  void stderrSignatureGoldenVectors() {
    String[][] vectors = {
        {"other:ERROR: Failed building wheel for cryptography", "820"},
        {"other:error: failed building wheel for cryptography", "820"},
        {"other:   Killed   ", "221"},
        {"other:Killed", "221"},
        {"other:ERROR: Command errored out with exit status 1: /usr/bin/python3 -u -c 'import x'", "366"},
        {"other:ERROR: Command errored out with exit status 1: /home/alice/x", "366"},
        {"other:subprocess-exited-with-error", "922"},
        {"other:Ошибка установки пакета claude-agent-sdk", "878"},
        {"other:", "0"}, {"other", "0"}, {"dns_fail", "0"}, {"exc:OSError:28", "0"}, {"other:    ", "0"}};
    for (String[] v : vectors) {
      int sig = Integer.parseInt(v[1]);
      assertThat(BootCodes.encodeStderrSig(v[0])).as(v[0]).isEqualTo(sig);
      assertThat(BootCodes.encodeStderrSig(v[0], "/Users/nobody")).as("no home in " + v[0]).isEqualTo(sig);
    }
    assertThat(BootCodes.encodeStderrSig(null)).isZero();
  }

  @Test
  void homeIsMaskedBeforeTheThirtyCharacterCut() {
    String withHome = "other:cannot open /home/alice/.claude/security/x";
    String tilde = "other:cannot open ~/.claude/security/x";
    assertThat(BootCodes.encodeStderrSig(withHome, "/home/alice")).isEqualTo(BootCodes.encodeStderrSig(tilde));
    assertThat(BootCodes.encodeStderrSig(withHome, "/home/alice/")).isEqualTo(BootCodes.encodeStderrSig(tilde));
    assertThat(BootCodes.encodeStderrSig(withHome)).isNotEqualTo(BootCodes.encodeStderrSig(tilde));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"C:\\Users\\alice\\x|C:\\Users\\alice|~\\x",
      "C:/Users/alice/x|C:\\Users\\alice|~/x",
      "/home/bob/y|/home/bob|~/y", "/home/bob/y|/|/home/bob/y", "/home/bob/y|''|/home/bob/y"})
  void maskHomeHandlesBothSeparatorsAndIgnoresTrivialHomes(String text, String home, String masked) {
    assertThat(BootCodes.maskHome(text, home)).isEqualTo(masked);
  }

  @Test
  void pathVaryingTailsThatShareThirtyCharactersCollide() {
    assertThat(BootCodes.encodeStderrSig("other:0123456789012345678901234567891111"))
        .isEqualTo(BootCodes.encodeStderrSig("other:0123456789012345678901234567892222"));
  }

  @Property(tries = 500)
  void signatureIsBoundedDeterministicAndCaseAndTrimInsensitive(@ForAll String tail) {
    int sig = BootCodes.encodeStderrSig("other:" + tail);
    assertThat(sig).isBetween(0, 999);
    assertThat(BootCodes.encodeStderrSig("other:" + tail)).isEqualTo(sig);
    assertThat(BootCodes.encodeStderrSig("other:  " + tail.strip() + " ")).isEqualTo(sig);
  }

  @Property(tries = 500)
  void encodersAreTotal(@ForAll String kind) {
    int err = BootCodes.encodeErrKind(kind);
    assertThat(err == 0 || BootErrKind.byCode(err).emitted() && BootErrKind.byCode(err).code() == err).isTrue();
    assertThat(BootCodes.encodeExc(kind)).isBetween(0, 99);
    BootCodes.encodeErrno(kind);
    BootCodes.encodeRc(kind);
    BootCodes.encodePhase(kind);
    assertThat(BootCodes.encodeStderrSig(kind, kind)).isBetween(0, 999);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -6, -9, -11, 134, 137, 139, Integer.MIN_VALUE})
  void signalKills(int rc) {
    assertThat(BootCodes.isSignalKill(rc)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 130, 136, 138, 143, 255})
  void notSignalKills(int rc) {
    assertThat(BootCodes.isSignalKill(rc)).isFalse();
  }

  @Test
  void nullRcIsNotASignalKill() {
    assertThat(BootCodes.isSignalKill(null)).isFalse();
  }
}
