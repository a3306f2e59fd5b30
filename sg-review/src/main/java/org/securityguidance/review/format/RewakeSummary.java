package org.securityguidance.review.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.prompt.Texts;

/**
 * The one-line {@code rewakeSummary} (spec llm-review §8.2): {@code <prefix>: <item>} for one finding, else
 * {@code <prefix> <n> issues: <item>; <item>…}, with up to three items while the line stays within
 * {@link #MAX_CHARS} and {@code ; +<k> more} for the rest. Improvement: an overlong first item is shortened with an
 * ellipsis instead of pushing the line past Claude Code's 300-character cut.
 */
public final class RewakeSummary {
  public static final String STOP_PREFIX = "Background security review found";
  public static final String COMMIT_PREFIX = "Commit security review found";
  public static final String PUSH_PREFIX = "Push security review found";
  public static final int MAX_CHARS = 280;
  static final int MAX_ITEMS = 3;

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(f -> Texts.oneLine(f.category()))
      .thenComparing(f -> Texts.oneLine(f.filePath()));

  private RewakeSummary() {}

  public static String render(String prefix, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    if (sorted.isEmpty()) {
      return "";
    }
    if (sorted.size() == 1) {
      return fit(prefix + ": ", item(sorted.get(0)), "");
    }
    String head = prefix + " " + sorted.size() + " issues: ";
    List<String> items = new ArrayList<>(List.of(item(sorted.get(0))));
    for (int i = 1; i < Math.min(sorted.size(), MAX_ITEMS); i++) {
      List<String> tried = new ArrayList<>(items);
      tried.add(item(sorted.get(i)));
      if ((head + String.join("; ", tried) + more(sorted.size() - tried.size())).length() > MAX_CHARS) {
        break;
      }
      items = tried;
    }
    return fit(head, String.join("; ", items), more(sorted.size() - items.size()));
  }

  private static String item(Finding f) {
    String category = Texts.oneLine(f.category());
    String path = Texts.oneLine(f.filePath());
    return (category.isEmpty() ? "issue" : category) + " in " + (path.isEmpty() ? "?" : path);
  }

  private static String more(int omitted) {
    return omitted > 0 ? "; +" + omitted + " more" : "";
  }

  /** {@code head + body + tail}, the body shortened with an ellipsis when the whole exceeds the limit. */
  private static String fit(String head, String body, String tail) {
    int room = MAX_CHARS - head.length() - tail.length();
    if (body.length() <= room) {
      return head + body + tail;
    }
    int keep = Math.max(0, room - 1);
    if (keep > 0 && Character.isHighSurrogate(body.charAt(keep - 1))) {
      keep--;
    }
    return head + body.substring(0, keep) + "\u2026" + tail;
  }
}
