package org.securityguidance.diagnose;

import java.util.Locale;
import org.securityguidance.bootstrap.JvmCacheMode;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.telemetry.boot.BootErrKind;
import org.securityguidance.telemetry.boot.BootExcType;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootPhase;

/**
 * Decodes the integer telemetry codes back to their stable names for people ({@code doctor}, {@code telemetry}):
 * the names come from the code-table enums themselves, so a decoded report can never drift from what is emitted.
 * An unknown code (a newer plugin's row, a corrupt line) reads as {@code unknown(N)}, never as an error.
 */
public final class BootCodeNames {
  private BootCodeNames() {}

  public static String outcome(long code) {
    for (BootOutcome o : BootOutcome.values()) {
      if (o.code() == code) {
        return o.name().toLowerCase(Locale.ROOT);
      }
    }
    return unknown(code);
  }

  public static String phase(long code) {
    for (BootPhase p : BootPhase.values()) {
      if (p.code() == code) {
        return p.name().toLowerCase(Locale.ROOT);
      }
    }
    return unknown(code);
  }

  public static String errKind(long code) {
    for (BootErrKind k : BootErrKind.values()) {
      if (k.code() == code) {
        return k.kind();
      }
    }
    return unknown(code);
  }

  /** The exception class's simple name ({@code AccessDeniedException}), {@code other} for 99. */
  public static String excType(long code) {
    for (BootExcType t : BootExcType.values()) {
      if (t.code() == code) {
        String fqcn = t.className();
        return fqcn == null ? t.name().toLowerCase(Locale.ROOT) : fqcn.substring(fqcn.lastIndexOf('.') + 1);
      }
    }
    return unknown(code);
  }

  /** {@code 28 (ENOSPC)} for the errnos spec §4.6 names, else the bare number. */
  public static String errno(long code) {
    String name = switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, code))) {
      case 1 -> "EPERM";
      case 2 -> "ENOENT";
      case 5 -> "EIO";
      case 7 -> "E2BIG";
      case 8 -> "ENOEXEC";
      case 12 -> "ENOMEM";
      case 13 -> "EACCES";
      case 16 -> "EBUSY";
      case 17 -> "EEXIST";
      case 18 -> "EXDEV";
      case 20 -> "ENOTDIR";
      case 21 -> "EISDIR";
      case 22 -> "EINVAL";
      case 24 -> "EMFILE";
      case 26 -> "ETXTBSY";
      case 28 -> "ENOSPC";
      case 30 -> "EROFS";
      case 36 -> "ENAMETOOLONG";
      case 39 -> "ENOTEMPTY";
      case 40 -> "ELOOP";
      case 104 -> "ECONNRESET";
      case 110 -> "ETIMEDOUT";
      case 111 -> "ECONNREFUSED";
      case 122 -> "EDQUOT";
      default -> null;
    };
    return name == null ? Long.toString(code) : code + " (" + name + ")";
  }

  public static String cacheMode(long code) {
    for (JvmCacheMode m : JvmCacheMode.values()) {
      if (m.code() == code) {
        return m.name().toLowerCase(Locale.ROOT);
      }
    }
    return unknown(code);
  }

  public static String skipReason(long code) {
    for (SkipReason r : SkipReason.values()) {
      if (r.code() == code) {
        return r.name().toLowerCase(Locale.ROOT);
      }
    }
    return unknown(code);
  }

  /** {@code boot_jre} 2500 → {@code 25}, 800 → {@code 8}, 1701 → {@code 17.1}. */
  public static String runtime(long jre) {
    if (jre <= 0) {
      return unknown(jre);
    }
    long feature = jre / 100;
    long interim = jre % 100;
    return interim == 0 ? Long.toString(feature) : feature + "." + interim;
  }

  private static String unknown(long code) {
    return "unknown(" + code + ")";
  }
}
