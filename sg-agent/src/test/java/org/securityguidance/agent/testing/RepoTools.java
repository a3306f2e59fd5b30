package org.securityguidance.agent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.securityguidance.agent.tools.Tool;
import org.securityguidance.agent.tools.ToolResult;

/**
 * Test stand-ins for the sandbox's Read, Grep and Glob over a temp directory (the real ones live in agent.tools):
 * enough confinement for tests (no absolute paths, no {@code ..}), line-numbered Read output like the real tool.
 */
public final class RepoTools {
  private RepoTools() {}

  public static List<Tool> over(Path root) {
    return List.of(read(root), grep(root), glob(root));
  }

  /** A content reader by repository-relative path, refusing anything outside {@code root}. */
  public static Function<String, Optional<String>> reader(Path root) {
    return rel -> resolve(root, rel).filter(Files::isRegularFile).map(RepoTools::readString);
  }

  public static Tool named(String name, Function<Map<String, Object>, ToolResult> body) {
    return new Tool() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, Object> definition() {
        return Map.of("name", name, "description", name + " tool",
            "input_schema", Map.of("type", "object", "properties", Map.of()));
      }

      @Override
      public ToolResult execute(Map<String, Object> input) {
        return body.apply(input);
      }
    };
  }

  static Tool read(Path root) {
    return named("Read", input -> {
      Optional<Path> p = resolve(root, String.valueOf(input.get("path")));
      if (p.isEmpty() || !Files.isRegularFile(p.get())) {
        return ToolResult.error("No such file in the repository.");
      }
      String[] lines = readString(p.get()).split("\n", -1);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        out.append(i + 1).append('\t').append(lines[i]).append('\n');
      }
      return ToolResult.ok(out.toString());
    });
  }

  static Tool grep(Path root) {
    return named("Grep", input -> {
      Pattern pattern = Pattern.compile(String.valueOf(input.get("pattern")));
      StringBuilder out = new StringBuilder();
      for (Path file : files(root)) {
        String[] lines = readString(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (pattern.matcher(lines[i]).find()) {
            out.append(rel(root, file)).append(':').append(i + 1).append(':').append(lines[i]).append('\n');
          }
        }
      }
      return ToolResult.ok(out.length() == 0 ? "No matches." : out.toString());
    });
  }

  static Tool glob(Path root) {
    return named("Glob", input -> {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + input.get("pattern"));
      StringBuilder out = new StringBuilder();
      for (Path file : files(root)) {
        if (matcher.matches(Path.of(rel(root, file)))) {
          out.append(rel(root, file)).append('\n');
        }
      }
      return ToolResult.ok(out.toString());
    });
  }

  private static Optional<Path> resolve(Path root, String rel) {
    if (rel == null || rel.isBlank() || rel.startsWith("/") || rel.contains("..")) {
      return Optional.empty();
    }
    Path p = root.resolve(rel).normalize();
    return p.startsWith(root) ? Optional.of(p) : Optional.empty();
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> out = new ArrayList<>();
      walk.filter(Files::isRegularFile).filter(f -> !rel(root, f).startsWith(".git/")).sorted().forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rel(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
