package org.securityguidance.rules;

/**
 * The comment masker as it was before the char-array rewrite (ADR 0008, 2026-11-26), kept as the oracle for
 * {@code CodeLexerEquivalenceTest}.
 *
 * <p>Original description:
 * One linear pass over a file that blanks out comments (keeping offsets, newlines and string literals) and pairs up
 * call parentheses outside strings and comments. Comment masking is why {@code # never use eval()} is silent
 * (reported false positive); strings are kept because SQL and shell commands live in them.
 */
final class ReferenceCodeLexer {
  private final String text;
  private final Syntax syntax;
  private char[] masked;
  private final IntList opens = new IntList();
  private final IntList closes = new IntList();
  private final IntList stack = new IntList();
  /** Last code character outside comments (quotes stand for whole literals); decides docstring position. */
  private char lastSignificant = '\n';
  private boolean lineHasCode;

  /** The comment-masked text and the parenthesis index. */
  record Result(String masked, int[] opens, int[] closes) {}

  private ReferenceCodeLexer(String text, Syntax syntax) {
    this.text = text;
    this.syntax = syntax;
  }

  static Result lex(String text, Syntax syntax) {
    ReferenceCodeLexer lexer = new ReferenceCodeLexer(text, syntax);
    lexer.run();
    String code = lexer.masked == null ? text : new String(lexer.masked);
    return new Result(code, lexer.opens.toArray(), lexer.closes.toArray());
  }

  private void run() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"' || c == '\'' || (c == '`' && syntax.backtickStrings)) {
        boolean docstring = isDocstringStart(i, c);
        int end = skipString(i, c);
        if (docstring) {
          blank(i, end);
        }
        lastSignificant = c;
        lineHasCode = true;
        i = end;
      } else if (commentStartsAt(i, c)) {
        i = maskComment(i, c);
      } else {
        if (c == '\n') {
          lineHasCode = false;
        } else if (!Character.isWhitespace(c)) {
          lastSignificant = c;
          lineHasCode = true;
        }
        if (c == '(') {
          stack.add(opens.size());
          opens.add(i);
          closes.add(-1);
        } else if (c == ')' && stack.size() > 0) {
          closes.set(stack.pop(), i);
        }
        i++;
      }
    }
  }

  private boolean commentStartsAt(int i, char c) {
    int n = text.length();
    if (c == '/' && syntax.slashComments && i + 1 < n) {
      char d = text.charAt(i + 1);
      return d == '/' || d == '*';
    }
    if (c == '#' && syntax.hashComments) {
      if (syntax.hashNeedsSpace) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
      }
      // PHP 8 attributes are #[...]; in Ruby, #{ outside a quoted string is interpolation in %x()/%Q()/heredocs.
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      return !(syntax == Syntax.PHP && next == '[') && !(syntax == Syntax.RUBY && next == '{');
    }
    return c == '<' && syntax.markupComments && text.startsWith("<!--", i);
  }

  /**
   * A Python triple-quoted string in statement position (first thing on its line, outside brackets, not continuing an
   * expression) is a docstring: prose, not code, so it is masked like a comment (CPython's docstrings name sinks).
   */
  private boolean isDocstringStart(int i, char quote) {
    return syntax == Syntax.PYTHON && !lineHasCode && stack.size() == 0 && text.startsWith(
        quote == '"' ? "\"\"\"" : "'''", i) && "=,+%([{\\".indexOf(lastSignificant) < 0;
  }

  /** Blanks the comment starting at {@code i} and returns the offset after it. */
  private int maskComment(int i, char c) {
    int end;
    if (c == '/' && text.charAt(i + 1) == '*') {
      int close = text.indexOf("*/", i + 2);
      end = close < 0 ? text.length() : close + 2;
    } else if (c == '<') {
      int close = text.indexOf("-->", i + 4);
      end = close < 0 ? text.length() : close + 3;
    } else {
      int nl = text.indexOf('\n', i);
      end = nl < 0 ? text.length() : nl;
    }
    blank(i, end);
    return end;
  }

  /** Replaces {@code [from, to)} with spaces in the masked copy, keeping line breaks. */
  private void blank(int from, int to) {
    if (masked == null) {
      masked = text.toCharArray();
    }
    for (int k = from; k < to; k++) {
      char ch = masked[k];
      if (ch != '\n' && ch != '\r') {
        masked[k] = ' ';
      }
    }
  }

  /**
   * Skips a string literal opened at {@code i}. Single-line quotes end at the newline even when unterminated, so an
   * apostrophe in prose cannot swallow the rest of the file; backtick and triple-quoted literals span lines.
   */
  private int skipString(int i, char quote) {
    int n = text.length();
    boolean triple = syntax.tripleQuotes && quote != '`' && i + 2 < n
        && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
    int j = triple ? i + 3 : i + 1;
    while (j < n) {
      char ch = text.charAt(j);
      if (ch == '\\') {
        j += 2;
      } else if (ch == quote && (!triple || (j + 2 < n && text.charAt(j + 1) == quote && text.charAt(j + 2) == quote))) {
        return triple ? j + 3 : j + 1;
      } else if (ch == '\n' && !triple && quote != '`') {
        return j;
      } else {
        j++;
      }
    }
    return n;
  }

  /** A growable int array (no boxing on the per-file path). */
  static final class IntList {
    private int[] data = new int[16];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    void set(int index, int v) {
      data[index] = v;
    }

    int pop() {
      return data[--size];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}
