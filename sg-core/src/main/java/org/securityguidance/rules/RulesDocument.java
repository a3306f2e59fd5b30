package org.securityguidance.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders {@code docs/rules.md} from the catalog, so the rule reference can never drift from the data. */
public final class RulesDocument {
  private RulesDocument() {}

  /** The Markdown reference for {@code catalog} (rules, including those waiting for a detector, notes, file types). */
  public static String render(CatalogLoader.Catalog catalog) {
    List<Rule> all = new ArrayList<>(catalog.rules());
    all.addAll(catalog.skippedRules());
    all.sort(Comparator.comparingInt(Rule::id));
    StringBuilder md = new StringBuilder();
    md.append("# Built-in pattern rules\n\n")
        .append("Generated from `sg-core/src/main/resources/org/securityguidance/rules/builtin-rules.json` by ")
        .append("`RulesDocTest`; regenerate with `-Dsg.golden.update=true`, never by hand. Ids are frozen telemetry ")
        .append("codes (1-25 from the original plugin). Silence one match with a comment `sg-allow: <name>` on the ")
        .append("line or the line above; turn a rule off with `SG_DISABLE_RULES=<name>,...`.\n\n")
        .append("| id | name | severity | CWE | files | what it flags |\n")
        .append("|---:|---|---|---|---|---|\n");
    for (Rule r : all) {
      CatalogRule c = (CatalogRule) r;
      String status = catalog.skippedRules().contains(r) ? " (inactive: detector not available)" : "";
      md.append("| ").append(r.id()).append(" | `").append(r.name()).append("` | ").append(r.severity().wireName())
          .append(" | ").append(r.cwe()).append(" | ").append(c.gate().description()).append(" | ")
          .append(escape(r.title())).append(status).append(" |\n");
    }
    md.append("\n## Notes\n\n");
    for (String note : catalog.notes()) {
      md.append("- ").append(escape(note)).append('\n');
    }
    md.append("\n## File types\n\n| type | extensions (case-insensitive) |\n|---|---|\n");
    for (Map.Entry<String, Object> t : catalog.fileTypes().entrySet()) {
      md.append("| ").append(t.getKey()).append(" | ");
      List<String> exts = new ArrayList<>();
      for (Object e : (List<?>) t.getValue()) {
        exts.add("`" + e + "`");
      }
      md.append(String.join(" ", exts)).append(" |\n");
    }
    return md.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
