package org.securityguidance.review.scope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Reads the {@code linguist-generated} and {@code linguist-vendored} attributes a repository declares in
 * {@code .gitattributes} (spec §13.11), in one {@code git check-attr} call for all paths.
 */
final class GitAttributes {
  private static final List<String> ATTRIBUTES = List.of("linguist-generated", "linguist-vendored");

  private final ScopeGit git;

  GitAttributes(ScopeGit git) {
    this.git = git;
  }

  /** The repo-relative paths marked generated or vendored; empty when git failed (nothing is then excluded). */
  Set<String> generatedOrVendored(Path root, List<String> paths) {
    Set<String> out = new TreeSet<>();
    if (paths.isEmpty()) {
      return out;
    }
    ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    for (String p : paths) {
      byte[] b = p.getBytes(StandardCharsets.UTF_8);
      stdin.write(b, 0, b.length);
      stdin.write(0);
    }
    List<String> args = new java.util.ArrayList<>(List.of("check-attr", "-z", "--stdin"));
    args.addAll(ATTRIBUTES);
    ProcessResult r = git.runWithStdin(root, GitTimeout.LOOKUP, stdin.toByteArray(), args);
    if (!r.ok()) {
      return out;
    }
    List<String> fields = ScopeGit.nulFields(r);
    for (int i = 0; i + 2 < fields.size(); i += 3) {
      String value = fields.get(i + 2);
      if (value.equals("set") || value.equals("true")) {
        out.add(fields.get(i));
      }
    }
    return out;
  }
}
