package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Spec §5 B 9–10 (Java parts): rule order, gates, tails, and the shared corpus. */
class BootClassifierTest {
  private static final String HOME = "/home/alice";

  @Test
  void everyCorpusRowClassifiesToItsExpectedKind() throws IOException {
    List<ClassifierCases.Case> cases = ClassifierCases.load();
    assertThat(cases).hasSizeGreaterThan(50);
    for (ClassifierCases.Case c : cases) {
      BootFailure f = BootClassifier.classifyProcess(c.phase(), c.rc(), c.ownTimeout(), c.text(), c.mavenMode(), HOME);
      assertThat(f.err().code()).as("corpus line %d: %s", c.line(), c.text()).isEqualTo(c.err());
      assertThat(f.phase()).isEqualTo(c.phase());
    }
  }

  @Test
  void theCorpusCoversEveryTextRuleAndBothEarlyRules() throws IOException {
    List<Integer> seen = ClassifierCases.load().stream().map(ClassifierCases.Case::err).distinct().toList();
    for (OutputRules.Rule r : OutputRules.RULES) {
      assertThat(seen).as(r.kind().kind()).contains(r.kind().code());
    }
    assertThat(seen).contains(10, 16, 99);
  }

  @Test
  void ownTimeoutBeatsTheKillSignalAndNeverCoolsDown() {
    BootFailure f = BootClassifier.classifyProcess(BootPhase.CACHE, 137, true, "Killed", false, HOME);
    assertThat(f.err()).isEqualTo(BootErrKind.SUBPROCESS_TIMEOUT);
    assertThat(f.rc()).isNull();
    assertThat(f.startsCooldown()).isFalse();
  }

  @Test
  void signalKillKeepsTheRawRcAndCoolsDownWithoutLookingAtText() {
    BootFailure f = BootClassifier.classifyProcess(BootPhase.CACHE, 137, false, "no space left", false, HOME);
    assertThat(f).isEqualTo(new BootFailure(BootPhase.CACHE, BootErrKind.SIGNAL_KILLED, 0, 0, 0, 137));
    assertThat(f.startsCooldown()).isTrue();
  }

  @Test
  void outOfMemoryTextCoolsDownToo() {
    BootFailure f = BootClassifier.classifyProcess(BootPhase.CACHE, 1, false,
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", false, HOME);
    assertThat(f.err()).isEqualTo(BootErrKind.JVM_OUT_OF_MEMORY);
    assertThat(f.startsCooldown()).isTrue();
  }

  @Test
  void mavenRulesNeedMavenModeAndBuildRulesNeedTheBuildPhase() {
    String missing = "[ERROR] Could not find artifact a:b:jar:1 in central";
    assertThat(classify(BootPhase.BUILD, missing, true)).isEqualTo(BootErrKind.DEP_NOT_FOUND);
    assertThat(classify(BootPhase.BUILD, missing, false)).isEqualTo(BootErrKind.UNCATEGORIZED);
    String javac = "Foo.java:1: error: class, interface, enum, or record expected";
    assertThat(classify(BootPhase.BUILD, javac, false)).isEqualTo(BootErrKind.BUILD_FAILED);
    assertThat(classify(BootPhase.CACHE, javac, false)).isEqualTo(BootErrKind.UNCATEGORIZED);
  }

  @Test
  void aMavenCertificateFailureIsSslNotAMissingDependency() {
    String text = "[ERROR] Could not resolve dependencies: Could not transfer artifact a:b:pom:1 from/to central: "
        + "PKIX path building failed";
    assertThat(classify(BootPhase.BUILD, text, true)).isEqualTo(BootErrKind.SSL_VERIFY);
  }

  @Test
  void otherTailIsTheLastNonBlankLineCutToSixtyCodePoints() {
    String last = "x".repeat(70);
    assertThat(BootClassifier.otherKind("first\n" + last + "\n  \n", null)).isEqualTo("other:" + "x".repeat(60));
    assertThat(BootClassifier.otherKind("a\r\nlast one \u2028  ", null)).isEqualTo("other:last one");
    assertThat(BootClassifier.otherKind("a\u001eb", null)).isEqualTo("other:b");
    assertThat(BootClassifier.otherKind(" \n\t\n", null)).isEqualTo("other");
    assertThat(BootClassifier.otherKind(null, null)).isEqualTo("other");
    assertThat(BootClassifier.otherKind("😀".repeat(61), null)).isEqualTo("other:" + "😀".repeat(60));
  }

  @Test
  void uncategorisedOutputCarriesTheHomeMaskedSignature() {
    BootFailure f = BootClassifier.classifyProcess(BootPhase.CACHE, 1, false,
        "progress\nERROR: Failed building wheel for cryptography\n", false, HOME);
    assertThat(f).isEqualTo(new BootFailure(BootPhase.CACHE, BootErrKind.UNCATEGORIZED, 820, 0, 0, null));
    BootFailure withHome = BootClassifier.classifyProcess(BootPhase.CACHE, 1, false,
        "broken: /home/alice/.claude/security/x.jsa", false, HOME);
    assertThat(withHome.stderrSig()).isEqualTo(BootCodes.encodeStderrSig("other:broken: ~/.claude/security/x.jsa"));
    BootFailure empty = BootClassifier.classifyProcess(BootPhase.CACHE, 1, false, "", false, HOME);
    assertThat(empty.stderrSig()).isZero();
    assertThat(empty.err()).isEqualTo(BootErrKind.UNCATEGORIZED);
  }

  @Test
  void hugeOutputIsScannedFromItsEnd() {
    String text = "no space left\n" + "x".repeat(BootClassifier.MAX_SCANNED_CHARS) + "\npermission denied";
    assertThat(classify(BootPhase.CACHE, text, false)).isEqualTo(BootErrKind.PERM_DENIED);
  }

  @Test
  void exceptionsAreUnwrappedAndCodedByExactClass() {
    NoSuchFileException root = new NoSuchFileException("/x");
    Throwable wrapped = new CompletionException(new ExecutionException(new UncheckedIOException(root)));
    assertThat(BootClassifier.classifyException(BootPhase.PRE, wrapped))
        .isEqualTo(new BootFailure(BootPhase.PRE, BootErrKind.UNCATEGORIZED, 0, 1, 2, null));
    assertThat(BootClassifier.exceptionKind(wrapped)).isEqualTo("exc:java.nio.file.NoSuchFileException:2");
    InvocationTargetException reflective = new InvocationTargetException(new IllegalStateException("x"));
    assertThat(BootClassifier.classifyException(BootPhase.MAIN, reflective).exc()).isEqualTo(15);
    assertThat(BootClassifier.exceptionKind(reflective)).isEqualTo("exc:java.lang.IllegalStateException");
  }

  @Test
  void aSubclassOfAListedTypeIsOtherButKeepsItsErrno() {
    class SpecialDenied extends AccessDeniedException {
      private static final long serialVersionUID = 1L;

      SpecialDenied() {
        super("/x");
      }
    }
    BootFailure f = BootClassifier.classifyException(BootPhase.CACHE, new SpecialDenied());
    assertThat(f.exc()).isEqualTo(99);
    assertThat(f.errno()).isEqualTo(13);
  }

  @Test
  void unwrappingStopsAfterFiveLevels() {
    Throwable t = new IOException("root");
    for (int i = 0; i < 7; i++) {
      t = new CompletionException(t);
    }
    assertThat(BootClassifier.classifyException(BootPhase.PRE, t).exc()).isEqualTo(99);
    Throwable five = new IOException("root");
    for (int i = 0; i < 5; i++) {
      five = new CompletionException(five);
    }
    assertThat(BootClassifier.classifyException(BootPhase.PRE, five).exc()).isEqualTo(16);
  }

  @Test
  void bareFileSystemExceptionGetsItsErrnoFromTheReason() {
    BootFailure f = BootClassifier.classifyException(BootPhase.CACHE,
        new FileSystemException("/state/x", null, "No space left on device"));
    assertThat(f.exc()).isEqualTo(6);
    assertThat(f.errno()).isEqualTo(28);
  }

  private static BootErrKind classify(BootPhase phase, String text, boolean maven) {
    return BootClassifier.classifyProcess(phase, 1, false, text, maven, HOME).err();
  }
}
