package org.securityguidance.telemetry.boot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Total, pure encoders from the internal failure-kind grammar of spec §1.7/§1.8/§4.6 to the integer {@code boot_*}
 * metrics: {@code <err_kind>}, {@code exc:<FQCN>[:errno]}, {@code signal_killed[:<rc>]}, {@code other[:<tail>]}.
 *
 * <p>Every function accepts null and any string and never throws; "absent" is 0.
 */
public final class BootCodes {
  /** The {@code other:} tail keeps 60 code points; the signature hashes the first 30 (spec §1.13). */
  public static final int TAIL_CODE_POINTS = 60;

  static final int SIG_CODE_POINTS = 30;

  private static final String EXC = "exc:";
  private static final String OTHER = "other:";
  private static final String SIGNAL = "signal_killed";

  private BootCodes() {}

  /**
   * {@code boot_err}: "" → 0; an emitted table name → its code; any {@code signal_killed…} → 16; everything else
   * (including {@code exc:…}, {@code other…} and the reserved venv names 11–15, which this port never emits) → 99.
   */
  public static int encodeErrKind(String kind) {
    String k = strip(kind);
    if (k.isEmpty()) {
      return 0;
    }
    if (k.startsWith(SIGNAL)) {
      return BootErrKind.SIGNAL_KILLED.code();
    }
    BootErrKind hit = BootErrKind.byKind(k);
    return hit == null ? BootErrKind.UNCATEGORIZED.code() : hit.code();
  }

  /** {@code boot_phase}: our phase names (surrounding whitespace ignored) → code; reserved, unknown or empty → 0. */
  public static int encodePhase(String phase) {
    BootPhase p = BootPhase.byKey(strip(phase));
    return p == null ? 0 : p.code();
  }

  /** {@code boot_exc}: {@code exc:<FQCN>[:…]} → the exact-name code (unlisted → 99); empty name or non-exc → 0. */
  public static int encodeExc(String kind) {
    if (kind == null || !kind.startsWith(EXC)) {
      return 0;
    }
    String rest = kind.substring(EXC.length());
    int colon = rest.indexOf(':');
    String name = (colon < 0 ? rest : rest.substring(0, colon)).strip();
    return name.isEmpty() ? 0 : BootExcType.byClassName(name).code();
  }

  /** {@code boot_errno}: the integer third field of {@code exc:<FQCN>:<n>[:…]}; missing or non-numeric → 0. */
  public static int encodeErrno(String kind) {
    if (kind == null || !kind.startsWith(EXC)) {
      return 0;
    }
    String[] parts = kind.split(":", 4);
    return parts.length < 3 ? 0 : parseIntOrZero(parts[2]);
  }

  /** {@code boot_rc}: the integer after the first colon of {@code signal_killed:<rc>}; otherwise 0. */
  public static int encodeRc(String kind) {
    String k = strip(kind);
    if (!k.startsWith(SIGNAL + ":")) {
      return 0;
    }
    return parseIntOrZero(k.substring(SIGNAL.length() + 1));
  }

  /**
   * {@code boot_stderr_sig} of an {@code other:<tail>} kind exactly as spec §1.13: trim, lower-case, first 30 code
   * points, SHA-1 over UTF-8, first two bytes big-endian unsigned, mod 1000. Anything else → 0.
   */
  public static int encodeStderrSig(String kind) {
    if (kind == null || !kind.startsWith(OTHER)) {
      return 0;
    }
    return signature(kind.substring(OTHER.length()));
  }

  /** The signature of a tail after replacing the {@code home} prefix by {@code ~} (privacy, spec §4.6). */
  public static int encodeStderrSig(String kind, String home) {
    if (kind == null || !kind.startsWith(OTHER)) {
      return 0;
    }
    return signature(maskHome(kind.substring(OTHER.length()), home));
  }

  /** True for the rc of a signal-killed child: 134, 137, 139 (128+signum) or negative (spec §1.9, §4.6). */
  public static boolean isSignalKill(Integer rc) {
    if (rc == null) {
      return false;
    }
    int v = rc;
    return v < 0 || v == 134 || v == 137 || v == 139;
  }

  /**
   * Replaces every occurrence of {@code home} (as given and with the other separator) by {@code ~}. Homes shorter
   * than two characters ("/" or empty) are ignored, since masking them would erase every path separator.
   */
  public static String maskHome(String text, String home) {
    if (text == null || home == null) {
      return text;
    }
    String h = trimTrailingSeparators(home.strip());
    if (h.length() < 2) {
      return text;
    }
    String masked = text.replace(h, "~");
    String flipped = h.indexOf('\\') >= 0 ? h.replace('\\', '/') : h.replace('/', '\\');
    return masked.replace(flipped, "~");
  }

  /** First {@code n} code points of {@code s} (never splits a surrogate pair). */
  static String firstCodePoints(String s, int n) {
    if (s.codePointCount(0, s.length()) <= n) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n));
  }

  private static int signature(String tail) {
    String cut = firstCodePoints(tail.strip().toLowerCase(Locale.ROOT), SIG_CODE_POINTS);
    if (cut.isEmpty()) {
      return 0;
    }
    byte[] digest = sha1().digest(cut.getBytes(StandardCharsets.UTF_8));
    return (((digest[0] & 0xff) << 8) | (digest[1] & 0xff)) % 1000;
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-1 (MessageDigest Javadoc), so this cannot happen.
      throw new IllegalStateException(e);
    }
  }

  private static String trimTrailingSeparators(String path) {
    int end = path.length();
    while (end > 1 && (path.charAt(end - 1) == '/' || path.charAt(end - 1) == '\\')) {
      end--;
    }
    return path.substring(0, end);
  }

  private static int parseIntOrZero(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 11) {
      return 0;
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
