package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusEntriesTest {
  @Test
  void splitsTrackedUntrackedAndRenameOrigins() {
    List<String> fields = List.of(" M app.py", "?? new file.py", "R  to dir/b.py", "from a.py", "MM both.py",
        "C  copy.py", "orig.py", " D gone.py", "UU conflict.py", "?? Ávila/pay.py");

    StatusEntries e = StatusEntries.parse(fields);

    assertThat(e.trackedDirty())
        .containsExactly("app.py", "to dir/b.py", "both.py", "copy.py", "gone.py", "conflict.py");
    assertThat(e.untracked()).containsExactly("new file.py", "Ávila/pay.py");
    assertThat(e.origins()).isEqualTo(Map.of("to dir/b.py", "from a.py", "copy.py", "orig.py"));
  }

  @Test
  void originFieldIsNeverMistakenForAnEntryEvenWhenItLooksLikeOne() {
    StatusEntries e = StatusEntries.parse(List.of("R  x.py", "?? y.py", " M z.py"));

    assertThat(e.untracked()).isEmpty();
    assertThat(e.origins()).containsEntry("x.py", "?? y.py");
    assertThat(e.trackedDirty()).containsExactly("x.py", "z.py");
  }

  @Test
  void malformedFieldsAreSkipped() {
    StatusEntries e = StatusEntries.parse(List.of("", "M", "XYZ", " M ok.py"));

    assertThat(e.trackedDirty()).containsExactly("ok.py");
  }
}
