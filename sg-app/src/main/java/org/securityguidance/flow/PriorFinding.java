package org.securityguidance.flow;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.json.JsonView;

/**
 * A finding already told to the agent, as kept in {@code previous_findings} (spec §2.1): file, category and the
 * quoted code, so the next review can be told "do not re-flag" and concurrent reviews can be de-duplicated.
 *
 * @param filePath repo-relative path
 * @param category the finding's category ({@code Unknown} when it had none)
 * @param vulnerableCode the quoted code, shortened to {@link #MAX_CODE_CHARS}
 */
public record PriorFinding(String filePath, String category, String vulnerableCode) {
  /** The state file keeps a short quote only: enough to recognise the finding, not a copy of the code. */
  static final int MAX_CODE_CHARS = 300;

  private static final int MAX_FIELD_CHARS = 1000;

  public PriorFinding {
    filePath = clip(filePath, MAX_FIELD_CHARS);
    category = category == null || category.isBlank() ? "Unknown" : clip(category, MAX_FIELD_CHARS);
    vulnerableCode = clip(vulnerableCode, MAX_CODE_CHARS);
  }

  /** The snapshot of a delivered finding. */
  public static PriorFinding of(Finding f) {
    return new PriorFinding(f.filePath(), f.category(), f.vulnerableCode());
  }

  /** The de-duplication key: file and case-folded category, the same key as {@link Finding#dedupeKey()}. */
  public String key() {
    return filePath + "\u0000" + category.toLowerCase(Locale.ROOT);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filePath", filePath);
    m.put("category", category);
    m.put("vulnerableCode", vulnerableCode);
    return m;
  }

  /** Reads a stored entry; null when it is not an object with a file path. */
  static PriorFinding fromJson(Object value) {
    if (!(value instanceof Map<?, ?> raw)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) raw;
    String path = JsonView.string(m, "filePath");
    return path.isEmpty() ? null
        : new PriorFinding(path, JsonView.string(m, "category"), JsonView.string(m, "vulnerableCode"));
  }

  private static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max);
  }
}
