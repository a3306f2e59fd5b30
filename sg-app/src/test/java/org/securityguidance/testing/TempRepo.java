package org.securityguidance.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.securityguidance.testkit.GitRepo;

/** The acceptance scenarios' repository (spec §12): {@code app.py = print('hi')} committed on {@code main}. */
public final class TempRepo {
  /** The acceptance scenarios' vulnerable line (spec §12). */
  public static final String VULN = "import subprocess\nsubprocess.call('ls ' + user, shell=True)\n";

  private TempRepo() {}

  /** A fresh repository at {@code dir} with one commit; git's HOME is {@code home}. */
  public static GitRepo create(Path dir, Path home) throws IOException {
    GitRepo repo = GitRepo.init(dir, home);
    repo.write("app.py", "print('hi')\n");
    repo.commitAll("init");
    return repo;
  }
}
