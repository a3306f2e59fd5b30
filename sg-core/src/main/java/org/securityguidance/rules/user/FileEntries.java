package org.securityguidance.rules.user;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Adds one file's {@code patterns} entries to the rules collected so far, logging every skipped entry. */
final class FileEntries {
  private final Path file;
  private final Map<String, UserRule> byName;
  private final Consumer<String> log;

  FileEntries(Path file, Map<String, UserRule> byName, Consumer<String> log) {
    this.file = file;
    this.byName = byName;
    this.log = log;
  }

  void addAll(List<?> entries) {
    if (entries.isEmpty()) {
      say("no patterns");
      return;
    }
    int overCap = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (byName.size() >= UserRules.MAX_RULES) {
        overCap++;
      } else {
        add(entries.get(i), i + 1);
      }
    }
    if (overCap > 0) {
      say(overCap + " pattern(s) ignored: at most " + UserRules.MAX_RULES + " user rules in total");
    }
  }

  @SuppressWarnings("unchecked")
  private void add(Object raw, int number) {
    if (!(raw instanceof Map)) {
      say("pattern #" + number + " skipped: not an object");
      return;
    }
    Map<String, Object> entry = (Map<String, Object>) raw;
    String name = EntryReader.nameOrNull(entry);
    String label = name == null ? "pattern #" + number : "pattern '" + name + "'";
    if (name != null && byName.containsKey(name)) {
      say(label + " skipped: rule_name already defined in " + byName.get(name).source());
      return;
    }
    try {
      UserRule rule = EntryReader.read(entry, file, note -> say(label + ": " + note), log);
      byName.put(rule.ruleName(), rule);
    } catch (EntryRejected e) {
      say(label + " skipped: " + e.getMessage());
    }
  }

  private void say(String message) {
    log.accept("security-patterns: " + file + ": " + message);
  }
}
