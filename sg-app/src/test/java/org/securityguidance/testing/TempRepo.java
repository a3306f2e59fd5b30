package org.securityguidance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real git repository in a temp dir for tests: {@code app.py = print('hi')} committed on {@code main}. */
public final class TempRepo {
  /** The acceptance scenarios' vulnerable line (spec §12). */
  public static final String VULN = "import subprocess\nsubprocess.call('ls ' + user, shell=True)\n";

  private final Path dir;
  private final Path home;

  private TempRepo(Path dir, Path home) {
    this.dir = dir;
    this.home = home;
  }

  /** A fresh repository at {@code dir} with one commit; git's HOME is {@code home}. */
  public static TempRepo create(Path dir, Path home) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Files.createDirectories(home);
    TempRepo repo = new TempRepo(dir, home);
    repo.git("init", "-q", "-b", "main");
    repo.write("app.py", "print('hi')\n");
    repo.commit("init");
    return repo;
  }

  public Path dir() {
    return dir;
  }

  public Path write(String rel, String content) throws IOException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, content, StandardCharsets.UTF_8);
  }

  /** Stages everything and commits; returns the new HEAD. */
  public String commit(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message);
    return git("rev-parse", "HEAD");
  }

  /** Runs git in the repository; fails on a non-zero exit; returns stripped stdout+stderr. */
  public String git(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("git", "-C", dir.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + out);
    }
    return out.strip();
  }
}
