package org.securityguidance.e2e;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything one end-to-end scenario needs: its run directory and {@link Workspace}, the {@link FakeModelApi} and a
 * factory for CLI sessions. Created and closed by {@link ScenarioExtension}.
 */
final class Scenario implements AutoCloseable {
  private final Path claude;
  private final Workspace workspace;
  private final FakeModelApi api = new FakeModelApi();

  private Scenario(Path claude, Workspace workspace) {
    this.claude = claude;
    this.workspace = workspace;
  }

  static Scenario create(Path runDir) throws IOException {
    Path claude = ClaudeBinary.require();
    return new Scenario(claude, Workspace.create(runDir, ClaudeBinary.pluginDir()));
  }

  Workspace workspace() {
    return workspace;
  }

  FakeModelApi api() {
    return api;
  }

  /** A new CLI session in this scenario's workspace (fresh environment each time). */
  ClaudeSession session() {
    return new ClaudeSession(claude, workspace, api);
  }

  /** An absolute path inside the repository, as the model would write it. */
  String inRepo(String relative) {
    return workspace.repo().resolve(relative).toString();
  }

  @Override
  public void close() {
    api.close();
  }
}
