package org.securityguidance.agent.tools;

/**
 * Counters of one review's tool use, for metrics.
 *
 * @param calls tool calls executed
 * @param errors calls that returned an error result (refusals included)
 * @param refusals calls refused by the sandbox (a path outside, a secret file, a binary, ...)
 * @param truncated results cut at a size, count or time limit
 * @param bytesReturned UTF-8 bytes of result text handed back to the model
 * @param bytesRead bytes read from disk
 */
public record ToolStats(long calls, long errors, long refusals, long truncated, long bytesReturned, long bytesRead) {}
