package org.securityguidance.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/** Counts of one integer telemetry field by value, decoded to names for display (most frequent first). */
final class CodeTally {
  private final String title;
  private final LongFunction<String> decoder;
  private final TreeMap<Long, Long> counts = new TreeMap<>();

  CodeTally(String title, LongFunction<String> decoder) {
    this.title = title;
    this.decoder = decoder;
  }

  String title() {
    return title;
  }

  void add(Long code) {
    add(code, 1);
  }

  void add(Long code, long times) {
    if (code != null) {
      counts.merge(code, times, Long::sum);
    }
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** Rows ordered by count (descending), then code. */
  List<Map.Entry<Long, Long>> rows() {
    List<Map.Entry<Long, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> a.getValue().equals(b.getValue()) ? Long.compare(a.getKey(), b.getKey())
        : Long.compare(b.getValue(), a.getValue()));
    return rows;
  }

  String name(long code) {
    return decoder.apply(code);
  }

  /** {@code [{"code":3,"name":"build_failed","count":2}, …]} for {@code --json}. */
  List<Object> toJson() {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<Long, Long> row : rows()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", row.getKey());
      item.put("name", name(row.getKey()));
      item.put("count", row.getValue());
      out.add(item);
    }
    return out;
  }

  /** A titled two-column block, or nothing when empty. */
  void appendText(StringBuilder b) {
    if (counts.isEmpty()) {
      return;
    }
    b.append("  ").append(title).append('\n');
    for (Map.Entry<Long, Long> row : rows()) {
      String label = name(row.getKey());
      String shown = label.startsWith(Long.toString(row.getKey())) ? label : label + " (" + row.getKey() + ")";
      b.append(String.format("    %-40s %8d", shown, row.getValue())).append('\n');
    }
  }
}
