package org.securityguidance.server;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.securityguidance.sys.Env;

/** Runs one hook event in this process, exactly as a fresh JVM would for the given environment and directory. */
@FunctionalInterface
public interface HookRunner {
  /** Returns the hook's exit code; never throws (the hook command is total). */
  int run(String event, InputStream stdin, PrintStream out, PrintStream err, Env env, Path workingDir);
}
