package org.securityguidance.agent.review;

import java.util.function.Consumer;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.agent.loop.LoopResult;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopTask;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.agent.loop.ToolLoop;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.verify.FindingParser;

/** Stage 1 on the Messages API: our {@link ToolLoop} with the repository tools and the agentic findings schema. */
public final class ApiInvestigator implements Investigator {
  private final MessagesClient client;
  private final String model;
  private final ToolBox tools;
  private final LoopBudget budget;
  private final Deadline deadline;
  private final Consumer<String> log;
  private volatile LoopStats lastStats;

  public ApiInvestigator(MessagesClient client, String model, ToolBox tools, LoopBudget budget, Deadline deadline,
      Consumer<String> log) {
    this.client = client;
    this.model = model;
    this.tools = tools;
    this.budget = budget;
    this.deadline = deadline;
    this.log = log;
  }

  @Override
  public Investigation investigate(InvestigationPrompt prompt) throws ReviewUnavailable {
    LoopTask task = new LoopTask(model, prompt.system(), prompt.firstUserContent(),
        AgentResources.schema("agentic-findings.json"), AgentResources.prompt("report.txt"),
        ApiInvestigator::isFindingsAnswer);
    ToolLoop loop = new ToolLoop(client, tools, budget, deadline, log);
    try {
      LoopResult result = loop.run(task);
      return new Investigation(result.answer(), result.stats(), model);
    } finally {
      lastStats = loop.lastStats();
    }
  }

  @Override
  public LoopStats lastStats() {
    return lastStats;
  }

  /** True when {@code text} already is a parseable findings answer (then no separate report request is needed). */
  static boolean isFindingsAnswer(String text) {
    try {
      FindingParser.parse(text);
      return true;
    } catch (ReviewUnavailable e) {
      return false;
    }
  }
}
