package org.securityguidance.telemetry.boot;

/**
 * The {@code boot_exc} metric: the root cause's exception class, matched by exact fully qualified name (a subclass
 * not listed is {@link #OTHER}). APPEND-ONLY (spec §4.6); 1–15 line up with the original's Python types, 4, 7 and 8
 * are reserved because Java has no counterpart.
 */
public enum BootExcType {
  NO_SUCH_FILE(1, "java.nio.file.NoSuchFileException"),
  ACCESS_DENIED(2, "java.nio.file.AccessDeniedException"),
  NOT_DIRECTORY(3, "java.nio.file.NotDirectoryException"),
  RESERVED_4(4, null),
  FILE_ALREADY_EXISTS(5, "java.nio.file.FileAlreadyExistsException"),
  FILE_SYSTEM(6, "java.nio.file.FileSystemException"),
  RESERVED_7(7, null),
  RESERVED_8(8, null),
  CONNECT(9, "java.net.ConnectException"),
  TIMEOUT(10, "java.util.concurrent.TimeoutException"),
  INTERRUPTED(11, "java.lang.InterruptedException"),
  OUT_OF_MEMORY(12, "java.lang.OutOfMemoryError"),
  MALFORMED_INPUT(13, "java.nio.charset.MalformedInputException"),
  ILLEGAL_ARGUMENT(14, "java.lang.IllegalArgumentException"),
  ILLEGAL_STATE(15, "java.lang.IllegalStateException"),
  IO(16, "java.io.IOException"),
  FILE_NOT_FOUND(17, "java.io.FileNotFoundException"),
  DIRECTORY_NOT_EMPTY(18, "java.nio.file.DirectoryNotEmptyException"),
  INVALID_PATH(19, "java.nio.file.InvalidPathException"),
  SECURITY(20, "java.lang.SecurityException"),
  UNSUPPORTED_OPERATION(21, "java.lang.UnsupportedOperationException"),
  ZIP(22, "java.util.zip.ZipException"),
  NO_CLASS_DEF_FOUND(23, "java.lang.NoClassDefFoundError"),
  UNSUPPORTED_CLASS_VERSION(24, "java.lang.UnsupportedClassVersionError"),
  FILE_SYSTEM_LOOP(25, "java.nio.file.FileSystemLoopException"),
  ATOMIC_MOVE_NOT_SUPPORTED(26, "java.nio.file.AtomicMoveNotSupportedException"),
  OVERLAPPING_FILE_LOCK(27, "java.nio.channels.OverlappingFileLockException"),
  EOF(28, "java.io.EOFException"),
  STACK_OVERFLOW(29, "java.lang.StackOverflowError"),
  NULL_POINTER(30, "java.lang.NullPointerException"),
  UNKNOWN_HOST(31, "java.net.UnknownHostException"),
  SOCKET_TIMEOUT(32, "java.net.SocketTimeoutException"),
  SSL_HANDSHAKE(33, "javax.net.ssl.SSLHandshakeException"),
  OTHER(99, null);

  private final int code;
  private final String className;

  BootExcType(int code, String className) {
    this.code = code;
    this.className = className;
  }

  public int code() {
    return code;
  }

  /** The type whose class name equals {@code fqcn} exactly (a subclass is not its parent), else {@link #OTHER}. */
  public static BootExcType byClassName(String fqcn) {
    for (BootExcType t : values()) {
      if (t.className != null && t.className.equals(fqcn)) {
        return t;
      }
    }
    return OTHER;
  }

  /** The fully qualified class name this code stands for, or null for reserved codes and {@link #OTHER}. */
  public String className() {
    return className;
  }
}
