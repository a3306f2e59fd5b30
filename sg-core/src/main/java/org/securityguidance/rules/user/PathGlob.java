package org.securityguidance.rules.user;

import com.google.re2j.Pattern;

/**
 * One {@code paths}/{@code exclude_paths} glob with Python {@code fnmatch} semantics (spec §4.7): {@code *} matches any
 * run of characters including {@code /}, {@code ?} one character, {@code [abc]}/{@code [a-z]}/{@code [!x]} classes, an
 * unclosed {@code [} is literal, and the whole string must match. Case-sensitive on every OS (the original folded case
 * on Windows only; one behaviour everywhere keeps a shared rule file portable).
 */
final class PathGlob {
  private final Pattern pattern;

  private PathGlob(Pattern pattern) {
    this.pattern = pattern;
  }

  /** Compiles any string; every character outside the glob syntax is literal, so this cannot fail. */
  static PathGlob of(String glob) {
    return new PathGlob(Pattern.compile("(?s)" + toRegex(glob)));
  }

  boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      int cp = glob.codePointAt(i);
      if (cp == '*') {
        while (i < glob.length() && glob.charAt(i) == '*') {
          i++;
        }
        re.append(".*");
        continue;
      }
      i += Character.charCount(cp);
      if (cp == '?') {
        re.append('.');
      } else if (cp == '[' && classEnd(glob, i) > 0) {
        int end = classEnd(glob, i);
        appendClass(glob.substring(i, end), re);
        i = end + 1;
      } else {
        appendLiteral(cp, re);
      }
    }
    return re.toString();
  }

  /** Index of the {@code ]} closing a class whose body starts at {@code from}, or -1 (then the {@code [} is literal). */
  private static int classEnd(String glob, int from) {
    int j = from;
    if (j < glob.length() && glob.charAt(j) == '!') {
      j++;
    }
    if (j < glob.length() && glob.charAt(j) == ']') {
      j++;
    }
    int end = glob.indexOf(']', j);
    return end;
  }

  private static void appendClass(String body, StringBuilder re) {
    boolean negated = body.startsWith("!");
    int[] cps = (negated ? body.substring(1) : body).codePoints().toArray();
    StringBuilder items = new StringBuilder();
    for (int k = 0; k < cps.length; k++) {
      if (k + 2 < cps.length && cps[k + 1] == '-') {
        if (cps[k] <= cps[k + 2]) { // fnmatch drops reversed ranges such as z-a
          appendLiteral(cps[k], items);
          items.append('-');
          appendLiteral(cps[k + 2], items);
        }
        k += 2;
      } else {
        appendLiteral(cps[k], items);
      }
    }
    if (items.length() == 0) {
      re.append(negated ? "." : "[^\\x{0}-\\x{10FFFF}]");
    } else {
      re.append(negated ? "[^" : "[").append(items).append(']');
    }
  }

  private static void appendLiteral(int cp, StringBuilder re) {
    if (cp < 128 && Character.isLetterOrDigit(cp)) {
      re.append((char) cp);
    } else {
      re.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }
}
