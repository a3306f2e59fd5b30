package org.securityguidance.git;

import java.time.Duration;

/** Per-call git timeouts (spec §9), so a wedged repository never hangs a hook for longer than its class of call. */
public enum GitTimeout {
  /** rev-parse, reflog, merge-base, reading one blob at the baseline. */
  LOOKUP(Duration.ofSeconds(5)),
  /** rev-list over a push range. */
  REV_LIST(Duration.ofSeconds(10)),
  /** stash create, ls-files, a single commit's show/diff. */
  SNAPSHOT(Duration.ofSeconds(15)),
  /** range diff, name-only, status, the end-of-turn diff, whole-repo file listing. */
  DIFF(Duration.ofSeconds(30));

  private final Duration duration;

  GitTimeout(Duration duration) {
    this.duration = duration;
  }

  /** The wall-clock limit for this class of call. */
  public Duration duration() {
    return duration;
  }
}
