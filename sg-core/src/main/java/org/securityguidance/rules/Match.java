package org.securityguidance.rules;

/**
 * Where a rule matched: 1-based line and column of the match start, and the character offset/length in the scanned
 * text. Path-condition rules that match without content report line 1, column 1, length 0.
 */
public record Match(Rule rule, int line, int column, int offset, int length) {}
