package org.securityguidance.rules;

import java.util.List;
import java.util.regex.Matcher;

/**
 * One detection pattern of a catalog rule and the checks a hit must pass: inside the hit ({@code matchRequire},
 * {@code matchForbid}), inside the argument window of the call the hit opens ({@code argsSkip} anchored at the first
 * argument, {@code argsRequire}, {@code argsForbid}), anywhere in the file ({@code textRequire}, {@code textForbid}),
 * and data flow into a sink ({@code flowsTo}: a later call within {@link #FLOW_WINDOW} characters whose first
 * argument is the variable the hit captured as group {@code v}). Any check may be null.
 *
 * <p>{@code gate} (a cheap regex) and {@code prefilter} (a named Java scan, {@link Prefilter}) are conditions every
 * hit implies somewhere in the text; when one fails, {@code find} is not even run (ADR 0008: {@code sql_injection}'s
 * scans cost 20-40 ms cold on ordinary code). Unlike {@code textRequire} they are checked first.
 */
record PatternSpec(
    LazyRegex find,
    LazyRegex matchRequire,
    LazyRegex matchForbid,
    LazyRegex argsSkip,
    LazyRegex argsRequire,
    LazyRegex argsForbid,
    LazyRegex textRequire,
    LazyRegex textForbid,
    LazyRegex flowsTo,
    LazyRegex gate,
    Prefilter prefilter) {

  /** How far after an assignment the sink call may be (about 60 lines of code). */
  static final int FLOW_WINDOW = 3_000;

  /** Every regex of this pattern, for validation. */
  List<LazyRegex> regexes() {
    return java.util.stream.Stream.of(find, matchRequire, matchForbid, argsSkip, argsRequire, argsForbid,
        textRequire, textForbid, flowsTo, gate).filter(java.util.Objects::nonNull).toList();
  }

  /** Adds accepted hits as {@code {start, end}} pairs; stops after the first with {@code firstOnly}. */
  void scan(ScanText st, RegexGuard guard, boolean firstOnly, List<int[]> out) {
    if ((prefilter != null && !st.admits(prefilter, guard.plain())) || (gate != null && !guard.find(gate.pattern()))) {
      return;
    }
    Matcher m = guard.matcher(find.pattern());
    Boolean textOk = null;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (textOk == null) {
        textOk = textAllows(guard);
      }
      if (!textOk) {
        return;
      }
      if (accepts(st, guard, m)) {
        out.add(new int[] {m.start(), m.end()});
        if (firstOnly) {
          return;
        }
      }
    }
  }

  private boolean textAllows(RegexGuard guard) {
    return (textRequire == null || guard.find(textRequire.pattern()))
        && (textForbid == null || !guard.find(textForbid.pattern()));
  }

  private boolean accepts(ScanText st, RegexGuard guard, Matcher m) {
    int start = m.start();
    int end = m.end();
    if (matchRequire != null && !inRegion(guard, matchRequire, start, end)) {
      return false;
    }
    if (matchForbid != null && inRegion(guard, matchForbid, start, end)) {
      return false;
    }
    if ((argsSkip != null || argsRequire != null || argsForbid != null) && !argsAllow(st, guard, start, end)) {
      return false;
    }
    return flowsTo == null || flowsIntoSink(st, guard, m);
  }

  private boolean argsAllow(ScanText st, RegexGuard guard, int start, int end) {
    int open = openParen(st.code(), start, end);
    int from = open < 0 ? end : open + 1;
    int to = open < 0 ? end : st.callArgs().windowEnd(open, st.code());
    if (argsSkip != null && guard.matcher(argsSkip.pattern()).region(from, to).lookingAt()) {
      return false;
    }
    if (argsRequire != null && !hits(st, guard, argsRequire, false).anyWithin(from, to)) {
      return false;
    }
    return argsForbid == null || !hits(st, guard, argsForbid, false).anyWithin(from, to);
  }

  private boolean flowsIntoSink(ScanText st, RegexGuard guard, Matcher m) {
    String variable = m.group("v");
    if (variable == null) {
      return false;
    }
    int to = (int) Math.min((long) m.end() + FLOW_WINDOW, st.code().length());
    return hits(st, guard, flowsTo, true).anyWithGroup(m.end(), to, variable);
  }

  private static boolean inRegion(RegexGuard guard, LazyRegex regex, int start, int end) {
    return guard.matcher(regex.pattern()).region(start, end).useTransparentBounds(true).find();
  }

  private static HitIndex hits(ScanText st, RegexGuard guard, LazyRegex regex, boolean keepGroup) {
    HitIndex index = st.memoized(regex);
    if (index == null) {
      index = HitIndex.build(regex, guard, keepGroup);
      st.memoize(regex, index);
    }
    return index;
  }

  /** The call's {@code (}: the last one inside the hit, else the next one after at most 40 blanks. */
  static int openParen(String code, int start, int end) {
    int inside = code.lastIndexOf('(', end - 1);
    if (inside >= start) {
      return inside;
    }
    int limit = Math.min(code.length(), end + 40);
    for (int i = end; i < limit; i++) {
      char c = code.charAt(i);
      if (c == '(') {
        return i;
      }
      if (!Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }
}
