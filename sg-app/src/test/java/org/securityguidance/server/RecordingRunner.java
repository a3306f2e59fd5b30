package org.securityguidance.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.securityguidance.sys.Env;

/** A fake hook: records what each request ran with and prints {@code seen <n> bytes} (tests only). */
final class RecordingRunner implements HookRunner {
  /** One recorded call. */
  record Call(String event, String stdin, Map<String, String> env, Path workingDir) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();

  @Override
  public int run(String event, InputStream stdin, PrintStream out, PrintStream err, Env env, Path workingDir) {
    try {
      String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      calls.add(new Call(event, text, env.asMap(), workingDir));
      out.print("seen " + text.length() + " chars\n");
      err.print("a diagnostic that must not reach the client");
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
