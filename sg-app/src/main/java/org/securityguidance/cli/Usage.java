package org.securityguidance.cli;

/** Usage texts, one per command. */
final class Usage {
  private Usage() {}

  static final String MAIN = """
      Usage: security-guidance <command> [options]

      A security reviewer for code written by AI coding agents.

      Commands:
        scan [PATH...]   scan files and directories for dangerous patterns
        rules            list the built-in pattern rules
        hook <event>     run as a Claude Code hook (reads one JSON event on stdin)
        jvm-cache        build the JVM start-up archive that makes every later hook start faster
        --version        print the version
        --help           print this help

      Run 'security-guidance <command> --help' for a command's options.
      Exit codes: 0 ok / clean, 1 findings (scan), 2 usage error, 3 internal error.
      """;
}
