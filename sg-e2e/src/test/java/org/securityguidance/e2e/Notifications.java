package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.securityguidance.review.fake.RecordedRequest;

/** Finds the task notification the CLI injects after a background hook's exit 2, and checks that it reads well. */
final class Notifications {
  private Notifications() {}

  /** The text block of {@code request} that holds a {@code <task-notification>}; fails when there is none. */
  static String taskNotification(RecordedRequest request) {
    List<String> blocks = RequestText.stringsContaining(request, "<task-notification>");
    assertThat(blocks).as("text blocks with a task notification").hasSize(1);
    return blocks.get(0);
  }

  /** Plain prose for the model: no JSON, no escapes, no stack trace, no telemetry, lines of sane length. */
  static void assertReadable(String notification) {
    assertThat(notification).doesNotContain("\"metrics\"").doesNotContain("{\"").doesNotContain("\\n")
        .doesNotContain("\\u").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null")
        .doesNotContain("review_failed").doesNotContain("sk-ant-");
    assertThat(Arrays.stream(notification.split("\n")).mapToInt(String::length).max().orElse(0))
        .as("longest line").isLessThan(2000);
  }
}
