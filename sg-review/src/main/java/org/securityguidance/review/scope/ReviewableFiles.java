package org.securityguidance.review.scope;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from a path alone whether a changed file is source worth a security review (spec §3.5, widened per spec
 * §13.11): dependency, vendored and build-output directories, lockfiles (including the {@code .json}/{@code .yaml}
 * ones the original reviewed), minified and generated-by-name files are excluded.
 */
public final class ReviewableFiles {
  /** Why a path is or is not reviewed. */
  public enum Verdict {
    SOURCE,
    EXCLUDED_DIRECTORY,
    LOCKFILE,
    GENERATED_NAME,
    NOT_SOURCE
  }

  /** Path components that mark third-party, cached or built trees. */
  private static final List<String> EXCLUDED_DIRS = List.of(
      "node_modules", "bower_components", "jspm_packages", "dist", "build", ".next", ".nuxt", ".svelte-kit",
      ".turbo", "vendor", "Pods", "__generated__", "__pycache__", ".venv", "site-packages", ".tox", "target",
      ".gradle", ".terraform", ".yarn");

  /** Case-sensitive suffixes of minified, declaration and generated files. */
  private static final List<String> GENERATED_SUFFIXES = List.of(
      ".min.js", ".min.mjs", ".min.cjs", ".min.css", "-min.js", ".bundle.js", ".d.ts", ".d.mts", ".d.cts",
      "_pb2.py", "_pb2_grpc.py", ".pb.go", ".pb.gw.go", ".pb.cc", ".pb.h", ".g.dart", ".freezed.dart",
      ".Designer.cs", ".snap");

  /** Lower-cased lockfile basenames; {@code *.lock} is caught by suffix. */
  private static final Set<String> LOCKFILES = Set.of(
      "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "cargo.lock", "poetry.lock",
      "pipfile.lock", "composer.lock", "gemfile.lock", "go.sum", "go.work.sum", "flake.lock",
      "packages.lock.json", "pubspec.lock", "podfile.lock", "mix.lock", "uv.lock", "pdm.lock", "deno.lock",
      "bun.lockb", "gradle.lockfile", ".terraform.lock.hcl", "package.resolved", "shrinkwrap.yaml");

  private static final Set<String> SOURCE_EXTENSIONS = Set.of(
      "py", "js", "ts", "jsx", "tsx", "go", "java", "rb", "php", "rs", "c", "cpp", "cc", "cxx", "h", "hpp", "hh",
      "cs", "swift", "kt", "kts", "scala", "m", "mm", "dart", "lua", "pl", "pm", "ex", "exs", "html", "htm", "ejs",
      "erb", "jsp", "cshtml", "twig", "hbs", "j2", "jinja", "yaml", "yml", "properties", "mjs", "cjs", "mts", "cts",
      "vue", "svelte", "sh", "bash", "zsh", "fish", "ksh", "ps1", "psm1", "bat", "cmd", "sql", "gradle", "groovy",
      "tf", "hcl", "tfvars", "json", "toml", "ipynb");

  private static final Set<String> SOURCE_BASENAMES = Set.of(
      "dockerfile", "containerfile", "makefile", "gnumakefile", "jenkinsfile", "vagrantfile", "rakefile", "gemfile",
      "procfile", "brewfile", "justfile");

  /** Extensionless documentation names; also rejected as {@code <name>-…}/{@code <name>_…} (e.g. LICENSE-MIT). */
  private static final List<String> DOC_BASENAMES = List.of(
      "license", "licence", "copying", "notice", "patents", "authors", "contributors", "maintainers", "changelog",
      "changes", "news", "readme", "todo", "install", "version", "codeowners", "owners", "copyright");

  private ReviewableFiles() {}

  /** True when {@code path} (repo-relative, either slash) is reviewable source. */
  public static boolean isReviewable(String path) {
    return classify(path) == Verdict.SOURCE;
  }

  /** The verdict for {@code path}, checked in the order directory, lockfile, generated name, source type. */
  public static Verdict classify(String path) {
    String p = path.replace('\\', '/');
    String basename = p.substring(p.lastIndexOf('/') + 1);
    String lower = basename.toLowerCase(Locale.ROOT);
    if (inExcludedDirectory(p)) {
      return Verdict.EXCLUDED_DIRECTORY;
    }
    if (LOCKFILES.contains(lower) || basename.endsWith(".lock")) {
      return Verdict.LOCKFILE;
    }
    if (GENERATED_SUFFIXES.stream().anyMatch(basename::endsWith)) {
      return Verdict.GENERATED_NAME;
    }
    return isSourceName(lower) ? Verdict.SOURCE : Verdict.NOT_SOURCE;
  }

  private static boolean inExcludedDirectory(String p) {
    String slashed = "/" + p;
    return EXCLUDED_DIRS.stream().anyMatch(d -> slashed.contains("/" + d + "/"));
  }

  private static boolean isSourceName(String lowerBasename) {
    int dot = lowerBasename.lastIndexOf('.');
    if (dot > 0 && SOURCE_EXTENSIONS.contains(lowerBasename.substring(dot + 1))) {
      return true;
    }
    int firstDot = lowerBasename.indexOf('.');
    String stem = firstDot < 0 ? lowerBasename : lowerBasename.substring(0, firstDot);
    if (SOURCE_BASENAMES.contains(stem)) {
      return true; // Dockerfile, Dockerfile.dev, Makefile.inc
    }
    if (firstDot >= 0 || lowerBasename.isEmpty()) {
      return false; // other extensions and dotfiles (.env, .gitignore)
    }
    return DOC_BASENAMES.stream().noneMatch(d -> lowerBasename.equals(d) || lowerBasename.startsWith(d + "-")
        || lowerBasename.startsWith(d + "_"));
  }
}
