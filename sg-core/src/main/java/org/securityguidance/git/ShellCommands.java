package org.securityguidance.git;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell-like text into the argv of each simple command it would run, good enough to recognise git
 * invocations: respects quotes and escapes, splits on {@code ; & | ( )} and newlines, drops redirections and
 * here-document bodies, and also yields the commands inside {@code $( )} and backticks. It is not a shell: no
 * expansion, aliases or functions. Linear in the input; nesting beyond {@link #MAX_DEPTH} is skipped.
 */
final class ShellCommands {
  static final int MAX_DEPTH = 8;
  static final int MAX_COMMANDS = 4096;

  private final String s;
  private final int depth;
  private final List<List<String>> out;
  private final List<String> words = new ArrayList<>();
  private final List<String[]> pendingHeredocs = new ArrayList<>();
  private int pos;
  private int parens;

  private ShellCommands(String s, int pos, int depth, List<List<String>> out) {
    this.s = s;
    this.pos = pos;
    this.depth = depth;
    this.out = out;
  }

  /** Every simple command's words (unquoted), in source order; nested substitutions come before their host. */
  static List<List<String>> split(String text) {
    List<List<String>> out = new ArrayList<>();
    new ShellCommands(text, 0, 0, out).parseList(false);
    return out;
  }

  /** Parses until the end, or until the {@code )} closing a {@code $(} when {@code nested}. */
  private void parseList(boolean nested) {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\n') {
        endCommand();
        pos++;
        skipHeredocBodies();
      } else if (c == ';' || c == '&' || c == '|') {
        endCommand();
        pos++;
      } else if (c == '(') {
        endCommand();
        parens++;
        pos++;
      } else if (c == ')') {
        endCommand();
        pos++;
        if (parens > 0) {
          parens--;
        } else if (nested) {
          return;
        }
      } else if (c == '#') {
        skipToLineEnd();
      } else if (c == '<' || c == '>') {
        redirection();
      } else {
        word();
      }
    }
    endCommand();
  }

  private void word() {
    int start = pos;
    String w = readWord();
    boolean fdPrefix = pos < s.length() && (s.charAt(pos) == '<' || s.charAt(pos) == '>')
        && isDigits(s, start, pos);
    if (!fdPrefix) { // "2>&1": the 2 belongs to the redirection, not to argv
      words.add(w);
    }
  }

  private void endCommand() {
    if (!words.isEmpty() && out.size() < MAX_COMMANDS) {
      out.add(List.copyOf(words));
    }
    words.clear();
  }

  /** Consumes {@code < > >> >& <& >| <> <<< << <<-} and the word after it (target, here-string or delimiter). */
  private void redirection() {
    boolean heredoc = s.startsWith("<<", pos) && !s.startsWith("<<<", pos);
    boolean stripTabs = heredoc && s.startsWith("<<-", pos);
    while (pos < s.length() && "<>&|-".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
    if (pos < s.length() && "\n;&|()<>".indexOf(s.charAt(pos)) < 0) {
      String target = readWord();
      if (heredoc) {
        pendingHeredocs.add(new String[] {target, stripTabs ? "-" : ""});
      }
    }
  }

  /** After a newline: skips each pending here-document body up to and including its delimiter line. */
  private void skipHeredocBodies() {
    for (String[] doc : pendingHeredocs) {
      while (pos < s.length()) {
        int eol = s.indexOf('\n', pos);
        int end = eol < 0 ? s.length() : eol;
        String line = s.substring(pos, end);
        pos = eol < 0 ? s.length() : eol + 1;
        String candidate = doc[1].isEmpty() ? line : line.replaceFirst("^\t{0,1000}", "");
        if (candidate.equals(doc[0]) || candidate.equals(doc[0] + "\r")) {
          break;
        }
      }
    }
    pendingHeredocs.clear();
  }

  /** One word, unquoted; stops at a blank or an unquoted operator character. */
  private String readWord() {
    StringBuilder w = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (" \t\r\n;&|()<>".indexOf(c) >= 0) {
        break;
      }
      if (c == '\'') {
        int close = s.indexOf('\'', pos + 1);
        int end = close < 0 ? s.length() : close;
        w.append(s, pos + 1, end);
        pos = Math.min(s.length(), end + 1);
      } else if (c == '"') {
        doubleQuoted(w);
      } else if (c == '\\') {
        escaped(w);
      } else if (c == '`') {
        backticks(w);
      } else if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '(') {
        pos += 2;
        substitution(w);
      } else if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '\'') {
        pos++;
        ansiQuoted(w);
      } else {
        w.append(c);
        pos++;
      }
    }
    return w.toString();
  }

  private void doubleQuoted(StringBuilder w) {
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < s.length() && "\"\\$`\n".indexOf(s.charAt(pos + 1)) >= 0) {
        if (s.charAt(pos + 1) != '\n') {
          w.append(s.charAt(pos + 1));
        }
        pos += 2;
      } else if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '(') {
        pos += 2;
        substitution(w);
      } else if (c == '`') {
        backticks(w);
      } else {
        w.append(c);
        pos++;
      }
    }
  }

  private void escaped(StringBuilder w) {
    if (pos + 1 < s.length() && s.charAt(pos + 1) != '\n') {
      w.append(s.charAt(pos + 1));
    }
    pos += 2; // backslash-newline is a line continuation
  }

  private void ansiQuoted(StringBuilder w) {
    pos++;
    while (pos < s.length() && s.charAt(pos) != '\'') {
      if (s.charAt(pos) == '\\' && pos + 1 < s.length()) {
        pos++;
      }
      w.append(s.charAt(pos));
      pos++;
    }
    pos = Math.min(s.length(), pos + 1);
  }

  /** The body of {@code $( )} runs too: parse it in place; the word keeps a placeholder. */
  private void substitution(StringBuilder w) {
    w.append("$(...)");
    if (depth >= MAX_DEPTH) {
      skipBalanced();
      return;
    }
    ShellCommands inner = new ShellCommands(s, pos, depth + 1, out);
    inner.parseList(true);
    pos = inner.pos;
  }

  private void backticks(StringBuilder w) {
    StringBuilder body = new StringBuilder();
    pos++;
    while (pos < s.length() && s.charAt(pos) != '`') {
      if (s.charAt(pos) == '\\' && pos + 1 < s.length()) {
        pos++;
      }
      body.append(s.charAt(pos));
      pos++;
    }
    pos = Math.min(s.length(), pos + 1);
    w.append("`...`");
    if (depth < MAX_DEPTH) {
      new ShellCommands(body.toString(), 0, depth + 1, out).parseList(false);
    }
  }

  private void skipBalanced() {
    int open = 1;
    while (pos < s.length() && open > 0) {
      char c = s.charAt(pos++);
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
  }

  private void skipToLineEnd() {
    int eol = s.indexOf('\n', pos);
    pos = eol < 0 ? s.length() : eol;
  }

  private static boolean isDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
