/**
 * User-defined pattern rules from {@code security-patterns.{yaml,yml,json}} (spec §4.7); entry point
 * {@link org.securityguidance.rules.user.UserRules#load}.
 *
 * <p>Design: loading is a pipeline of small total steps, each of which can only skip, never abort the others:
 * location → file ({@link org.securityguidance.rules.user.PatternFileReader}: size, UTF-8, JSON or the YAML subset)
 * → entry (EntryReader: fields, globs, regex) → {@link org.securityguidance.rules.user.UserRule}. User regexes run
 * on RE2/J (ADR 0002) behind a size cap and a per-scan time budget, so no user input can stall an edit. The
 * package depends only on {@code rules}, {@code finding}, {@code json} and {@code sys}.
 */
package org.securityguidance.rules.user;
