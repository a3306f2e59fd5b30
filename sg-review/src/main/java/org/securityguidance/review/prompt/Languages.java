package org.securityguidance.review.prompt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The "languages in this change" hint, from file extensions (spec llm-review §5.1, extended). */
final class Languages {
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("go", "Go"), Map.entry("java", "Java"), Map.entry("kt", "Kotlin"), Map.entry("py", "Python"),
      Map.entry("rb", "Ruby"), Map.entry("php", "PHP"), Map.entry("rs", "Rust"), Map.entry("ts", "TypeScript"),
      Map.entry("js", "JavaScript"), Map.entry("mjs", "JavaScript"), Map.entry("cjs", "JavaScript"),
      Map.entry("jsx", "JavaScript/React"), Map.entry("tsx", "TypeScript/React"), Map.entry("vue", "Vue"),
      Map.entry("svelte", "Svelte"), Map.entry("ejs", "EJS templates"), Map.entry("html", "HTML templates"),
      Map.entry("cs", "C#"), Map.entry("c", "C"), Map.entry("h", "C"), Map.entry("cpp", "C++"),
      Map.entry("swift", "Swift"), Map.entry("scala", "Scala"), Map.entry("sh", "shell"), Map.entry("bash", "shell"),
      Map.entry("sql", "SQL"), Map.entry("tf", "Terraform"), Map.entry("properties", "Java properties"),
      Map.entry("yaml", "YAML"), Map.entry("yml", "YAML"), Map.entry("xml", "XML"));

  private Languages() {}

  /** Sorted, comma-joined language names, or a neutral phrase when no extension is known. */
  static String hint(List<String> paths) {
    TreeSet<String> names = new TreeSet<>();
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        String lang = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (lang != null) {
          names.add(lang);
        }
      }
    }
    return names.isEmpty() ? "not stated, see the file names" : String.join(", ", names);
  }
}
