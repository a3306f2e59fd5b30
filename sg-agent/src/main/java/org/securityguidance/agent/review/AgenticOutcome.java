package org.securityguidance.agent.review;

import org.securityguidance.review.single.ReviewResult;

/** A completed agentic review: the same result value the single-shot reviewer returns, plus the stage stats. */
public record AgenticOutcome(ReviewResult result, AgenticStats stats) {}
