package org.securityguidance.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files of one scenario inside its run directory: a git repository with one commit, a fresh HOME (with a git
 * identity) and CLAUDE_CONFIG_DIR, and a private copy of the plugin, so every process a session starts names this
 * directory on its command line and leftovers can be found by it.
 */
final class Workspace {
  private final Path root;

  private Workspace(Path root) {
    this.root = root;
  }

  /** Lays out {@code root} and initialises the repository. */
  static Workspace create(Path root, Path pluginSource) throws IOException {
    Workspace w = new Workspace(root);
    Files.createDirectories(w.home());
    Files.createDirectories(w.configDir());
    Files.createDirectories(w.repo());
    Files.createDirectories(w.tmp());
    Files.writeString(w.home().resolve(".gitconfig"),
        "[user]\n\tname = E2E Test\n\temail = e2e@example.invalid\n[init]\n\tdefaultBranch = main\n"
            + "[commit]\n\tgpgsign = false\n");
    copyTree(pluginSource, w.plugin());
    w.git(w.repo(), "init", "-q");
    Files.writeString(w.repo().resolve("README.md"), "e2e fixture\n");
    w.git(w.repo(), "add", "README.md");
    w.git(w.repo(), "commit", "-q", "-m", "initial");
    return w;
  }

  Path root() {
    return root;
  }

  Path repo() {
    return root.resolve("repo");
  }

  Path home() {
    return root.resolve("home");
  }

  Path configDir() {
    return root.resolve("claude-config");
  }

  Path plugin() {
    return root.resolve("plugin");
  }

  Path tmp() {
    return root.resolve("tmp");
  }

  /** The plugin's state directory (CLAUDE_CONFIG_DIR/security, spec §6.3). */
  Path stateDir() {
    return configDir().resolve("security");
  }

  /** Adds a bare repository as {@code origin} of the work repository. */
  Path addOrigin() throws IOException {
    Path origin = root.resolve("origin.git");
    git(root, "init", "-q", "--bare", origin.toString());
    git(repo(), "remote", "add", "origin", origin.toString());
    return origin;
  }

  /** Runs git with this workspace's HOME; fails on a non-zero exit. Returns stdout. */
  String git(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HOME", home().toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    try (InputStream in = p.getInputStream()) {
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("git " + String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
