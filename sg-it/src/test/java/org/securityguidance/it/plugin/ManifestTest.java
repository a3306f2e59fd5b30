package org.securityguidance.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.PluginFiles;
import org.securityguidance.json.JsonView;

/**
 * The repository checkout is itself the installable plugin (marketplace source {@code ./}), target/plugin is its
 * prebuilt form, and every manifest carries the pom's version (hooks-and-patterns.md §1.2).
 */
class ManifestTest {
  private static final Path REPO = Paths.get(System.getProperty("sg.root.dir")).toAbsolutePath().normalize();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyMarketplaceEntry() {
    Map<String, Object> marketplace = PluginFiles.json(REPO.resolve(".claude-plugin/marketplace.json"));
    assertThat(JsonView.string(marketplace, "name")).matches("[a-z0-9-]+");
    assertThat(JsonView.string(JsonView.object(marketplace, "owner"), "name")).isNotBlank();
    List<Object> plugins = JsonView.array(marketplace, "plugins");
    assertThat(plugins).hasSize(1);
    return (Map<String, Object>) plugins.get(0);
  }

  /** The project version of the root pom (the first {@code <version>} after the artifactId). */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(REPO.resolve("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("root pom version").isTrue();
    return m.group(1);
  }

  @Test
  void checkedInPluginJsonCarriesThePomVersion() throws IOException {
    Map<String, Object> plugin = PluginFiles.json(REPO.resolve(".claude-plugin/plugin.json"));
    assertThat(JsonView.string(plugin, "name")).isEqualTo("security-guidance");
    assertThat(JsonView.string(plugin, "version")).isEqualTo(pomVersion());
    assertThat(JsonView.string(plugin, "description")).isNotBlank();
    assertThat(JsonView.string(JsonView.object(plugin, "author"), "name")).isNotBlank();
  }

  @Test
  void assembledPluginIsTheCheckoutsManifestAndHooksPlusTheJar() throws IOException {
    Path built = Launcher.pluginDir();
    assertThat(PluginFiles.version()).isEqualTo(pomVersion());
    assertThat(Files.readString(built.resolve(".claude-plugin/plugin.json")))
        .isEqualTo(Files.readString(REPO.resolve(".claude-plugin/plugin.json")));
    for (String file : List.of("hooks/hooks.json", "hooks/sg-java.sh", "bin/security-guidance")) {
      assertThat(Files.readString(built.resolve(file))).as(file).isEqualTo(Files.readString(REPO.resolve(file)));
    }
    assertThat(Files.isRegularFile(built.resolve("lib/security-guidance.jar"))).isTrue();
    assertThat(Files.isRegularFile(built.resolve("lib/security-guidance.jar.sha256"))).isTrue();
    assertThat(Files.isExecutable(built.resolve("hooks/sg-java.sh"))).isTrue();
    assertThat(Files.isExecutable(built.resolve("bin/security-guidance"))).isTrue();
  }

  @Test
  void marketplaceSourceIsTheCheckoutWithTheSameNameAndVersion() throws IOException {
    Map<String, Object> entry = onlyMarketplaceEntry();
    assertThat(JsonView.string(entry, "source")).isEqualTo("./");
    Map<String, Object> plugin = PluginFiles.json(REPO.resolve(".claude-plugin/plugin.json"));
    assertThat(JsonView.string(entry, "name")).isEqualTo(JsonView.string(plugin, "name"));
    // Claude Code's updater compares version strings: both manifests must move together (#2114).
    assertThat(JsonView.string(entry, "version")).isEqualTo(pomVersion());
    // What Claude Code needs from a plugin root: the manifest, hooks/hooks.json and the launcher it names.
    assertThat(Files.isRegularFile(REPO.resolve("hooks/hooks.json"))).isTrue();
    assertThat(Files.isExecutable(REPO.resolve("hooks/sg-java.sh"))).isTrue();
    assertThat(Files.isExecutable(REPO.resolve("bin/security-guidance"))).isTrue();
    // ...and what the first SessionStart needs to build the jar from source (no lib/ in a checkout).
    assertThat(Files.isRegularFile(REPO.resolve("pom.xml"))).isTrue();
    assertThat(Files.isExecutable(REPO.resolve("mvnw"))).isTrue();
    assertThat(Files.isRegularFile(REPO.resolve(".mvn/wrapper/maven-wrapper.properties"))).isTrue();
  }
}
