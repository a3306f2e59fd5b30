package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.sandbox.SandboxRepo;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

class ToolSetTest {
  @TempDir Path tmp;
  ToolSet tools;

  @BeforeEach
  void setUp() throws IOException {
    SandboxRepo repo = SandboxRepo.init(tmp);
    repo.write("a.txt", "alpha\n");
    repo.write(".env", "K=v\n");
    repo.commitAll("a");
    tools = ToolSet.standard(repo.sandbox());
  }

  @Test
  void definitionsAreMessagesApiToolsWithStableJson() {
    List<Map<String, Object>> defs = tools.definitions();
    assertThat(defs).extracting(d -> d.get("name")).containsExactly("Read", "Grep", "Glob");
    for (Map<String, Object> d : defs) {
      Map<String, Object> schema = JsonView.object(d, "input_schema");
      assertThat(JsonView.string(schema, "type")).isEqualTo("object");
      assertThat(JsonView.object(schema, "properties")).isNotEmpty();
      assertThat(JsonView.array(schema, "required")).isNotEmpty();
      assertThat(JsonView.string(d, "description")).isNotBlank();
    }
    assertThat(Json.write(tools.definitions())).isEqualTo(Json.write(defs));
    assertThat(tools.names()).containsExactly("Read", "Grep", "Glob");
  }

  @Test
  void neverThrowsOnUnknownToolsOrMalformedInput() {
    Map<String, Object> nulls = new HashMap<>();
    nulls.put("file_path", null);
    assertThat(tools.execute("Bash", Map.of("command", "cat /etc/passwd")).text()).startsWith("Unknown tool 'Bash'");
    assertThat(tools.execute(null, null).error()).isTrue();
    assertThat(tools.execute("Read", null).error()).isTrue();
    assertThat(tools.execute("Read", nulls).error()).isTrue();
    assertThat(tools.execute("Read", Map.of("file_path", List.of("a.txt"))).text()).contains("must be a string");
    assertThat(tools.execute("Grep", Map.of("pattern", "a", "max_matches", Map.of())).error()).isTrue();
    assertThat(tools.execute("Glob", Map.of("pattern", "x".repeat(5000))).text()).contains("longer than");
  }

  @Test
  void countsCallsErrorsRefusalsAndBytes() {
    ToolResult ok = tools.execute("Read", Map.of("file_path", "a.txt"));
    tools.execute("Read", Map.of("file_path", ".env"));
    tools.execute("Read", Map.of("file_path", "../x"));
    tools.execute("Nope", Map.of());
    ToolStats s = tools.stats();
    assertThat(s.calls()).isEqualTo(4);
    assertThat(s.errors()).isEqualTo(3);
    assertThat(s.refusals()).isEqualTo(2);
    assertThat(s.bytesRead()).isEqualTo(6);
    assertThat(s.bytesReturned()).isGreaterThan(ok.text().getBytes(StandardCharsets.UTF_8).length);
  }
}
