package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reminder bodies are short (two or three lines), carry no header or silencing hint (the hook adds those), and rules
 * that share a risk share one text.
 */
class RemindersTest {

  @Test
  void everyReminderIsAShortBody() {
    for (Rule r : RuleSet.builtin().rules()) {
      String text = r.reminder();
      long lines = text.lines().filter(l -> !l.isBlank()).count();
      assertThat(lines).as(r.name()).isBetween(1L, 3L);
      assertThat(text).as(r.name()).doesNotContain("Security Warning").doesNotContain("sg-allow")
          .doesNotContain("⚠");
    }
  }

  @Test
  void deserializationAndYamlRulesShareTheirReminders() {
    Map<String, String> byName = RuleSet.builtin().rules().stream()
        .collect(Collectors.toMap(Rule::name, Rule::reminder));
    for (String name : new String[] {"marshal_loads", "shelve_open", "pickle_variants_load", "pickle_wrapper_load",
        "java_deserialization", "ruby_marshal_load", "php_unserialize"}) {
      assertThat(byName.get(name)).as(name).isEqualTo(byName.get("pickle_deserialization"));
    }
    assertThat(byName.get("yaml_unsafe_load_variants")).isEqualTo(byName.get("unsafe_yaml_load"));
    assertThat(byName.get("innerHTML_xss")).isEqualTo(byName.get("outerHTML_xss"));
  }
}
