package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;

class SessionStoreTest {
  @TempDir Path dir;

  private SessionStore store() {
    return new SessionStore(dir.resolve("state"), "s1", DebugLog.discard());
  }

  @Test
  void aMissingFileReadsAsAFreshDocument() {
    assertThat(store().read()).hasValueSatisfying(doc -> assertThat(Json.write(doc)).isEqualTo("{\"shown_warnings\":[]}"));
  }

  @Test
  void unknownKeysSurviveAnUpdate() throws Exception {
    Path file = store().stateFile();
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"future_key\":{\"a\":[1,2]},\"shown_warnings\":[\"x\"]}");
    store().update(doc -> {
      SessionDoc.touchPath(doc, "/p/a.py");
      return true;
    });
    assertThat(Files.readString(file))
        .isEqualTo("{\"future_key\":{\"a\":[1,2]},\"shown_warnings\":[\"x\"],\"touched_paths\":[\"/p/a.py\"]}");
    assertThat(file.getParent().resolve(file.getFileName() + ".tmp")).doesNotExist();
  }

  @Test
  void aLegacyListBecomesShownWarnings() throws Exception {
    Path file = store().stateFile();
    Files.createDirectories(file.getParent());
    Files.writeString(file, "[\"/a.py-eval_injection\"]");
    assertThat(store().update(doc -> SessionDoc.claimWarning(doc, "/a.py-eval_injection"))).contains(false);
  }

  @Test
  void invalidJsonOrAnotherTypeStartsFresh() throws Exception {
    Path file = store().stateFile();
    Files.createDirectories(file.getParent());
    for (String junk : new String[] {"{not json", "42", "\"s\"", ""}) {
      Files.writeString(file, junk);
      assertThat(store().read()).hasValueSatisfying(doc -> assertThat(doc).containsOnlyKeys("shown_warnings"));
    }
  }

  @Test
  void anUnchangedDocumentIsNotRewritten() throws Exception {
    store().update(doc -> SessionDoc.claimWarning(doc, "k"));
    Path file = store().stateFile();
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
    store().update(doc -> SessionDoc.claimWarning(doc, "k"));
    assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
  }

  @Test
  void anUnusableStateDirFailsOpen() throws Exception {
    Path notADir = dir.resolve("file");
    Files.writeString(notADir, "x");
    SessionStore broken = new SessionStore(notADir, "s1", DebugLog.discard());
    assertThat(broken.update(doc -> true)).isEmpty();
  }

  @Test
  void concurrentUpdatesInOneJvmLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      done.add(pool.submit(() -> store().update(doc -> SessionDoc.claimWarning(doc, "w" + n))));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Map<String, Object> doc = store().read().orElseThrow();
    assertThat(SessionDoc.stringList(doc, "shown_warnings")).hasSize(40);
  }
}
