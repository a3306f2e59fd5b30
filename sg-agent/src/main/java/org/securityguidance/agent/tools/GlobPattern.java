package org.securityguidance.agent.tools;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A file glob compiled to an RE2/J regex, so matching is linear however many stars a pattern has. {@code *} and
 * {@code ?} stay within one path component, {@code **} spans directories ({@code **}{@code /} may match none),
 * {@code [abc]}/{@code [!a-z]} are classes and {@code {a,b}} alternatives. A pattern without {@code /} matches the
 * file name at any depth, as in {@code .gitignore} and ripgrep's {@code --glob}.
 */
final class GlobPattern {
  static final int MAX_LENGTH = 512;
  private static final int MAX_BRACE_DEPTH = 8;

  private final Pattern regex;
  private final boolean nameOnly;
  private final boolean spansDirectories;

  private GlobPattern(Pattern regex, boolean nameOnly, boolean spansDirectories) {
    this.regex = regex;
    this.nameOnly = nameOnly;
    this.spansDirectories = spansDirectories;
  }

  /** Compiles {@code glob}; throws {@link BadToolInput} when it is empty or too long. */
  static GlobPattern compile(String glob) {
    String g = glob.strip().replace('\\', '/');
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    if (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (g.isEmpty() || g.length() > MAX_LENGTH) {
      throw new BadToolInput("glob pattern must have 1 to " + MAX_LENGTH + " characters");
    }
    try {
      return new GlobPattern(Pattern.compile("(?s)" + toRegex(g)), g.indexOf('/') < 0,
          g.indexOf('/') < 0 || g.contains("**"));
    } catch (PatternSyntaxException e) {
      throw new BadToolInput("glob pattern is malformed (" + e.getDescription() + ")");
    }
  }

  /** True when {@code relativePath} (relative to the search directory, {@code /}-separated) matches. */
  boolean matches(String relativePath) {
    String subject = nameOnly ? relativePath.substring(relativePath.lastIndexOf('/') + 1) : relativePath;
    return regex.matcher(subject).matches();
  }

  /** True when the pattern can match at any depth (no {@code /}, or a {@code **}). */
  boolean spansDirectories() {
    return spansDirectories;
  }

  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        i = doubleStar(glob, i, re);
        continue;
      }
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = classEnd(glob, i + 1);
          if (end > 0) {
            appendClass(glob.substring(i + 1, end), re);
            i = end + 1;
            continue;
          }
          literal(c, re);
        }
        case '{' -> {
          if (depth < MAX_BRACE_DEPTH && braceCloses(glob, i)) {
            depth++;
            re.append("(?:");
          } else {
            literal(c, re);
          }
        }
        case ',' -> re.append(depth > 0 ? "|" : ",");
        case '}' -> {
          if (depth > 0) {
            depth--;
            re.append(')');
          } else {
            literal(c, re);
          }
        }
        default -> {
          int cp = glob.codePointAt(i);
          literal(cp, re);
          i += Character.charCount(cp);
          continue;
        }
      }
      i++;
    }
    return re.toString();
  }

  /** {@code **}: with a following slash it matches zero or more whole directories, otherwise anything. */
  private static int doubleStar(String glob, int i, StringBuilder re) {
    int j = i;
    while (j < glob.length() && glob.charAt(j) == '*') {
      j++;
    }
    if (j < glob.length() && glob.charAt(j) == '/') {
      re.append("(?:.*/)?");
      return j + 1;
    }
    re.append(".*");
    return j;
  }

  private static boolean braceCloses(String glob, int open) {
    int level = 0;
    for (int k = open; k < glob.length(); k++) {
      char c = glob.charAt(k);
      if (c == '{') {
        level++;
      } else if (c == '}' && --level == 0) {
        return true;
      }
    }
    return false;
  }

  private static int classEnd(String glob, int from) {
    int j = from;
    if (j < glob.length() && (glob.charAt(j) == '!' || glob.charAt(j) == '^')) {
      j++;
    }
    if (j < glob.length() && glob.charAt(j) == ']') {
      j++;
    }
    return glob.indexOf(']', j);
  }

  private static void appendClass(String body, StringBuilder re) {
    boolean negated = body.startsWith("!") || body.startsWith("^");
    String items = negated ? body.substring(1) : body;
    re.append(negated ? "[^/" : "[");
    for (int k = 0; k < items.length(); k++) {
      char c = items.charAt(k);
      if (c == '-' && k > 0 && k < items.length() - 1) {
        re.append('-');
      } else {
        re.append("\\x{").append(Integer.toHexString(c)).append('}');
      }
    }
    re.append(']');
  }

  private static void literal(int cp, StringBuilder re) {
    if (cp < 128 && Character.isLetterOrDigit(cp)) {
      re.append((char) cp);
    } else {
      re.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }
}
