package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * APPEND-ONLY snapshots of the four {@code boot_*} code tables (spec §5 A 7), and a sweep showing that no classifier
 * or encoder ever returns a reserved code (A 7–8): err 11–15, phase 2/3/5, exc 4/7/8, outcome 4.
 */
class BootCodeTablesTest {
  /** Adding a constant is a one-line diff here; renumbering or renaming one fails. */
  private static final String OUTCOMES = String.join(",", "NOOP_READY=0", "NOOP_CACHED=1", "BUILT_CACHE=2",
      "BUILD_FAILED=3", "RESERVED_4=4", "SKIP_SENTINEL=5", "RUNTIME_INCOMPATIBLE=6", "BUILT_FROM_SOURCE=7",
      "NOOP_FROM_SOURCE=8", "SKIP_COOLDOWN=9", "NO_RUNTIME=10");

  private static final String PHASES = String.join(",", "PRE=1", "RESERVED_VENV=2", "RESERVED_PIP=3", "MAIN=4",
      "RESERVED_PIP_TARGET=5", "RUNTIME=6", "VERIFY=7", "BUILD=8", "CACHE=9", "LAUNCH=10");

  private static final String ERR_KINDS = String.join(",", "DEP_NOT_FOUND=1:dep_not_found", "DNS_FAIL=2:dns_fail",
      "CONN_REFUSED=3:conn_refused", "SSL_VERIFY=4:ssl_verify", "PERM_DENIED=5:perm_denied",
      "NO_BUILD_TOOL=6:no_build_tool", "DISK_FULL=7:disk_full", "PROXY_AUTH=8:proxy_auth",
      "STDERR_TIMEOUT=9:stderr_timeout", "SUBPROCESS_TIMEOUT=10:subprocess_timeout",
      "RESERVED_VENV_ENSUREPIP_FAIL=11:venv_ensurepip_fail", "RESERVED_VENV_PATH_TOO_LONG=12:venv_path_too_long",
      "RESERVED_VENV_NO_MODULE=13:venv_no_module", "RESERVED_VENV_ALREADY_EXISTS=14:venv_already_exists",
      "RESERVED_VENV_SETUP_FAILED=15:venv_setup_failed", "SIGNAL_KILLED=16:signal_killed",
      "RUNTIME_MISSING=17:runtime_missing", "RUNTIME_TOO_OLD=18:runtime_too_old", "RUNTIME_STUB=19:runtime_stub",
      "JAR_MISSING=20:jar_missing", "JAR_HASH_MISMATCH=21:jar_hash_mismatch", "JAR_CORRUPT=22:jar_corrupt",
      "CLASS_VERSION=23:class_version", "JVM_INIT_FAILED=24:jvm_init_failed",
      "JVM_OUT_OF_MEMORY=25:jvm_out_of_memory", "CACHE_FAILED=26:cache_failed", "BUILD_FAILED=27:build_failed",
      "PATH_TOO_LONG=28:path_too_long", "BUILD_OFFLINE=29:build_offline", "LAUNCH_NO_JSON=30:launch_no_json",
      "UNCATEGORIZED=99:_uncategorized");

  private static final String EXC_TYPES = String.join(",", "NO_SUCH_FILE=1:java.nio.file.NoSuchFileException",
      "ACCESS_DENIED=2:java.nio.file.AccessDeniedException", "NOT_DIRECTORY=3:java.nio.file.NotDirectoryException",
      "RESERVED_4=4:null", "FILE_ALREADY_EXISTS=5:java.nio.file.FileAlreadyExistsException",
      "FILE_SYSTEM=6:java.nio.file.FileSystemException", "RESERVED_7=7:null", "RESERVED_8=8:null",
      "CONNECT=9:java.net.ConnectException", "TIMEOUT=10:java.util.concurrent.TimeoutException",
      "INTERRUPTED=11:java.lang.InterruptedException", "OUT_OF_MEMORY=12:java.lang.OutOfMemoryError",
      "MALFORMED_INPUT=13:java.nio.charset.MalformedInputException",
      "ILLEGAL_ARGUMENT=14:java.lang.IllegalArgumentException", "ILLEGAL_STATE=15:java.lang.IllegalStateException",
      "IO=16:java.io.IOException", "FILE_NOT_FOUND=17:java.io.FileNotFoundException",
      "DIRECTORY_NOT_EMPTY=18:java.nio.file.DirectoryNotEmptyException",
      "INVALID_PATH=19:java.nio.file.InvalidPathException", "SECURITY=20:java.lang.SecurityException",
      "UNSUPPORTED_OPERATION=21:java.lang.UnsupportedOperationException", "ZIP=22:java.util.zip.ZipException",
      "NO_CLASS_DEF_FOUND=23:java.lang.NoClassDefFoundError",
      "UNSUPPORTED_CLASS_VERSION=24:java.lang.UnsupportedClassVersionError",
      "FILE_SYSTEM_LOOP=25:java.nio.file.FileSystemLoopException",
      "ATOMIC_MOVE_NOT_SUPPORTED=26:java.nio.file.AtomicMoveNotSupportedException",
      "OVERLAPPING_FILE_LOCK=27:java.nio.channels.OverlappingFileLockException", "EOF=28:java.io.EOFException",
      "STACK_OVERFLOW=29:java.lang.StackOverflowError", "NULL_POINTER=30:java.lang.NullPointerException",
      "UNKNOWN_HOST=31:java.net.UnknownHostException", "SOCKET_TIMEOUT=32:java.net.SocketTimeoutException",
      "SSL_HANDSHAKE=33:javax.net.ssl.SSLHandshakeException", "OTHER=99:null");

  @Test
  void outcomeCodesAreAppendOnly() {
    assertThat(snapshot(BootOutcome.values(), BootOutcome::code, o -> "")).isEqualTo(OUTCOMES);
  }

  @Test
  void phaseCodesAreAppendOnly() {
    assertThat(snapshot(BootPhase.values(), BootPhase::code, p -> "")).isEqualTo(PHASES);
  }

  @Test
  void errKindCodesAndNamesAreAppendOnly() {
    assertThat(snapshot(BootErrKind.values(), BootErrKind::code, k -> ":" + k.kind())).isEqualTo(ERR_KINDS);
  }

  @Test
  void excTypeCodesAndClassNamesAreAppendOnly() {
    assertThat(snapshot(BootExcType.values(), BootExcType::code, t -> ":" + t.className())).isEqualTo(EXC_TYPES);
  }

  @Test
  void codesAreUniqueAndTheCatchAllsExist() {
    assertUnique(BootOutcome.values(), BootOutcome::code);
    assertUnique(BootPhase.values(), BootPhase::code);
    assertUnique(BootErrKind.values(), BootErrKind::code);
    assertUnique(BootExcType.values(), BootExcType::code);
    assertThat(BootErrKind.UNCATEGORIZED.code()).isEqualTo(99);
    assertThat(BootExcType.OTHER.code()).isEqualTo(99);
  }

  @Test
  void reservedFlagsMatchTheSpec() {
    assertThat(Arrays.stream(BootErrKind.values()).filter(k -> !k.emitted()).map(BootErrKind::code))
        .containsExactly(11, 12, 13, 14, 15);
    assertThat(Arrays.stream(BootPhase.values()).filter(p -> !p.emitted()).map(BootPhase::code))
        .containsExactly(2, 3, 5);
    assertThat(Arrays.stream(BootExcType.values()).filter(t -> t.className() == null).map(BootExcType::code))
        .containsExactly(4, 7, 8, 99);
  }

  @Test
  void everyTextRuleProducesAnEmittedConstantOnce() {
    assertThat(OutputRules.RULES).allSatisfy(r -> assertThat(r.kind().emitted()).isTrue());
    assertThat(OutputRules.RULES.stream().map(OutputRules.Rule::kind).distinct().count())
        .isEqualTo(OutputRules.RULES.size());
  }

  @Test
  void theCorpusNeverYieldsAReservedCode() throws IOException {
    for (ClassifierCases.Case c : ClassifierCases.load()) {
      assertNotReserved(BootClassifier.classifyProcess(c.phase(), c.rc(), c.ownTimeout(), c.text(), c.mavenMode(),
          "/home/alice"));
    }
  }

  @Property(tries = 1000)
  void randomOutputNeverYieldsAReservedCode(@ForAll String output, @ForAll @IntRange(min = -300, max = 300) int rc,
      @ForAll boolean ownTimeout, @ForAll boolean maven, @ForAll BootPhase phase) {
    BootFailure f = BootClassifier.classifyProcess(phase, rc, ownTimeout, output, maven, output);
    assertNotReserved(f);
    assertThat(f.stderrSig()).isBetween(0, 999);
  }

  @Property(tries = 300)
  void randomKindsNeverEncodeToAReservedCode(@ForAll String suffix) {
    for (String kind : new String[] {suffix, "exc:" + suffix, "other:" + suffix, "signal_killed" + suffix}) {
      assertNotReserved(BootFailure.fromKind(BootPhase.CACHE, kind, "/home/x"));
    }
  }

  @Test
  void exceptionsNeverYieldAReservedCode() {
    Throwable[] samples = {new IOException("x"), new FileSystemException("a", null, "Broken pipe"),
        new IllegalStateException(), new Error("e"), null};
    for (Throwable t : samples) {
      assertNotReserved(BootClassifier.classifyException(BootPhase.PRE, t));
    }
  }

  private static void assertNotReserved(BootFailure f) {
    assertThat(f.err()).isNotNull();
    assertThat(f.err().emitted()).as("err %s", f.err()).isTrue();
    assertThat(f.reportedErr()).isEqualTo(f.err());
    assertThat(f.exc()).isNotIn(4, 7, 8);
    assertThat(f.reportedPhase().emitted()).isTrue();
  }

  private static <E extends Enum<E>> String snapshot(E[] values, ToIntFunction<E> code, Function<E, String> extra) {
    return Arrays.stream(values).map(e -> e.name() + "=" + code.applyAsInt(e) + extra.apply(e))
        .collect(Collectors.joining(","));
  }

  private static <E> void assertUnique(E[] values, ToIntFunction<E> code) {
    assertThat(Arrays.stream(values).mapToInt(code).distinct().count()).isEqualTo(values.length);
  }
}
