package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkipReasonTest {
  /** Append-only: adding a code is a one-line diff here; renumbering or renaming one fails. */
  private static final String SNAPSHOT = String.join("\n",
      "INTERNAL_ERROR=-3", "BAD_STDIN=-2", "KILL_SWITCH=-1", "STOP_RECURSION=1", "STOP_FIRE_CAP=2",
      "STOP_REVIEW_UNAVAILABLE=3", "STOP_NO_CWD=4", "STOP_EMPTY_DIFF=6", "STOP_NO_SOURCE_FILES=7",
      "STOP_PATHOLOGICAL_DIFF=8", "STOP_EMPTY_REVIEW_SET=9", "STOP_API_UNREACHABLE=10", "NOT_SUCCESSFUL=21",
      "REVIEW_UNAVAILABLE=22", "RATE_LIMITED=23", "COMMIT_API_UNREACHABLE=24", "NO_CWD=25", "NOT_A_REPO=26",
      "NO_SHA_RESOLVED=28", "NO_REVIEWABLE_FILES=30", "PATHOLOGICAL_DIFF=31", "COMMIT_REVIEW_DISABLED=32",
      "NO_SHA_PARSED=33", "NOTHING_NEW=35", "PUSH_SWEEP_DISABLED=40", "NO_PREVIOUS_UPSTREAM=41",
      "EMPTY_PUSH_RANGE=42", "PUSH_RANGE_TOO_LARGE=43", "MULTI_REF_PUSH=44", "PUSH_DIFF_FAILED=45",
      "NO_PUSH_SIGNAL=46", "STOP_REVIEW_DISABLED=50");

  @Test
  void everyNameKeepsItsCode() {
    String actual = Arrays.stream(SkipReason.values()).map(r -> r.name() + "=" + r.code())
        .collect(Collectors.joining("\n"));
    assertThat(actual).isEqualTo(SNAPSHOT);
  }

  @Test
  void codesAreUnique() {
    assertThat(Arrays.stream(SkipReason.values()).map(SkipReason::code).distinct().count())
        .isEqualTo(SkipReason.values().length);
  }
}
