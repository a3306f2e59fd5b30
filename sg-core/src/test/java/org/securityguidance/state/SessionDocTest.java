package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;

class SessionDocTest {
  @Test
  void touchedPathsAreDedupedAndCappedToTheNewest() {
    Map<String, Object> doc = SessionDoc.fresh();
    for (int i = 0; i < 250; i++) {
      SessionDoc.touchPath(doc, "/p/" + i);
    }
    SessionDoc.touchPath(doc, "/p/249");
    List<Object> paths = SessionDoc.stringList(doc, "touched_paths");
    assertThat(paths).hasSize(200).startsWith("/p/50").endsWith("/p/249");
  }

  @Test
  void claimIsTrueOnlyTheFirstTime() {
    Map<String, Object> doc = SessionDoc.fresh();
    assertThat(SessionDoc.claimWarning(doc, "/a.py-eval_injection")).isTrue();
    assertThat(SessionDoc.claimWarning(doc, "/a.py-eval_injection")).isFalse();
  }

  @Test
  void wronglyTypedValuesAreRepairedNotFatal() {
    Map<String, Object> doc = Json.parseObject("{\"shown_warnings\":[\"a\",1,null],\"pending_warnings\":[],"
        + "\"touched_paths\":\"x\"}");
    SessionDoc.fromParsed(doc);
    SessionDoc.addPending(doc, "/a.py:eval_injection");
    SessionDoc.touchPath(doc, "/a.py");
    assertThat(Json.write(doc)).isEqualTo("{\"shown_warnings\":[\"a\"],\"pending_warnings\":"
        + "{\"/a.py:eval_injection\":true},\"touched_paths\":[\"/a.py\"]}");
  }

  @Test
  void legacyListKeepsOnlyStrings() {
    Map<String, Object> doc = SessionDoc.fromParsed(new ArrayList<>(List.of("k", 3)));
    assertThat(doc.get("shown_warnings")).isEqualTo(List.of("k"));
  }
}
