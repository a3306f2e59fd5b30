package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical errno (spec §4.6) from exceptions provoked on the real filesystem and from message texts. */
class ErrnoTest {
  @TempDir
  Path dir;

  @Test
  void noSuchFile() {
    assertCode(catchThrowable(() -> Files.readString(dir.resolve("missing"))), 1, 2);
  }

  @Test
  void fileAlreadyExists() throws IOException {
    Path f = Files.createFile(dir.resolve("f"));
    assertCode(catchThrowable(() -> Files.createFile(f)), 5, 17);
  }

  @Test
  void notADirectory() throws IOException {
    Path f = Files.createFile(dir.resolve("f"));
    assertCode(catchThrowable(() -> Files.newDirectoryStream(f).close()), 3, 20);
  }

  @Test
  void stateDirThatIsAFileGivesExistsOrNotADirectory() throws IOException {
    Path f = Files.createFile(dir.resolve("security"));
    Throwable t = catchThrowable(() -> Files.createDirectories(f.resolve("jvm-cache")));
    assertThat(Errno.canonical(t)).isIn(17, 20);
  }

  @Test
  void directoryNotEmpty() throws IOException {
    Path d = Files.createDirectory(dir.resolve("d"));
    Files.createFile(d.resolve("x"));
    assertCode(catchThrowable(() -> Files.delete(d)), 18, 39);
  }

  @Test
  void fileNameTooLongComesFromTheReasonOfABareFileSystemException() {
    Throwable t = catchThrowable(() -> Files.createFile(dir.resolve("n".repeat(300))));
    assertThat(t.getClass().getName()).isEqualTo("java.nio.file.FileSystemException");
    assertCode(t, 6, 36);
  }

  @Test
  void symlinkLoop() throws IOException {
    Path a = dir.resolve("a");
    Files.createSymbolicLink(a, dir.resolve("b"));
    Files.createSymbolicLink(dir.resolve("b"), a);
    Throwable t = catchThrowable(() -> Files.readString(a));
    assertThat(Errno.canonical(t)).isEqualTo(40);
  }

  @Test
  void fileNotFoundExceptionUsesItsTrailingParenthesis() throws IOException {
    Path f = Files.createFile(dir.resolve("plain"));
    Throwable t = catchThrowable(() -> new FileInputStream(f.resolve("child").toFile()).close());
    assertThat(t.getMessage()).endsWith("(Not a directory)");
    assertCode(t, 17, 20);
  }

  @Test
  void accessDeniedWhenNotRoot() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions are not enforced");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    try {
      assertCode(catchThrowable(() -> Files.createFile(locked.resolve("x"))), 2, 13);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void processStartFailureCarriesErrorEqualsTwo() {
    Throwable t = catchThrowable(() -> new ProcessBuilder("/nonexistent/bin/java", "-version").start());
    assertThat(t.getMessage()).contains("error=2");
    assertCode(t, 16, 2);
  }

  @Test
  void wrappersAreUnwrappedForTheErrnoToo() {
    Throwable t = catchThrowable(() -> Files.readString(dir.resolve("missing")));
    assertThat(Errno.canonical(new UncheckedIOException((IOException) t))).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "No such file or directory|2", "OPERATION NOT PERMITTED|1", "Permission denied|13", "File exists|17",
      "Not a directory|20", "Is a directory|21", "No space left on device|28", "Read-only file system|30",
      "File name too long|36", "Too many open files in system|23", "Too many open files|24",
      "Disk quota exceeded|122", "Disc quota exceeded|122", "Device or resource busy|16", "Resource busy|16",
      "Text file busy|26", "Invalid cross-device link|18", "Cross-device link|18",
      "Too many levels of symbolic links|40", "Directory not empty|39", "Input/output error|5",
      "Cannot allocate memory|12", "Argument list too long|7", "Exec format error|8", "Invalid argument|22",
      "The system cannot find the file specified|2", "The system cannot find the path specified|2",
      "Access is denied|13", "The process cannot access the file because it is being used by another process|16",
      "There is not enough space on the disk|28", "The filename or extension is too long|36",
      "The directory is not empty|39", "The filename, directory name, or volume label syntax is incorrect|22",
      "Cannot create a file when that file already exists|17", "Aucun fichier ou dossier de ce type|0", "''|0"})
  void reasonTexts(String text, int errno) {
    assertThat(Errno.fromText(text)).isEqualTo(errno);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Cannot run program \"/x\": error=2, No such file or directory|2",
      "Cannot run program \"/x\": error=13, Permission denied|13",
      "Cannot run program \"/x\": error=7, Liste d'arguments trop longue|7",
      "Cannot run program \"/x\": error=36, File name too long|36",
      "Cannot run program \"/x\": error=40|0",
      "Cannot run program \"x.exe\": CreateProcess error=2, The system cannot find the file specified|2",
      "Cannot run program \"x.exe\": CreateProcess error=3|2", "CreateProcess error=5|13", "CreateProcess error=32|16",
      "CreateProcess error=112|28", "CreateProcess error=123|22",
      "Cannot run program \"x\": CreateProcess error=193, %1 is not a valid Win32 application|8",
      "CreateProcess error=206|36", "CreateProcess error=1455|12", "CreateProcess error=999|0"})
  void processBuilderErrorCodes(String message, int errno) {
    assertThat(Errno.fromText(message)).isEqualTo(errno);
  }

  @Test
  void nullAndOtherThrowablesGiveZero() {
    assertThat(Errno.canonical(null)).isZero();
    assertThat(Errno.canonical(new IllegalStateException())).isZero();
    assertThat(Errno.fromText(null)).isZero();
  }

  private static void assertCode(Throwable t, int exc, int errno) {
    assertThat(t).as("an exception was thrown").isNotNull();
    BootFailure f = BootClassifier.classifyException(BootPhase.PRE, t);
    assertThat(f.exc()).as("exc of %s", t).isEqualTo(exc);
    assertThat(f.errno()).as("errno of %s", t).isEqualTo(errno);
    assertThat(f.err()).isEqualTo(BootErrKind.UNCATEGORIZED);
  }
}
