package org.securityguidance.cli;

import java.io.PrintStream;
import org.securityguidance.diagnose.Diagnosis;
import org.securityguidance.diagnose.DoctorInputs;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;

/**
 * {@code doctor [--json]}: a diagnosis of this installation (runtime, jar, start-up cache, state dir, git,
 * credentials by presence, claude CLI, last bootstrap decoded) for users and bug reports. Exit 0 healthy,
 * 1 degraded, 2 broken.
 */
final class DoctorCommand {
  private DoctorCommand() {}

  static int run(String[] args, PrintStream out, Env env) {
    return run(args, out, DoctorInputs.of(env, DoctorCommand.class));
  }

  static int run(String[] args, PrintStream out, DoctorInputs inputs) {
    boolean json = false;
    for (String arg : args) {
      switch (arg) {
        case "--help", "-h" -> {
          out.print(Usage.DOCTOR);
          return ExitCode.OK;
        }
        case "--json" -> json = true;
        default -> throw new UsageException("unknown option '" + arg + "' (try --help)");
      }
    }
    Diagnosis d = Diagnosis.run(inputs, Version.current());
    out.print(json ? Json.write(d.toJson()) + "\n" : d.toText());
    return d.exitCode();
  }
}
