package org.securityguidance.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where each commit and push of a Bash command runs, relative to the shell's starting directory: the {@code cd}
 * commands before it, git's {@code -C} options and Graphite's {@code --cwd}. The hook's {@code cwd} is where the
 * command started, so {@code cd ../other && git commit} or {@code git -C sub push} must be reviewed in another
 * repository (spec §6.2 V-OUTCOME repo resolution).
 *
 * <p>Like {@link BashCommand} this reads argv, not text, and is not a shell: {@code cd "$DIR"}, {@code cd -},
 * {@code cd ~x} and a bare {@code cd} make the directory unknown, and a subshell's {@code cd} is not undone after it.
 */
public final class CommandTargets {
  /**
   * One commit or push invocation and its directory.
   *
   * @param kind COMMIT or PUSH
   * @param directory the directory it runs in: {@code ""} for the starting directory, a relative path to join to it,
   *     or an absolute path; null when unknown (an unexpanded variable, {@code cd -})
   */
  public record Target(BashCommand.Kind kind, String directory) {}

  /** Global options of git and gt whose value is the next word (and is not a directory to enter). */
  private static final Set<String> VALUED_OPTIONS = Set.of("-c", "--git-dir", "--work-tree", "--namespace",
      "--super-prefix");

  private CommandTargets() {}

  /** Every commit and push invocation in {@code command}, in source order; empty for null or empty input. */
  public static List<Target> of(String command) {
    List<Target> out = new ArrayList<>();
    collect(command, "", 0, out);
    return out;
  }

  /** The last invocation of {@code kind}, or null when there is none. */
  public static Target last(List<Target> targets, BashCommand.Kind kind) {
    Target found = null;
    for (Target t : targets) {
      if (t.kind() == kind) {
        found = t;
      }
    }
    return found;
  }

  private static String collect(String command, String start, int nesting, List<Target> out) {
    if (command == null || command.isEmpty()) {
      return start;
    }
    String bounded = command.length() > BashCommand.MAX_INPUT_CHARS
        ? command.substring(0, BashCommand.MAX_INPUT_CHARS) : command;
    String dir = start;
    for (List<String> argv : ShellCommands.split(bounded)) {
      dir = step(argv, dir, nesting, out);
    }
    return dir;
  }

  /** Applies one simple command: records an invocation, or returns the directory a {@code cd} moves to. */
  private static String step(List<String> argv, String dir, int nesting, List<Target> out) {
    int i = CommandPrefix.skip(argv, BashCommand.KEYWORDS);
    if (i >= argv.size()) {
      return dir;
    }
    String program = BashCommand.programName(argv.get(i));
    List<String> rest = argv.subList(i + 1, argv.size());
    switch (program) {
      case "cd", "pushd" -> {
        return changeDirectory(dir, rest);
      }
      case "git" -> record(rest, dir, "-C", out, GitInvocation::classify);
      case "gt" -> record(rest, dir, "--cwd", out, GraphiteInvocation::classify);
      default -> {
        if (nesting < BashCommand.MAX_SHELL_NESTING && BashCommand.SHELLS.contains(program)) {
          collect(BashCommand.shellScript(rest), dir, nesting + 1, out); // a child shell's cd stays in it
        } else if (nesting < BashCommand.MAX_SHELL_NESTING && program.equals("eval")) {
          return collect(String.join(" ", rest), dir, nesting + 1, out);
        }
      }
    }
    return dir;
  }

  /** Classifies one git or gt invocation and records it with its directory option applied. */
  private static void record(List<String> args, String dir, String dirOption, List<Target> out,
      BiConsumer<List<String>, BashCommand.Tally> classifier) {
    BashCommand.Tally tally = new BashCommand.Tally();
    classifier.accept(args, tally);
    if (tally.commits == 0 && tally.pushes == 0) {
      return;
    }
    String at = dir;
    for (int j = 0; j + 1 < args.size() && args.get(j).startsWith("-"); j++) {
      if (args.get(j).equals(dirOption)) {
        at = join(at, args.get(++j));
      } else if (VALUED_OPTIONS.contains(args.get(j))) {
        j++;
      }
    }
    out.add(new Target(tally.commits > 0 ? BashCommand.Kind.COMMIT : BashCommand.Kind.PUSH, at));
  }

  private static String changeDirectory(String dir, List<String> args) {
    String target = null;
    for (String a : args) {
      if (a.equals("--")) {
        continue;
      }
      if (a.startsWith("-") && a.length() > 1 && target == null) {
        continue; // -P, -L, -e
      }
      target = a;
      break;
    }
    if (target == null || target.equals("-") || target.startsWith("~") || target.contains("$")
        || target.contains("`")) {
      return null;
    }
    return join(dir, target);
  }

  /** {@code base} then {@code path}; an absolute {@code path} replaces it; unknown stays unknown. */
  static String join(String base, String path) {
    if (base == null || path == null || path.contains("$") || path.startsWith("~")) {
      return null;
    }
    if (isAbsolute(path) || base.isEmpty()) {
      return path;
    }
    return base.endsWith("/") ? base + path : base + "/" + path;
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\")
        || (path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
            && (path.charAt(2) == '/' || path.charAt(2) == '\\'));
  }
}
