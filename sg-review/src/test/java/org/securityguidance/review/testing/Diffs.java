package org.securityguidance.review.testing;

import java.util.List;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.scope.FileDiff;

/** Fixed review inputs shared by the prompt, verifier and reviewer tests. */
public final class Diffs {
  /** Spec §12's VULN change: a shell command built from user input, added to an existing file. */
  public static final FileDiff APP_PY = new FileDiff("app.py", String.join("\n",
      "@@ -1,3 +1,7 @@",
      " import subprocess",
      "+from flask import request",
      " ",
      " def handler():",
      "+    user = request.args['user']",
      "+    subprocess.call('ls ' + user, shell=True)",
      "+    return 'ok'",
      ""), false, 0);

  /** A new file: all '+' lines under one hunk header. */
  public static final FileDiff UTIL_JS = new FileDiff("web/util.js", String.join("\n",
      "@@ -0,0 +1,4 @@",
      "+export function show(el, html) {",
      "+  // sanitized upstream, safe",
      "+  el.innerHTML = html;",
      "+}",
      ""), true, 0);

  public static final List<FileDiff> BOTH = List.of(APP_PY, UTIL_JS);

  private Diffs() {}

  /** A finding in the shape the session state keeps for "already reported" entries. */
  public static Finding previous(String path, String category, String code) {
    return new Finding(path, category, Severity.MEDIUM, code, "", "", 0);
  }
}
