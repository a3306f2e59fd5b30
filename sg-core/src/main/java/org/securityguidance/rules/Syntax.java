package org.securityguidance.rules;

import java.util.Locale;
import java.util.Map;

/**
 * The comment and string-literal syntax of a file family, chosen by extension. It only drives comment masking and
 * parenthesis matching, so an unknown extension falls back to {@link #PLAIN} (quotes tracked, nothing masked).
 */
enum Syntax {
  /** C, Java, JS/TS, Go, Rust, C#, Kotlin…: {@code //} and {@code /* *}{@code /}; backtick and triple-quote literals. */
  C_LIKE(true, false, false, false, true, true),
  /** HTML and single-file components: markup comments plus the script syntax they embed. */
  WEB(true, false, false, true, true, false),
  /** PHP: C comments plus {@code #} (but not PHP 8 {@code #[attributes]}). */
  PHP(true, true, false, true, true, false),
  /** Python: {@code #}, triple-quoted strings. */
  PYTHON(false, true, false, false, false, true),
  /** Ruby: {@code #}, backtick command literals. */
  RUBY(false, true, false, false, true, false),
  /** Shell, YAML, TOML, R, Perl: {@code #} only at line start or after whitespace ({@code $#}, {@code a#b} are data). */
  HASH_SPACED(false, true, true, false, false, false),
  /** XML-like markup: only {@code <!-- -->}. */
  MARKUP(false, false, false, true, false, false),
  /** Unknown or data files: quotes tracked for parenthesis matching, nothing masked. */
  PLAIN(false, false, false, false, false, false);

  final boolean slashComments;
  final boolean hashComments;
  final boolean hashNeedsSpace;
  final boolean markupComments;
  final boolean backtickStrings;
  final boolean tripleQuotes;

  Syntax(boolean slash, boolean hash, boolean hashNeedsSpace, boolean markup, boolean backtick, boolean triple) {
    this.slashComments = slash;
    this.hashComments = hash;
    this.hashNeedsSpace = hashNeedsSpace;
    this.markupComments = markup;
    this.backtickStrings = backtick;
    this.tripleQuotes = triple;
  }

  private static final Map<String, Syntax> BY_EXTENSION = Map.ofEntries(
      Map.entry("js", C_LIKE), Map.entry("jsx", C_LIKE), Map.entry("ts", C_LIKE), Map.entry("tsx", C_LIKE),
      Map.entry("mjs", C_LIKE), Map.entry("cjs", C_LIKE), Map.entry("mts", C_LIKE), Map.entry("cts", C_LIKE),
      Map.entry("java", C_LIKE), Map.entry("kt", C_LIKE), Map.entry("kts", C_LIKE), Map.entry("scala", C_LIKE),
      Map.entry("groovy", C_LIKE), Map.entry("gradle", C_LIKE), Map.entry("go", C_LIKE), Map.entry("rs", C_LIKE),
      Map.entry("c", C_LIKE), Map.entry("h", C_LIKE), Map.entry("cc", C_LIKE), Map.entry("cpp", C_LIKE),
      Map.entry("hpp", C_LIKE), Map.entry("cs", C_LIKE), Map.entry("swift", C_LIKE), Map.entry("dart", C_LIKE),
      Map.entry("html", WEB), Map.entry("htm", WEB), Map.entry("vue", WEB), Map.entry("svelte", WEB),
      Map.entry("php", PHP), Map.entry("phtml", PHP),
      Map.entry("py", PYTHON), Map.entry("pyi", PYTHON), Map.entry("pyw", PYTHON),
      Map.entry("rb", RUBY), Map.entry("rake", RUBY), Map.entry("gemspec", RUBY),
      Map.entry("sh", HASH_SPACED), Map.entry("bash", HASH_SPACED), Map.entry("zsh", HASH_SPACED),
      Map.entry("yml", HASH_SPACED), Map.entry("yaml", HASH_SPACED), Map.entry("toml", HASH_SPACED),
      Map.entry("r", HASH_SPACED), Map.entry("pl", HASH_SPACED), Map.entry("pm", HASH_SPACED),
      Map.entry("xml", MARKUP), Map.entry("xsd", MARKUP), Map.entry("xsl", MARKUP), Map.entry("svg", MARKUP));

  /** The syntax for a normalised path, by its (case-insensitive) extension. */
  static Syntax forPath(String normalizedPath) {
    int slash = normalizedPath.lastIndexOf('/');
    int dot = normalizedPath.lastIndexOf('.');
    if (dot <= slash) {
      return PLAIN;
    }
    String ext = normalizedPath.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, PLAIN);
  }
}
