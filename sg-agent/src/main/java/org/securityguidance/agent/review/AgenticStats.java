package org.securityguidance.agent.review;

import org.securityguidance.agent.loop.LoopStats;

/**
 * What the agentic stages did (telemetry): candidates past the severity gate, dropped as unanchored by verification,
 * refuted with evidence by the self-check, refutations ignored for lack of evidence, findings kept, the self-check's
 * status code (0 not needed, 1 ran, 2 failed and kept all, 3 skipped), the investigation loop's stats, and the time.
 */
public record AgenticStats(
    int candidates, int unanchored, int refuted, int refuteUnbacked, int survived, int selfCheck, LoopStats loop,
    long reviewMillis) {}
