package org.securityguidance.cli;

/** Placeholder until its owner lands it. */
final class HookCommand {
  private HookCommand() {}

  static int run(String[] args, java.io.InputStream in, java.io.PrintStream out, org.securityguidance.sys.Env env) {
    throw new UnsupportedOperationException("not built yet");
  }
}
