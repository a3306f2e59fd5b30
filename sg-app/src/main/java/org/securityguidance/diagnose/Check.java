package org.securityguidance.diagnose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the {@code doctor} report: what was checked, how it stands, the facts behind it (presence flags,
 * versions, paths, codes; never secret values) and, unless healthy, what to do next.
 *
 * @param id stable identifier for {@code --json} ({@code runtime}, {@code jar}, …)
 * @param status how it stands
 * @param summary one human sentence
 * @param facts the values shown and emitted in JSON, in display order
 * @param advice what to do next, or null when nothing
 */
public record Check(String id, Status status, String summary, Map<String, Object> facts, String advice) {
  /** How one check stands; the worst status decides the exit code. */
  public enum Status {
    OK(0),
    INFO(0),
    WARN(1),
    FAIL(2);

    private final int exitCode;

    Status(int exitCode) {
      this.exitCode = exitCode;
    }

    /** 0 healthy, 1 degraded, 2 broken. */
    public int exitCode() {
      return exitCode;
    }
  }

  public Check {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  static Check ok(String id, String summary, Map<String, Object> facts) {
    return new Check(id, Status.OK, summary, facts, null);
  }
}
