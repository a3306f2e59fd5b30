package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.securityguidance.hook.HookInput;

class EditRequestTest {
  private static EditRequest edit(String json) throws Exception {
    return EditRequest.from(HookInput.fromJson(json));
  }

  @Test
  void writeScansTheWholeContent() throws Exception {
    EditRequest e = edit("{\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"/p/a.py\",\"content\":\"x\"}}");
    assertThat(e.filePath()).isEqualTo("/p/a.py");
    assertThat(e.content()).isEqualTo("x");
    assertThat(e.isWrite()).isTrue();
  }

  @Test
  void multiEditJoinsNewStringsWithASpace() throws Exception {
    EditRequest e = edit("{\"tool_name\":\"MultiEdit\",\"tool_input\":{\"file_path\":\"/p/x.js\",\"edits\":"
        + "[{\"new_string\":\"el.inner\"},{\"old_string\":\"a\"},{\"new_string\":\"HTML = y\"}]}}");
    assertThat(e.content()).isEqualTo("el.inner HTML = y");
    assertThat(e.segments()).extracting(EditRequest.Segment::offset).containsExactly(0, 9);
  }

  @Test
  void notebookEditScansTheNewCellSource() throws Exception {
    EditRequest e = edit("{\"tool_name\":\"NotebookEdit\",\"tool_input\":{\"notebook_path\":\"/p/n.ipynb\","
        + "\"new_source\":\"pickle.loads(x)\"}}");
    assertThat(e.filePath()).isEqualTo("/p/n.ipynb");
    assertThat(e.content()).isEqualTo("pickle.loads(x)");
  }

  @Test
  void filePathWinsOverNotebookPathAndMissingFieldsAreEmpty() throws Exception {
    EditRequest e = edit("{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"/a\",\"notebook_path\":\"/b\"}}");
    assertThat(e.filePath()).isEqualTo("/a");
    assertThat(e.content()).isEmpty();
  }
}
