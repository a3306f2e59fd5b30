package org.securityguidance.remind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.hook.HookInput;
import org.securityguidance.json.JsonView;

/**
 * What an edit tool call changed (spec §2.4): the target path and the text to scan, split into the segments it was
 * built from so a match can be located back in the file.
 *
 * <p>MultiEdit segments are joined with one space, so a token split across two edits never forms a match. NotebookEdit
 * scans {@code new_source}; the original scanned nothing for notebooks, so cell code was never checked.
 *
 * @param toolName Write, Edit, MultiEdit or NotebookEdit
 * @param filePath {@code file_path}, else {@code notebook_path}, exactly as received
 * @param content the text the rules scan
 * @param segments where each piece of {@code content} starts, in order
 */
public record EditRequest(String toolName, String filePath, String content, List<Segment> segments) {
  /** One piece of the scanned text as the tool wrote it: its offset in {@code content} and its text. */
  public record Segment(int offset, String text) {}

  public static EditRequest from(HookInput in) {
    Map<String, Object> input = in.toolInput();
    String path = JsonView.string(input, "file_path");
    if (path.isEmpty()) {
      path = JsonView.string(input, "notebook_path");
    }
    List<String> pieces = switch (in.toolName()) {
      case "Write" -> List.of(JsonView.string(input, "content"));
      case "Edit" -> List.of(JsonView.string(input, "new_string"));
      case "MultiEdit" -> multiEditStrings(input);
      case "NotebookEdit" -> List.of(JsonView.string(input, "new_source"));
      default -> List.of();
    };
    return new EditRequest(in.toolName(), path, String.join(" ", pieces), segmentsOf(pieces));
  }

  /** True for a whole-file write, where content offsets are file offsets. */
  public boolean isWrite() {
    return toolName.equals("Write");
  }

  private static List<String> multiEditStrings(Map<String, Object> input) {
    List<String> out = new ArrayList<>();
    for (Object edit : JsonView.array(input, "edits")) {
      if (edit instanceof Map<?, ?> m && m.get("new_string") instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Segment> segmentsOf(List<String> pieces) {
    List<Segment> segments = new ArrayList<>(pieces.size());
    int offset = 0;
    for (String piece : pieces) {
      segments.add(new Segment(offset, piece));
      offset += piece.length() + 1;
    }
    return segments;
  }
}
