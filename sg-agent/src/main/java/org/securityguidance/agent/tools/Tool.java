package org.securityguidance.agent.tools;

import java.util.Map;

/**
 * One tool the reviewer model may call (Read, Grep, Glob). A tool never resolves paths itself: it asks the repo
 * sandbox, so confinement lives in one place. Results are bounded text; a refused or failed call is an error result
 * the model sees, never an exception that ends the review.
 */
public interface Tool {
  /** The tool name the model uses, e.g. {@code Read}. */
  String name();

  /** The Messages API tool definition: name, description and JSON input schema. */
  Map<String, Object> definition();

  /** Runs the call on the model's JSON input. */
  ToolResult execute(Map<String, Object> input);
}
