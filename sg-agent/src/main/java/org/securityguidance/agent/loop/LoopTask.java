package org.securityguidance.agent.loop;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One conversation to run: the model, the system prompt, the first user message's content blocks, the JSON schema of
 * the final answer, the instruction sent when the loop asks for the answer itself (the report request), and the test
 * that decides whether the text the model ended with already is a usable answer (then no report request is sent).
 */
public record LoopTask(
    String model,
    String system,
    List<Map<String, Object>> firstUserContent,
    Map<String, Object> answerSchema,
    String reportInstruction,
    Predicate<String> isAnswer) {

  public LoopTask {
    firstUserContent = List.copyOf(firstUserContent);
    if (firstUserContent.isEmpty()) {
      throw new IllegalArgumentException("the first user message needs content");
    }
  }
}
