package org.securityguidance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.securityguidance.bootstrap.HookJvmFlags;
import org.securityguidance.bootstrap.JvmCacheBuilder;
import org.securityguidance.bootstrap.JvmCacheMode;
import org.securityguidance.bootstrap.JvmTarget;
import org.securityguidance.config.StateDir;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;
import org.securityguidance.telemetry.VersionCode;

/**
 * {@code jvm-cache}: builds the start-up archive (CDS on 17–23, AOT cache on 24+) for the runtime and jar running
 * this command and registers it in {@code <state>/jvm-cache/}, where the launcher picks it up for every later hook.
 * Run it through the launcher ({@code bin/security-guidance jvm-cache}) so the archive matches the hooks' runtime and
 * flags exactly. Prints the archive's path; {@code SG_JVM_CACHE=0} turns archives off.
 */
final class JvmCacheCommand {
  private JvmCacheCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, Env env) {
    if (args.length > 0) {
      throw new UsageException("takes no arguments");
    }
    if (env.isExactlyZero("SG_JVM_CACHE")) {
      err.println("security-guidance jvm-cache: start-up archives are turned off (SG_JVM_CACHE=0)");
      return ExitCode.OK;
    }
    Optional<JvmTarget> target = JvmTarget.current(env, JvmCacheCommand.class);
    if (target.isEmpty()) {
      err.println("security-guidance jvm-cache: not running from the plugin jar with its .sha256 sidecar");
      return ExitCode.INTERNAL;
    }
    if (target.get().mode() == JvmCacheMode.NONE) {
      err.println("security-guidance jvm-cache: " + target.get().vmName() + " " + target.get().feature()
          + " has no supported start-up archive; hooks run without one");
      return ExitCode.OK;
    }
    List<String> flags;
    try {
      flags = HookJvmFlags.ofThisJvm(env);
    } catch (LinkageError e) {
      err.println("security-guidance jvm-cache: this runtime has no java.management module to read its flags from");
      return ExitCode.INTERNAL;
    }
    Path dir = StateDir.resolve(env).resolve("jvm-cache");
    long pv = VersionCode.encode(Version.current());
    JvmCacheBuilder.Result result = new JvmCacheBuilder(ProcessRunner.local(), flags, env.home().toString()).build(target.get(), dir, pv);
    if (!result.ok()) {
      err.println("security-guidance jvm-cache: " + result.detail() + "; details in " + dir.resolve("last-build.log"));
      return ExitCode.INTERNAL;
    }
    err.println("security-guidance jvm-cache: " + target.get().mode().name() + " archive built in " + result.millis()
        + " ms");
    out.println(result.archive());
    return ExitCode.OK;
  }
}
