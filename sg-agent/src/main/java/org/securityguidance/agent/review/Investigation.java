package org.securityguidance.agent.review;

import org.securityguidance.agent.loop.LoopStats;

/** What stage 1 produced: the answer text ({@code null} when the model gave none), the loop's stats, the model. */
public record Investigation(String answer, LoopStats stats, String model) {}
