package org.securityguidance.diagnose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securityguidance.diagnose.Check.Status;
import org.securityguidance.review.api.ClaudeCliLocator;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.api.TransportLog;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;

/**
 * The machine around the plugin: the state directory, {@code git}, review credentials and provider (presence only,
 * decided exactly as the review transport decides), and the {@code claude} CLI found by the review code's own
 * absolute-path probe.
 */
final class EnvironmentChecks {
  private static final Duration GIT_TIMEOUT = Duration.ofSeconds(5);

  private final DoctorInputs in;
  private final TransportConfig transport;

  EnvironmentChecks(DoctorInputs in) {
    this.in = in;
    this.transport = TransportConfig.from(in.env(), TransportLog.NONE);
  }

  Check stateDir() {
    Path dir = in.stateDir();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("path", dir.toString());
    if (!Files.exists(dir)) {
      facts.put("exists", false);
      return new Check("state_dir", Status.INFO, "not created yet (the first hook creates it)", facts, null);
    }
    facts.put("exists", true);
    if (!Files.isDirectory(dir)) {
      return new Check("state_dir", Status.FAIL, "exists but is not a directory", facts,
          "Move the file at " + dir + " away, or point SECURITY_WARNINGS_STATE_DIR at a writable directory");
    }
    boolean writable = probeWrite(dir);
    facts.put("writable", writable);
    if (!writable) {
      return new Check("state_dir", Status.FAIL, "is not writable", facts,
          "Fix the permissions of " + dir + " (or its disk space), or set SECURITY_WARNINGS_STATE_DIR");
    }
    return Check.ok("state_dir", "writable", facts);
  }

  /** Creating and deleting a file is the only honest test (mode bits lie for root, ACLs and read-only mounts). */
  private static boolean probeWrite(Path dir) {
    try {
      Path probe = Files.createTempFile(dir, ".doctor-", ".tmp");
      Files.deleteIfExists(probe);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  Check git() {
    ProcessResult r = in.runner().run(ProcessRequest.of(List.of("git", "--version"), null, GIT_TIMEOUT)
        .withOutputCap(4096));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("found", r.ok());
    if (!r.ok()) {
      return new Check("git", Status.WARN, "git not found or not working (" + r.describe() + ")", facts,
          "Install git: the end-of-turn, commit and push reviews need it (pattern reminders work without it)");
    }
    String version = r.stdout().strip();
    facts.put("version", version.length() > 80 ? version.substring(0, 80) : version);
    return Check.ok("git", version, facts);
  }

  Check credentials() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("anthropic_api_key", transport.apiKey() != null);
    facts.put("anthropic_auth_token", transport.authToken() != null);
    facts.put("providers", List.copyOf(transport.providers()));
    facts.put("custom_base_url", !TransportConfig.DEFAULT_BASE_URL.equals(transport.baseUrl()));
    boolean reviewsOff = in.env().isExactlyZero("ENABLE_CODE_SECURITY_REVIEW");
    facts.put("reviews_enabled", !reviewsOff);
    if (reviewsOff) {
      return new Check("credentials", Status.INFO, "LLM reviews are turned off (ENABLE_CODE_SECURITY_REVIEW=0)",
          facts, null);
    }
    if (!transport.hasCredentials()) {
      return new Check("credentials", Status.WARN, "no review credentials in this environment", facts,
          "Set ANTHROPIC_API_KEY (or a CLAUDE_CODE_USE_* provider); inside Claude Code the hooks may also get "
              + "ANTHROPIC_AUTH_TOKEN, which a plain shell does not have");
    }
    return Check.ok("credentials", "reviews via " + provider(), facts);
  }

  private String provider() {
    if (transport.thirdParty()) {
      return String.join(", ", transport.providers()) + " (through the claude CLI)";
    }
    return "the Anthropic API with " + (transport.apiKey() != null ? "an API key" : "an auth token")
        + (transport.authToken() != null && transport.apiKey() != null ? " (auth token as fallback)" : "");
  }

  Check claudeCli() {
    Optional<Path> cli = ClaudeCliLocator.locate(transport.cliCandidates());
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("found", cli.isPresent());
    cli.ifPresent(p -> facts.put("path", p.toString()));
    if (cli.isPresent()) {
      return Check.ok("claude_cli", "found at " + cli.get(), facts);
    }
    if (transport.thirdParty()) {
      return new Check("claude_cli", Status.WARN, "not found, but the configured provider needs it", facts,
          "Install Claude Code's CLI at ~/.local/bin/claude or set CLAUDE_CODE_EXECPATH to its absolute path");
    }
    return new Check("claude_cli", Status.INFO, "not found (only the third-party provider path needs it)", facts,
        null);
  }
}
