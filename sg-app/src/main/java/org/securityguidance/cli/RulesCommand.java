package org.securityguidance.cli;

/** Placeholder until its owner lands it. */
final class RulesCommand {
  private RulesCommand() {}

  static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err, org.securityguidance.sys.Env env) {
    throw new UnsupportedOperationException("not built yet");
  }
}
