package org.securityguidance.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.PluginFiles;
import org.securityguidance.json.JsonView;

/** plugin.json of the assembled plugin and the repository's marketplace entry agree (hooks-and-patterns.md §1.2). */
class ManifestTest {
  private static final Path REPO = Paths.get(System.getProperty("sg.root.dir"));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyMarketplaceEntry() {
    Map<String, Object> marketplace = PluginFiles.json(REPO.resolve(".claude-plugin/marketplace.json"));
    assertThat(JsonView.string(marketplace, "name")).matches("[a-z0-9-]+");
    assertThat(JsonView.string(JsonView.object(marketplace, "owner"), "name")).isNotBlank();
    List<Object> plugins = JsonView.array(marketplace, "plugins");
    assertThat(plugins).hasSize(1);
    return (Map<String, Object>) plugins.get(0);
  }

  @Test
  void assembledPluginJsonCarriesTheProjectVersion() {
    Map<String, Object> plugin = PluginFiles.pluginJson();
    assertThat(JsonView.string(plugin, "name")).isEqualTo("security-guidance");
    assertThat(PluginFiles.version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(JsonView.string(plugin, "description")).isNotBlank();
    assertThat(JsonView.string(JsonView.object(plugin, "author"), "name")).isNotBlank();
  }

  @Test
  void marketplaceSourceIsTheAssembledPluginWithTheSameNameAndVersion() {
    Map<String, Object> entry = onlyMarketplaceEntry();
    String source = JsonView.string(entry, "source");
    assertThat(source).startsWith("./");
    Path dir = REPO.resolve(source).normalize();

    assertThat(dir).isEqualTo(Launcher.pluginDir().toAbsolutePath().normalize());
    assertThat(JsonView.string(entry, "name")).isEqualTo(JsonView.string(PluginFiles.pluginJson(), "name"));
    // Claude Code's updater compares version strings: both manifests must move together (#2114).
    assertThat(JsonView.string(entry, "version")).isEqualTo(PluginFiles.version());
    assertThat(Files.isRegularFile(dir.resolve("hooks/hooks.json"))).isTrue();
    assertThat(Files.isRegularFile(dir.resolve("lib/security-guidance.jar"))).isTrue();
    assertThat(Files.isExecutable(dir.resolve("hooks/sg-java.sh"))).isTrue();
    assertThat(Files.isExecutable(dir.resolve("bin/security-guidance"))).isTrue();
  }
}
