package org.securityguidance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.finding.Severity;

/**
 * Field-level reading of catalog entries: typed getters that fail with the rule name, {@code {{DEF}}} expansion of
 * shared regex fragments, file-type lists for gates, patterns and examples.
 */
final class CatalogFields {
  private static final Pattern DEF_REF = Pattern.compile("\\{\\{([A-Z_]{1,40})\\}\\}");

  private final Map<String, Object> defs;
  private final Map<String, Object> fileTypes;

  /** File type name → extensions, in catalog order (for the generated rules document). */
  Map<String, Object> fileTypes() {
    return fileTypes;
  }

  CatalogFields(Map<String, Object> root) {
    this.defs = objectOrEmpty(root, "defs");
    this.fileTypes = objectOrEmpty(root, "fileTypes");
  }

  CatalogRule rule(Map<String, Object> e, int id, Reminders reminders,
      BiFunction<String, String, LazyRegex> regex) {
    String name = text(e, "name");
    CatalogRule.Meta meta = new CatalogRule.Meta(id, name, text(e, "title"), severity(name, e),
        optString(e, "cwe") == null ? "" : optString(e, "cwe"), text(e, "reminder"));
    String detectorName = optString(e, "detector");
    List<String> listed = strings(e, "keywords");
    List<String> keywords = (listed.isEmpty() && detectorName != null ? DetectorRegistry.keywords(detectorName) : listed)
        .stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    if (keywords.isEmpty() && detectorName == null) {
      throw new CatalogException(name + ": keywords must not be empty (the prefilter runs before any regex)");
    }
    List<PatternSpec> patterns = new ArrayList<>();
    for (Object p : list(e, "patterns")) {
      patterns.add(pattern(name, p, regex));
    }
    if (patterns.isEmpty() && detectorName == null) {
      throw new CatalogException(name + ": needs patterns or a detector");
    }
    Detector detector = detectorName == null ? null : DetectorRegistry.create(detectorName).orElse(null);
    return new CatalogRule(meta, gate(name, e), keywords, patterns, detectorName, detector,
        enumOf(CatalogRule.Comments.class, name, e, "comments", "mask"),
        enumOf(CatalogRule.Context.class, name, e, "context", "any"), reminders, examples(name, e));
  }

  private PathGate gate(String rule, Map<String, Object> e) {
    Map<String, Object> files = optObject(e, "files");
    if (files == null) {
      throw new CatalogException(rule + ": missing 'files' gate");
    }
    List<String> include = strings(files, "include");
    List<String> exclude = strings(files, "exclude");
    String contains = optString(files, "pathContains");
    String description = (include.isEmpty() ? "all files" : String.join(", ", include))
        + (exclude.isEmpty() ? "" : " except " + String.join(", ", exclude))
        + (contains == null ? "" : " under " + contains);
    return new PathGate(extensions(rule, include), extensions(rule, exclude), contains, description);
  }

  private List<String> extensions(String rule, List<String> typeNames) {
    List<String> out = new ArrayList<>();
    for (String t : typeNames) {
      Object exts = fileTypes.get(t);
      if (!(exts instanceof List<?> l)) {
        throw new CatalogException(rule + ": unknown file type '" + t + "'");
      }
      for (Object x : l) {
        out.add(String.valueOf(x));
      }
    }
    return out;
  }

  private PatternSpec pattern(String rule, Object p, BiFunction<String, String, LazyRegex> regex) {
    if (p instanceof String s) {
      return new PatternSpec(regex.apply(rule, s), null, null, null, null, null, null, null, null, null, null);
    }
    if (!(p instanceof Map<?, ?>)) {
      throw new CatalogException(rule + ": a pattern is a string or an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> o = (Map<String, Object>) p;
    for (String key : o.keySet()) {
      if (!List.of("find", "matchRequire", "matchForbid", "argsSkip", "argsRequire", "argsForbid", "textRequire",
          "textForbid", "flowsTo", "gate", "prefilter", "note").contains(key)) {
        throw new CatalogException(rule + ": unknown pattern field '" + key + "'");
      }
    }
    return new PatternSpec(regex.apply(rule, text(o, "find")), opt(rule, o, "matchRequire", regex),
        opt(rule, o, "matchForbid", regex), opt(rule, o, "argsSkip", regex), opt(rule, o, "argsRequire", regex),
        opt(rule, o, "argsForbid", regex), opt(rule, o, "textRequire", regex), opt(rule, o, "textForbid", regex),
        opt(rule, o, "flowsTo", regex), opt(rule, o, "gate", regex), prefilter(rule, optString(o, "prefilter")));
  }

  private static Prefilter prefilter(String rule, String name) {
    if (name == null) {
      return null;
    }
    Prefilter p = Prefilter.byName(name);
    if (p == null) {
      throw new CatalogException(rule + ": unknown prefilter '" + name + "'");
    }
    return p;
  }

  private static LazyRegex opt(String rule, Map<String, Object> o, String key,
      BiFunction<String, String, LazyRegex> regex) {
    String s = optString(o, key);
    return s == null ? null : regex.apply(rule, s);
  }

  private List<RuleExample> examples(String rule, Map<String, Object> e) {
    Map<String, Object> ex = optObject(e, "examples");
    List<RuleExample> out = new ArrayList<>();
    if (ex == null) {
      return out;
    }
    for (Map<String, Object> m : objects(ex, "match")) {
      out.add(new RuleExample(text(m, "path"), text(m, "code"), true, orEmpty(optString(m, "note"))));
    }
    for (Map<String, Object> m : objects(ex, "noMatch")) {
      String prevents = optString(m, "prevents");
      if (prevents == null || prevents.isBlank()) {
        throw new CatalogException(rule + ": every noMatch example says which false positive it prevents");
      }
      out.add(new RuleExample(text(m, "path"), text(m, "code"), false, prevents));
    }
    return out;
  }

  /** Replaces {@code {{NAME}}} with the catalog's shared fragment of that name. */
  String expand(String rule, String source) {
    Matcher m = DEF_REF.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object def = defs.get(m.group(1));
      if (!(def instanceof String s)) {
        throw new CatalogException(rule + ": unknown regex fragment {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(expand(rule, s)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Severity severity(String rule, Map<String, Object> e) {
    String s = optString(e, "severity");
    for (Severity v : Severity.values()) {
      if (v.wireName().equals(s)) {
        return v;
      }
    }
    throw new CatalogException(rule + ": bad severity '" + s + "'");
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String rule, Map<String, Object> e, String key,
      String fallback) {
    String s = optString(e, key);
    String wanted = (s == null ? fallback : s).toUpperCase(Locale.ROOT);
    for (E v : type.getEnumConstants()) {
      if (v.name().equals(wanted)) {
        return v;
      }
    }
    throw new CatalogException(rule + ": bad " + key + " '" + s + "'");
  }

  String text(Map<String, Object> o, String key) {
    String s = optString(o, key);
    if (s == null || s.isEmpty()) {
      throw new CatalogException("missing string field '" + key + "' in " + o.getOrDefault("name", "catalog entry"));
    }
    return s;
  }

  List<String> strings(Map<String, Object> o, String key) {
    List<String> out = new ArrayList<>();
    for (Object x : list(o, key)) {
      if (!(x instanceof String s)) {
        throw new CatalogException("'" + key + "' must hold strings");
      }
      out.add(s);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> objects(Map<String, Object> o, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object x : list(o, key)) {
      if (!(x instanceof Map<?, ?>)) {
        throw new CatalogException("'" + key + "' must hold objects");
      }
      out.add((Map<String, Object>) x);
    }
    return out;
  }

  private static List<Object> list(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?>)) {
      throw new CatalogException("'" + key + "' must be a list");
    }
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) v;
    return l;
  }

  private static Map<String, Object> objectOrEmpty(Map<String, Object> root, String key) {
    Map<String, Object> m = optObject(root, key);
    return m == null ? Map.of() : m;
  }

  /** The string at {@code key}, or null when absent or not a string. */
  static String optString(Map<String, Object> o, String key) {
    return o.get(key) instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> optObject(Map<String, Object> o, String key) {
    return o.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
