package org.securityguidance.cli;

/** Usage texts, one per command; tests check that every flag a parser accepts is documented here. */
final class Usage {
  private Usage() {}

  static final String MAIN = """
      Usage: security-guidance <command> [options]

      A security reviewer for code written by AI coding agents.

      Commands:
        scan [PATH...]   scan files and directories for dangerous patterns
        rules            list the pattern rules a scan would use
        review           LLM security review of uncommitted changes or a commit range
        usage            reviews, findings, tokens and estimated cost of recent LLM reviews
        hook <event>     run as a Claude Code hook (reads one JSON event on stdin)
        hook-server      the warm server the launcher starts for edit hooks (runs until idle; SG_HOOK_SERVER=0: off)
        jvm-cache        build the JVM start-up archive that makes every later hook start faster
        doctor           diagnose the installation: runtime, jar, start-up cache, state dir, credentials
        telemetry        summarise the local metrics file the hooks append to (never uploaded)
        bootstrap        plugin internal: the detached start-up cache rescue (bootstrap --rescue)
        train            plugin internal: the training run a start-up archive is recorded from
        --version        print the version
        --help           print this help

      Run 'security-guidance <command> --help' for a command's options.
      Exit codes: 0 ok / clean, 1 findings (scan, review), 2 usage error (review: any error), 3 internal error.
      """;

  static final String REVIEW = """
      Usage: security-guidance review [--base REV] [--format text|json|sarif] [--repo DIR]
             security-guidance review --commit REV | --range A..B [--format text|json] [--repo DIR]

      --commit / --range run the agentic commit reviewer (see 'review --commit REV --help').
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

  static final String SCAN = """
      Usage: security-guidance scan [PATH...] [options]

      Scan files and directories (default: .) with the pattern rules.
      Inside a git work tree the files are git's: tracked plus untracked files that
      are not ignored (a file named explicitly is scanned even if ignored), and paths
      are reported relative to the work tree top. Elsewhere directories are walked
      (.git skipped, symlinks never followed). Binary files (a NUL byte in the first
      8 KiB) and files over the size cap are skipped and counted.

      Rules: the built-in catalog, plus .claude/security-patterns.{yaml,yml,json} and
      .claude/security-patterns.local.* of the scan root and of your home directory.
      SG_DISABLE_RULES=name,name turns named rules off.

      Options:
        --format text|json|sarif  report format (default text); sarif is SARIF 2.1.0
                                  for GitHub code scanning
        --output FILE             write the report to FILE (atomically) instead of
                                  stdout; FILE must not be one of the scanned files
        --max-file-size BYTES     skip larger files (default 1048576, at most 8000000;
                                  K and M suffixes)
        --jobs N                  worker threads (default: number of processors)
        --no-progress             no progress line on stderr (shown only on a terminal)
        -h, --help                print this help

      Values can be given as --flag VALUE or --flag=VALUE; '--' ends the options.
      Exit codes: 0 no findings, 1 findings, 2 usage error, 3 internal error
      (including a file the rule engine failed on).
      """;

  static final String RULES = """
      Usage: security-guidance rules [options]

      List the pattern rules a scan in the current directory would use: the built-in
      catalog without SG_DISABLE_RULES, plus user rules from .claude/security-patterns.*
      here and in your home directory. Columns: id (-1 for user rules), name, severity,
      title.

      Options:
        --format text|json  output format (default text)
        -h, --help          print this help
      """;

  static final String DOCTOR = """
      Usage: security-guidance doctor [--json]

      Diagnoses this installation for you and for bug reports: the Java runtime (where it was found, version,
      vendor), whether the plugin jar matches its SHA-256 sidecar, the start-up cache, whether the state directory
      is writable, git, which review credentials and provider are configured (presence only, never values), the
      claude CLI, and the last bootstrap outcome with its codes decoded; then what to do next.

      Options:
        --json           the same facts as one JSON object
        --help           print this help

      Exit codes: 0 healthy, 1 degraded (hooks work, something is slower or missing), 2 broken.
      """;

  static final String TELEMETRY = """
      Usage: security-guidance telemetry [--since DURATION] [--json]

      Summarises the local metrics file (<state dir>/metrics.jsonl and metrics.jsonl.1) that every hook appends
      its metrics line to: lines per hook, bootstrap outcomes, error kinds, exception types, errnos, runtime
      versions, pattern-rule hits and review outcomes. Nothing is uploaded by this tool; SG_LOCAL_TELEMETRY=0
      turns the file off. Field meanings: docs/telemetry.md.

      Options:
        --since DURATION only lines newer than this: 90s, 30m, 12h, 7d, 2w (default: everything)
        --json           the same numbers as one JSON object
        --help           print this help
      """;

  static final String HOOK = """
      Usage: security-guidance hook <event>    (events: session-start, prompt, edit, bash, stop)

      Runs as a Claude Code hook: reads one JSON event (at most a few MiB) on stdin and prints at most one JSON
      line on stdout, as hooks/hooks.json wires it. Always exits 0, except 2 when a verified review finding must
      wake the agent. Malformed input is logged to the debug log and ignored. Not meant to be run by hand.
      """;

  static final String JVM_CACHE = """
      Usage: security-guidance jvm-cache

      Builds the JVM start-up archive (CDS on Java 17-23, AOT cache on 24+) for the runtime and jar running this
      command, checks it, and registers it in <state dir>/jvm-cache/ where the launcher picks it up for every
      later hook. Run it through the launcher (bin/security-guidance jvm-cache) so the archive matches the hooks'
      runtime and flags. SessionStart does the same on its own; SG_JVM_CACHE=0 turns archives off.
      Exit codes: 0 built (or archives off / unsupported here), 3 the build failed (see last-build.log).
      """;

  static final String TRAIN = """
      Usage: security-guidance train

      The training workload a start-up archive is recorded from: feeds bundled fixture events through the hook
      code in-process, with a temporary home and state directory. Used by jvm-cache and the bootstrap.
      """;

  static final String BOOTSTRAP = """
      Usage: security-guidance bootstrap --rescue

      The detached rescue the launcher starts from an edit hook when no start-up archive exists: runs the
      SessionStart bootstrap without its stdin, prints nothing, and leaves its outcome code in
      <state dir>/jvm-boot.last for the next SessionStart to report as boot_last. Always exits 0.
      """;
}
