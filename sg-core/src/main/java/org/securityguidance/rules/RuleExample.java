package org.securityguidance.rules;

/**
 * A catalog example: code at a path that the rule must ({@code expectMatch}) or must not flag; {@code note} says what
 * a must-match shows or which false positive a must-not-match prevents.
 */
public record RuleExample(String path, String code, boolean expectMatch, String note) {}
