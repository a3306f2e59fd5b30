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
        review           LLM security review of uncommitted changes or a commit range
        usage            reviews, findings, tokens and estimated cost of recent LLM reviews
        hook <event>     run as a Claude Code hook (reads one JSON event on stdin)
        jvm-cache        build the JVM start-up archive that makes every later hook start faster
        --version        print the version
        --help           print this help

      Run 'security-guidance <command> --help' for a command's options.
      Exit codes: 0 ok / clean, 1 findings (scan, review), 2 usage error (review: any error), 3 internal error.
      """;

  static final String REVIEW = """
      Usage: security-guidance review [--base REV] [--format text|json|sarif] [--repo DIR]

      Reviews changes with the same LLM reviewer as the end-of-turn hook (for CI and pre-commit).

      Options:
        --base REV       review the commits from the merge base of REV and HEAD up to HEAD
                         (without it: uncommitted changes against HEAD, new untracked files included)
        --format FORMAT  text (default), json or sarif; the report goes to stdout
        --repo DIR       the repository to review (default: the current directory)
        --help           print this help

      Needs ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN (or CLAUDE_CODE_USE_BEDROCK / _VERTEX / _FOUNDRY with the
      claude CLI). Each review is recorded in the local usage log (see 'security-guidance usage').
      Exit codes: 0 no findings or nothing to review, 1 findings, 2 error (no credentials, not a repository,
      unknown revision, too many files, review unavailable).
      """;

  static final String USAGE = """
      Usage: security-guidance usage [--days N] [--format text|json]

      Summarises the local usage log (<state dir>/usage.jsonl): reviews by outcome and layer, findings, tokens
      and estimated cost. The log holds counts, model ids and timings only, never paths or code.

      Options:
        --days N         the last N days (default 7)
        --format FORMAT  text (default) or json
        --help           print this help
      """;
}
