package org.securityguidance.telemetry.boot;

/**
 * The {@code boot_err} metric: why a bootstrap step failed. APPEND-ONLY (spec §4.6): 1–10 and 16 keep the original's
 * meanings, 11–15 are the original's venv-only kinds (reserved, never emitted here), 99 is everything uncategorised.
 * {@link #kind()} is the stable lower-case name used in the internal kind grammar and in {@code doctor} output.
 */
public enum BootErrKind {
  DEP_NOT_FOUND(1, "dep_not_found"),
  DNS_FAIL(2, "dns_fail"),
  CONN_REFUSED(3, "conn_refused"),
  SSL_VERIFY(4, "ssl_verify"),
  PERM_DENIED(5, "perm_denied"),
  NO_BUILD_TOOL(6, "no_build_tool"),
  DISK_FULL(7, "disk_full"),
  PROXY_AUTH(8, "proxy_auth"),
  STDERR_TIMEOUT(9, "stderr_timeout"),
  SUBPROCESS_TIMEOUT(10, "subprocess_timeout"),
  RESERVED_VENV_ENSUREPIP_FAIL(11, "venv_ensurepip_fail"),
  RESERVED_VENV_PATH_TOO_LONG(12, "venv_path_too_long"),
  RESERVED_VENV_NO_MODULE(13, "venv_no_module"),
  RESERVED_VENV_ALREADY_EXISTS(14, "venv_already_exists"),
  RESERVED_VENV_SETUP_FAILED(15, "venv_setup_failed"),
  SIGNAL_KILLED(16, "signal_killed"),
  RUNTIME_MISSING(17, "runtime_missing"),
  RUNTIME_TOO_OLD(18, "runtime_too_old"),
  RUNTIME_STUB(19, "runtime_stub"),
  JAR_MISSING(20, "jar_missing"),
  JAR_HASH_MISMATCH(21, "jar_hash_mismatch"),
  JAR_CORRUPT(22, "jar_corrupt"),
  CLASS_VERSION(23, "class_version"),
  JVM_INIT_FAILED(24, "jvm_init_failed"),
  JVM_OUT_OF_MEMORY(25, "jvm_out_of_memory"),
  CACHE_FAILED(26, "cache_failed"),
  BUILD_FAILED(27, "build_failed"),
  PATH_TOO_LONG(28, "path_too_long"),
  BUILD_OFFLINE(29, "build_offline"),
  LAUNCH_NO_JSON(30, "launch_no_json"),
  UNCATEGORIZED(99, "_uncategorized");

  private final int code;
  private final String kind;

  BootErrKind(int code, String kind) {
    this.code = code;
    this.kind = kind;
  }

  public int code() {
    return code;
  }

  public String kind() {
    return kind;
  }

  /** False for the original's venv-only kinds, which this port never emits. */
  public boolean emitted() {
    return code < 11 || code > 15;
  }

  /** The emitted constant whose {@link #kind()} equals {@code kind} exactly, or null (reserved names included). */
  public static BootErrKind byKind(String kind) {
    for (BootErrKind k : values()) {
      if (k.emitted() && k.kind.equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** The constant with this code, or {@link #UNCATEGORIZED} for an unknown code. */
  public static BootErrKind byCode(int code) {
    for (BootErrKind k : values()) {
      if (k.code == code) {
        return k;
      }
    }
    return UNCATEGORIZED;
  }

  /** Memory-class failures start the 24 h cooldown (spec §4.6 "Signal/rc rule"); our own timeout never does. */
  public boolean startsCooldown() {
    return this == SIGNAL_KILLED || this == JVM_OUT_OF_MEMORY;
  }
}
