package org.securityguidance.rules.secret;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which detectors run on a path. Every file type is scanned (a key in {@code .env}, YAML, JSON or Markdown is still a
 * leak) except generated files whose content is digests and minified code: lockfiles, {@code *.min.js}, source maps.
 * Test sources, fixtures and sample configs ({@code .env.example}) get provider formats and PEM blocks only: their
 * keyword assignments are test data far more often than leaks, while a real provider key there is still a leak.
 * Config and shell files additionally accept unquoted values ({@code PASSWORD=...}, {@code password: ...}).
 */
enum FileScope {
  /** Not scanned. */
  SKIP,
  /** Provider formats and private key blocks only. */
  PROVIDER_ONLY,
  /** Everything; keyword assignments need a quoted string literal. */
  CODE,
  /** Everything; keyword assignments at line start may also take an unquoted value. */
  CONFIG,
  /** A .netrc file: {@code password VALUE} separated by whitespace, anywhere on a line. */
  NETRC;

  private static final Set<String> SKIPPED_NAMES =
      Set.of("package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "go.sum", "yarn.lock", "bun.lockb");
  private static final Set<String> CONFIG_EXTENSIONS =
      Set.of("env", "ini", "cfg", "conf", "cnf", "properties", "yaml", "yml", "toml", "sh", "bash", "zsh", "ksh",
          "envrc", "npmrc", "pypirc", "tfvars", "hcl");
  private static final Set<String> CONFIG_NAMES =
      Set.of("dockerfile", "credentials", ".npmrc", ".pypirc", ".envrc", ".pgpass", ".git-credentials", "config");
  private static final Set<String> TEST_DIRS =
      Set.of("test", "tests", "__tests__", "spec", "specs", "fixtures", "fixture", "__fixtures__", "testdata",
          "test-data", "test_data", "mocks", "__mocks__", "__snapshots__", "testfixtures");
  private static final Set<String> TEMPLATE_EXTENSIONS =
      Set.of("example", "sample", "template", "tmpl", "tpl", "dist", "snap");

  /** {@code x_test.go}, {@code x_spec.rb}, {@code x.spec.ts}, {@code x.test.js}; {@code test_x.py} is checked apart. */
  private static final Pattern LOWER_TEST_NAME =
      Pattern.compile("[^/]{1,200}(?:_test|_spec|\\.test|\\.spec)\\.[a-z0-9]{1,8}");
  /** {@code FooTest.java}, {@code FooTests.cs}, {@code FooSpec.scala}, {@code FooIT.java}. */
  private static final Pattern CAMEL_TEST_NAME =
      Pattern.compile("[^/]{1,200}(?:Test|Tests|Spec|IT)\\.(?:java|kt|kts|scala|groovy|cs|swift|php)");

  /** Scope of a normalised '/'-separated path (case-insensitive). */
  static FileScope of(String normalizedPath) {
    String original = normalizedPath == null ? "" : normalizedPath;
    String path = Placeholders.asciiLower(original);
    String name = path.substring(path.lastIndexOf('/') + 1);
    String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (SKIPPED_NAMES.contains(name) || ext.equals("lock") || ext.equals("map") || name.endsWith(".min.js")
        || name.endsWith(".min.css")) {
      return SKIP;
    }
    String originalName = original.substring(original.lastIndexOf('/') + 1);
    if (TEMPLATE_EXTENSIONS.contains(ext) || isTestPath(path, name, originalName)) {
      return PROVIDER_ONLY;
    }
    if (name.equals(".netrc") || name.equals("_netrc")) {
      return NETRC;
    }
    if (CONFIG_EXTENSIONS.contains(ext) || CONFIG_NAMES.contains(name) || name.startsWith(".env")
        || name.startsWith("dockerfile")) {
      return CONFIG;
    }
    return CODE;
  }

  private static boolean isTestPath(String path, String name, String originalName) {
    for (String dir : path.split("/")) {
      if (TEST_DIRS.contains(dir)) {
        return true;
      }
    }
    return name.startsWith("test_") || LOWER_TEST_NAME.matcher(name).matches()
        || CAMEL_TEST_NAME.matcher(originalName).matches();
  }
}
