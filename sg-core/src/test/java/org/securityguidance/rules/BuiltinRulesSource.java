package org.securityguidance.rules;

import java.util.List;
import java.util.Locale;

/**
 * Renders the runtime catalog ({@link CatalogLoader.Validation#STRUCTURE} load of {@code builtin-rules.json}) as the
 * Java source of {@code BuiltinRules}: the same rules, gates, keywords and expanded regex sources, built by plain
 * constructor calls, so the hook pays no JSON parse and no macro expansion at run time (ADR 0008, 2026-11-26).
 */
final class BuiltinRulesSource {
  /** Where the generated class lives, relative to the repository root. */
  static final String PATH = "sg-core/src/main/java/org/securityguidance/rules/BuiltinRules.java";

  private BuiltinRulesSource() {}

  static String render(List<Rule> rules) {
    StringBuilder out = new StringBuilder();
    out.append("package org.securityguidance.rules;\n\n")
        .append("import java.util.List;\n")
        .append("import org.securityguidance.finding.Severity;\n\n")
        .append("/**\n")
        .append(" * The built-in rules as code, generated from {@code builtin-rules.json} by the test-scope\n")
        .append(" * {@code BuiltinRulesSource}; do not edit: {@code BuiltinRulesSourceTest} fails when this file is\n")
        .append(" * stale and rewrites it with {@code -Dsg.golden.update=true} (ADR 0008).\n")
        .append(" */\n")
        .append("final class BuiltinRules {\n")
        .append("  private BuiltinRules() {}\n\n")
        .append("  /** The catalog's rules in id order, as a STRUCTURE load of the catalog builds them. */\n")
        .append("  static List<Rule> create(Reminders reminders) {\n")
        .append("    return List.of(");
    for (int i = 0; i < rules.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("        r").append(rules.get(i).id()).append("(reminders)");
    }
    out.append(");\n  }\n");
    for (Rule r : rules) {
      renderRule(out, (CatalogRule) r);
    }
    out.append("\n  private static LazyRegex re(String source) {\n")
        .append("    return new LazyRegex(source);\n  }\n}\n");
    return out.toString();
  }

  private static void renderRule(StringBuilder out, CatalogRule r) {
    PathGate g = r.gate();
    out.append("\n  private static Rule r").append(r.id()).append("(Reminders reminders) {\n")
        .append("    return new CatalogRule(\n")
        .append("        new CatalogRule.Meta(").append(r.id()).append(", ").append(literal(r.name())).append(", ")
        .append(literal(r.title())).append(", Severity.").append(r.severity().name()).append(", ")
        .append(literal(r.cwe())).append(", ").append(literal(r.reminderFile())).append("),\n")
        .append("        new PathGate(").append(strings(g.includeExtensions())).append(", ")
        .append(strings(g.excludeExtensions())).append(", ").append(literal(g.pathContains())).append(",\n")
        .append("            ").append(literal(g.description())).append("),\n")
        .append("        ").append(strings(r.keywords())).append(",\n")
        .append("        List.of(");
    List<PatternSpec> patterns = r.patterns();
    for (int i = 0; i < patterns.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      renderPattern(out, patterns.get(i));
    }
    String detector = r.detectorName();
    out.append("),\n        ").append(literal(detector)).append(", ")
        .append(detector == null ? "null" : "DetectorRegistry.create(" + literal(detector) + ").orElse(null)")
        .append(",\n        CatalogRule.Comments.").append(r.comments().name())
        .append(", CatalogRule.Context.").append(r.context().name()).append(", reminders, List.of());\n  }\n");
  }

  private static void renderPattern(StringBuilder out, PatternSpec p) {
    LazyRegex[] regexes = {p.find(), p.matchRequire(), p.matchForbid(), p.argsSkip(), p.argsRequire(),
        p.argsForbid(), p.textRequire(), p.textForbid(), p.flowsTo(), p.gate()};
    out.append("            new PatternSpec(");
    for (int i = 0; i < regexes.length; i++) {
      out.append(i == 0 ? "" : ",").append(regexes[i] == null ? " null" : "\n                re(")
          .append(regexes[i] == null ? "" : literal(regexes[i].source()) + ")");
    }
    out.append(", ").append(p.prefilter() == null ? "null" : "Prefilter." + p.prefilter().name()).append(")");
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("List.of(");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
    }
    return out.append(")").toString();
  }

  /** A Java string literal; control characters are octal escapes, non-ASCII ones unicode escapes. */
  static String literal(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (c > 0x7e) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
