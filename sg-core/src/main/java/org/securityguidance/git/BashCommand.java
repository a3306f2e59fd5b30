package org.securityguidance.git;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a Bash tool command commits or pushes (spec §2.5), by looking at the argv of every simple command
 * in it rather than searching the text: {@code echo git commit} and {@code git commit-tree} do not commit, while
 * {@code git -C "/a b" commit}, {@code FOO=1 git commit}, {@code bash -c 'git push'} and
 * {@code git commit -m "$(cat <<'EOF' ... EOF)"} are understood. Graphite: {@code gt create} commits, {@code gt modify}
 * amends (unless {@code -c/--commit}), {@code gt submit} pushes. {@code gh pr create} is deliberately not covered:
 * its internal push is invisible to the hook.
 */
public final class BashCommand {
  /** Commands longer than this are classified by their first 64 KiB only. */
  public static final int MAX_INPUT_CHARS = 64 * 1024;

  static final int MAX_SHELL_NESTING = 3;
  static final Set<String> KEYWORDS = Set.of("!", "{", "}", "if", "then", "else", "elif", "do", "while",
      "until", "time");
  static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh");

  private BashCommand() {}

  /** What a command does, COMMIT winning over PUSH (spec §2.5: {@code commit && push} gets the commit review). */
  public enum Kind {
    NONE,
    COMMIT,
    PUSH
  }

  /**
   * The classification of one Bash command.
   *
   * @param commits number of commit invocations ({@code git commit}, {@code gt create|modify})
   * @param pushes number of push invocations ({@code git push}, {@code gt submit})
   * @param amend at least one commit invocation rewrites HEAD ({@code --amend}, {@code gt modify})
   */
  public record Classification(int commits, int pushes, boolean amend) {
    /** COMMIT if anything commits, else PUSH if anything pushes, else NONE. */
    public Kind kind() {
      return commits > 0 ? Kind.COMMIT : pushes > 0 ? Kind.PUSH : Kind.NONE;
    }

    /** True when some sub-command commits. */
    public boolean isCommit() {
      return commits > 0;
    }

    /** True when some sub-command pushes. */
    public boolean isPush() {
      return pushes > 0;
    }
  }

  /** Classifies {@code command}; {@code null} or empty gives NONE. Never throws. */
  public static Classification classify(String command) {
    return classify(command, 0);
  }

  private static Classification classify(String command, int nesting) {
    if (command == null || command.isEmpty()) {
      return new Classification(0, 0, false);
    }
    String bounded = command.length() > MAX_INPUT_CHARS ? command.substring(0, MAX_INPUT_CHARS) : command;
    Tally tally = new Tally();
    for (List<String> argv : ShellCommands.split(bounded)) {
      classifyArgv(argv, nesting, tally);
    }
    return new Classification(tally.commits, tally.pushes, tally.amend);
  }

  private static void classifyArgv(List<String> argv, int nesting, Tally tally) {
    int i = CommandPrefix.skip(argv, KEYWORDS);
    if (i >= argv.size()) {
      return;
    }
    String program = programName(argv.get(i));
    List<String> rest = argv.subList(i + 1, argv.size());
    if (program.equals("git")) {
      GitInvocation.classify(rest, tally);
    } else if (program.equals("gt")) {
      GraphiteInvocation.classify(rest, tally);
    } else if (nesting < MAX_SHELL_NESTING && SHELLS.contains(program)) {
      tally.add(classify(shellScript(rest), nesting + 1));
    } else if (nesting < MAX_SHELL_NESTING && program.equals("eval")) {
      tally.add(classify(String.join(" ", rest), nesting + 1));
    }
  }

  /** The script of {@code sh -c 'script'} (also {@code -lc}, {@code -ec}…), or null. */
  static String shellScript(List<String> args) {
    for (int j = 0; j < args.size(); j++) {
      String a = args.get(j);
      if (!a.startsWith("-") || a.startsWith("--")) {
        return null;
      }
      if (a.indexOf('c') > 0 && j + 1 < args.size()) {
        return args.get(j + 1);
      }
    }
    return null;
  }

  /** {@code /usr/bin/git} and {@code C:\...\git.exe} are git too. */
  static String programName(String word) {
    String base = word.substring(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
    String lower = base.toLowerCase(Locale.ROOT);
    return lower.endsWith(".exe") ? lower.substring(0, lower.length() - 4) : base;
  }

  /** Running totals across sub-commands. */
  static final class Tally {
    int commits;
    int pushes;
    boolean amend;

    void commit(boolean amends) {
      commits++;
      amend |= amends;
    }

    void push() {
      pushes++;
    }

    void add(Classification c) {
      commits += c.commits();
      pushes += c.pushes();
      amend |= c.amend();
    }
  }
}
