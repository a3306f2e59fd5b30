package org.securityguidance.rules;

import java.util.List;
import org.securityguidance.finding.Severity;

/**
 * The built-in rules as code, generated from {@code builtin-rules.json} by the test-scope
 * {@code BuiltinRulesSource}; do not edit: {@code BuiltinRulesSourceTest} fails when this file is
 * stale and rewrites it with {@code -Dsg.golden.update=true} (ADR 0008).
 */
final class BuiltinRules {
  private BuiltinRules() {}

  /** The catalog's rules in id order, as a STRUCTURE load of the catalog builds them. */
  static List<Rule> create(Reminders reminders) {
    return List.of(
        r1(reminders),
        r2(reminders),
        r3(reminders),
        r4(reminders),
        r5(reminders),
        r6(reminders),
        r7(reminders),
        r8(reminders),
        r9(reminders),
        r10(reminders),
        r11(reminders),
        r12(reminders),
        r13(reminders),
        r14(reminders),
        r15(reminders),
        r16(reminders),
        r17(reminders),
        r18(reminders),
        r19(reminders),
        r20(reminders),
        r21(reminders),
        r22(reminders),
        r23(reminders),
        r24(reminders),
        r25(reminders),
        r26(reminders),
        r27(reminders),
        r28(reminders),
        r29(reminders),
        r30(reminders),
        r31(reminders),
        r32(reminders),
        r33(reminders),
        r34(reminders),
        r35(reminders),
        r36(reminders),
        r37(reminders),
        r38(reminders),
        r39(reminders),
        r40(reminders));
  }

  private static Rule r1(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(1, "github_actions_workflow", "Untrusted GitHub event data expanded inside a workflow script", Severity.HIGH, "CWE-78", "workflow-injection.md"),
        new PathGate(List.of(".yml", ".yaml"), List.of(), ".github/workflows/",
            "yaml under .github/workflows/"),
        List.of("${{"),
        List.of(
            new PatternSpec(
                re("\\$\\{\\{[^}\\n]{0,200}?\\bgithub\\s{0,5}\\.\\s{0,5}(?:head_ref|event\\s{0,5}\\.\\s{0,5}(?:issue\\.(?:title|body)|pull_request\\.(?:title|body|head\\.(?:ref|label|repo\\.default_branch))|comment\\.body|review\\.body|review_comment\\.body|discussion\\.(?:title|body)|pages(?:\\[[^\\]\\n]{0,20}\\]|\\.\\*)?\\.page_name|commits(?:\\[[^\\]\\n]{0,20}\\]|\\.\\*)?\\.(?:message|author\\.(?:email|name))|head_commit\\.(?:message|author\\.(?:email|name))|workflow_run\\.(?:head_branch|display_title|head_commit\\.message)|client_payload))\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.WORKFLOW_SCRIPT, reminders, List.of());
  }

  private static Rule r2(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(2, "child_process_exec", "Shell command built from data passed to child_process exec", Severity.HIGH, "CWE-78", "node-child-process.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("exec"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$#])(?:child_process|childProcess|cp)\\s{0,20}+\\.\\s{0,20}+exec(?:Sync)?\\s{0,20}+\\((?![^()\\n]{0,200}+\\)\\s{0,20}+\\{)"), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+)?[,)]"), null, null, null, null, null, null, null),
            new PatternSpec(
                re("\\brequire\\s{0,20}+\\(\\s{0,20}+['\\x22](?:node:)?child_process['\\x22]\\s{0,20}+\\)\\s{0,20}+\\.\\s{0,20}+exec(?:Sync)?\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+)?[,)]"), null, null, null, null, null, null, null),
            new PatternSpec(
                re("(?<!\\bfunction\\s{1,5})(?<![\\p{L}\\p{N}_$.#])exec(?:Sync)?\\s{0,20}+\\((?![^()\\n]{0,200}+\\)\\s{0,20}+\\{)"), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+)?[,)]"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r3(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(3, "new_function_injection", "Code compiled from strings with new Function", Severity.HIGH, "CWE-95", "js-new-function.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("function"),
        List.of(
            new PatternSpec(
                re("\\bnew\\s{1,20}+Function\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+(?:[,+]\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+){0,20}+)?,?\\s{0,50}+\\)"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r4(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(4, "eval_injection", "Dynamic code execution with eval", Severity.HIGH, "CWE-95", "eval.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst", ".json", ".yaml", ".yml", ".toml", ".php", ".phtml"), null,
            "all files except prose, data, php"),
        List.of("eval"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$.#])eval\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+(?:[,+]\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+){0,20}+)?,?\\s{0,50}+\\)"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r5(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(5, "react_dangerously_set_html", "Unsanitised HTML passed to dangerouslySetInnerHTML", Severity.HIGH, "CWE-79", "react-dangerously-set-html.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte"), List.of(), null,
            "js"),
        List.of("dangerouslysetinnerhtml"),
        List.of(
            new PatternSpec(
                re("\\bdangerouslySetInnerHTML\\s{0,20}+[=:]\\s{0,20}+(?!\\{?\\s{0,20}+\\{\\s{0,20}+__html\\s{0,20}+:\\s{0,20}+(?:(?:DOMPurify|dompurify|purify)\\s{0,20}+\\.\\s{0,20}+sanitize\\s{0,20}+\\(|sanitize\\w{0,40}+\\s{0,20}+\\(|(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,20}+\\}))"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r6(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(6, "document_write_xss", "Dynamic HTML written with document.write", Severity.MEDIUM, "CWE-79", "document-write.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("document"),
        List.of(
            new PatternSpec(
                re("\\bdocument\\s{0,20}+\\.\\s{0,20}+write(?:ln)?\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+(?:[,+]\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+){0,20}+)?,?\\s{0,50}+\\)"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r7(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(7, "innerHTML_xss", "Dynamic HTML assigned to innerHTML", Severity.HIGH, "CWE-79", "dom-html-sink.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("innerhtml"),
        List.of(
            new PatternSpec(
                re("\\.\\s{0,20}+innerHTML\\s{0,20}+\\+?=(?!=)(?!\\s{0,20}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,20}+(?:;|\\n|$|\\)|,|\\}))"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r8(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(8, "pickle_deserialization", "Untrusted data deserialized with pickle", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(".py", ".pyi", ".pyw", ".ipynb"), List.of(), null,
            "python"),
        List.of("pickle", "pkl_load"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_])pickle\\s{0,20}+\\.\\s{0,20}+(?:loads?|Unpickler)\\b"), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$#])pkl_load\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r9(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(9, "os_system_injection", "Shell command run with os.system / os.popen", Severity.HIGH, "CWE-78", "python-os-system.md"),
        new PathGate(List.of(".py", ".pyi", ".pyw", ".ipynb"), List.of(), null,
            "python"),
        List.of("system", "popen"),
        List.of(
            new PatternSpec(
                re("\\bos\\s{0,20}+\\.\\s{0,20}+(?:system|popen)\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+)?[,)]"), null, null, null, null, null, null, null),
            new PatternSpec(
                re("\\bfrom\\s{1,20}+os\\s{1,20}+import\\s{1,20}+(?:[\\w, ]{0,200}\\b)?system\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r10(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(10, "python_subprocess_shell", "subprocess call with shell=True on a built command", Severity.HIGH, "CWE-78", "python-shell-true.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("shell", "getoutput", "getstatusoutput"),
        List.of(
            new PatternSpec(
                re("(?:\\bsubprocess\\s{0,20}+\\.\\s{0,20}+|(?<![\\p{L}\\p{N}_$.#]))(?:run|call|Popen|check_output|check_call)\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+,"),
                re("\\bshell\\s{0,20}+=\\s{0,20}+True\\b"), null, null, null, null, null, null),
            new PatternSpec(
                re("\\b(?:subprocess\\s{0,20}+\\.\\s{0,20}+(?:getoutput|getstatusoutput)|asyncio\\s{0,20}+\\.\\s{0,20}+create_subprocess_shell)\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+)?[,)]"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r11(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(11, "go_exec_shell_injection", "Go exec.Command running a shell with a built script", Severity.HIGH, "CWE-78", "go-exec-shell.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("exec.command", "command("),
        List.of(
            new PatternSpec(
                re("\\bexec\\s{0,5}+\\.\\s{0,5}+Command(?:Context)?\\s{0,20}+\\("), null, null, null,
                re("\"(?:/usr/bin/env\\s{1,5})?(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\"\\s{0,20}+,\\s{0,20}+\"-[a-z]{0,3}c\"|\"(?:cmd|cmd\\.exe|powershell|pwsh)\"\\s{0,20}+,\\s{0,20}+\"[/-](?:c|C|k|K|Command|command)\""),
                re("\"[/-](?:[a-z]{0,3}c|C|k|K|Command|command)\"\\s{0,20}+,\\s{0,20}+\"[^\"\\n]{0,500}+\"\\s{0,20}+[)}]"), null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r12(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(12, "unsafe_yaml_load", "YAML loaded with a loader that builds arbitrary objects", Severity.HIGH, "CWE-502", "unsafe-yaml.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("yaml"),
        List.of(
            new PatternSpec(
                re("\\byaml\\s{0,5}+\\.\\s{0,5}+load(?:_all)?\\s{0,20}+\\("), null, null, null, null,
                re("(?<![\\p{L}\\p{N}_$#])C?(?:Safe|Base)Loader\\b"), null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r13(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(13, "node_createcipher_no_iv", "Deprecated crypto.createCipher without an IV", Severity.MEDIUM, "CWE-327", "node-createcipher.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("createcipher", "createdecipher"),
        List.of(
            new PatternSpec(
                re("(?:\\bcrypto\\s{0,5}+\\.\\s{0,5}+|(?<![\\p{L}\\p{N}_$.#]))create(?:Cipher|Decipher)\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r14(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(14, "aes_ecb_mode", "AES in ECB mode", Severity.MEDIUM, "CWE-327", "ecb-mode.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("ecb", "aes"),
        List.of(
            new PatternSpec(
                re("\\bAES\\s{0,5}+\\.\\s{0,5}+MODE_ECB\\b|\\bmodes\\s{0,5}+\\.\\s{0,5}+ECB\\s{0,20}+\\(|['\\x22](?i:aes)-?\\d{3}-(?i:ecb)['\\x22]|['\\x22]AES/ECB/|\\bCipher\\s{0,5}+\\.\\s{0,5}+getInstance\\s{0,20}+\\(\\s{0,20}+\\x22AES\\x22\\s{0,20}+\\)"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r15(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(15, "tls_verification_disabled", "TLS certificate or hostname verification turned off", Severity.HIGH, "CWE-295", "tls-verification.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("verify", "rejectunauthorized", "insecureskipverify", "node_tls_reject_unauthorized", "unverified", "check_hostname", "cert_none", "hostname_verifier", "hostnameverifier"),
        List.of(
            new PatternSpec(
                re("\\bverify\\s{0,20}+=\\s{0,20}+False\\b|(?<![.\\w$])rejectUnauthorized\\s{0,20}+:\\s{0,20}+false\\b|\\.\\s{0,5}+rejectUnauthorized\\s{0,20}+=(?!=)\\s{0,20}+false\\b|(?<![.\\w])InsecureSkipVerify\\s{0,20}+:\\s{0,20}+true\\b|\\.\\s{0,5}+InsecureSkipVerify\\s{0,20}+=(?!=)\\s{0,20}+true\\b|\\bNODE_TLS_REJECT_UNAUTHORIZED\\s{0,20}+[:=]\\s{0,20}+['\\x22]?0\\b|\\bssl\\s{0,5}+\\.\\s{0,5}+_create_unverified_context\\b|\\bcheck_hostname\\s{0,20}+=\\s{0,20}+False\\b|\\b(?:verify_mode|cert_reqs)\\s{0,20}+=\\s{0,20}+(?:ssl\\s{0,5}+\\.\\s{0,5}+)?CERT_NONE\\b|\\bnew\\s{1,10}+NoopHostnameVerifier\\s{0,5}+\\(|\\bNoopHostnameVerifier\\s{0,5}+\\.\\s{0,5}+INSTANCE\\b|\\bALLOW_ALL_HOSTNAME_VERIFIER\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r16(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(16, "marshal_loads", "Untrusted data loaded with marshal", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("marshal"),
        List.of(
            new PatternSpec(
                re("\\bmarshal\\s{0,5}+\\.\\s{0,5}+loads?\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r17(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(17, "shelve_open", "shelve database opened (pickle underneath)", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("shelve"),
        List.of(
            new PatternSpec(
                re("\\bshelve\\s{0,5}+\\.\\s{0,5}+open\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r18(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(18, "xml_unsafe_parse", "XML parsed with a stdlib parser that trusts entities", Severity.MEDIUM, "CWE-611", "python-xml.md"),
        new PathGate(List.of(".py", ".pyi", ".pyw", ".ipynb"), List.of(), null,
            "python"),
        List.of("etree", "elementtree", "et.", "minidom", "xml.sax", "pulldom"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_])(?<!defusedxml\\.)(?:xml\\s{0,5}+\\.\\s{0,5}+etree\\s{0,5}+\\.\\s{0,5}+c?ElementTree|c?ElementTree|ET)\\s{0,5}+\\.\\s{0,5}+(?:parse|fromstring|fromstringlist|XML|iterparse)\\s{0,20}+\\(|\\b(?:minidom|pulldom)\\s{0,5}+\\.\\s{0,5}+(?:parse|parseString)\\s{0,20}+\\(|\\bxml\\s{0,5}+\\.\\s{0,5}+sax\\s{0,5}+\\.\\s{0,5}+(?:parse|parseString|make_parser)\\b"), null, null, null, null, null, null,
                re("\\b(?:from|import)\\s{1,20}+defusedxml\\b"), null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r19(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(19, "pickle_variants_load", "Untrusted data loaded with a pickle variant", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("cpickle", "cloudpickle", "dill", "_pickle"),
        List.of(
            new PatternSpec(
                re("\\b(?:cPickle|cloudpickle|dill|_pickle)\\s{0,5}+\\.\\s{0,5}+(?:loads?|Unpickler)\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r20(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(20, "outerHTML_xss", "Dynamic HTML assigned to outerHTML", Severity.HIGH, "CWE-79", "dom-html-sink.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("outerhtml"),
        List.of(
            new PatternSpec(
                re("\\.\\s{0,20}+outerHTML\\s{0,20}+\\+?=(?!=)(?!\\s{0,20}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,20}+(?:;|\\n|$|\\)|,|\\}))"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r21(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(21, "insertAdjacentHTML_xss", "Dynamic HTML inserted with insertAdjacentHTML", Severity.HIGH, "CWE-79", "dom-html-sink.md"),
        new PathGate(List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".html", ".htm"), List.of(), null,
            "js, html"),
        List.of("insertadjacenthtml"),
        List.of(
            new PatternSpec(
                re("\\.\\s{0,5}+insertAdjacentHTML\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+(?:[,+]\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+){0,20}+)?,?\\s{0,50}+\\)"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r22(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(22, "script_src_without_sri", "External script loaded without Subresource Integrity", Severity.LOW, "CWE-353", "script-sri.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("<script"),
        List.of(
            new PatternSpec(
                re("(?i:<script)(?=[\\s/>])[^<>]{0,1000}+>"),
                re("(?i:\\bsrc\\s{0,10}+=\\s{0,10}+['\\x22]?(?:https?:)?//)"),
                re("(?i:\\bintegrity\\s{0,10}+=)"), null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r23(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(23, "torch_unsafe_load", "torch.load without weights_only=True", Severity.HIGH, "CWE-502", "torch-load.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("torch"),
        List.of(
            new PatternSpec(
                re("(?:\\btorch\\s{0,5}+\\.\\s{0,5}+load|\\.\\s{0,5}+torch_load)\\s{0,20}+\\("), null, null, null, null,
                re("\\bweights_only\\s{0,20}+=\\s{0,20}+True\\b"), null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r24(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(24, "yaml_unsafe_load_variants", "yaml.unsafe_load", Severity.HIGH, "CWE-502", "unsafe-yaml.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("unsafe_load"),
        List.of(
            new PatternSpec(
                re("(?:\\byaml\\s{0,5}+\\.\\s{0,5}+unsafe_load(?:_all)?|\\.\\s{0,5}+yaml_unsafe_load)\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r25(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(25, "pickle_wrapper_load", "Pickle-backed loader (joblib, pandas, numpy allow_pickle)", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(), List.of(".md", ".mdx", ".txt", ".rst"), null,
            "all files except prose"),
        List.of("joblib", "read_pickle", "cloudpickle_load", "allow_pickle"),
        List.of(
            new PatternSpec(
                re("\\bjoblib\\s{0,5}+\\.\\s{0,5}+load\\s{0,20}+\\(|\\b(?:pd|pandas)\\s{0,5}+\\.\\s{0,5}+read_pickle\\s{0,20}+\\(|\\.\\s{0,5}+cloudpickle_load\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("\\b(?:np|numpy)\\s{0,5}+\\.\\s{0,5}+load\\s{0,20}+\\("), null, null, null,
                re("\\ballow_pickle\\s{0,20}+=\\s{0,20}+True\\b"), null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r26(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(26, "sql_injection", "SQL built from strings reaching a query call", Severity.CRITICAL, "CWE-89", "sql-injection.md"),
        new PathGate(List.of(".py", ".pyi", ".pyw", ".ipynb", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".java", ".kt", ".kts", ".scala", ".groovy", ".go", ".php", ".phtml", ".rb", ".rake", ".gemspec", ".cs"), List.of(), null,
            "python, js, jvm, go, php, ruby, csharp"),
        List.of("select", "insert", "update", "delete", "where"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$#])(?=[eEpPqQaArRcCfFmMwWoOhHsSuUt$])(?:execute|executemany|executescript|executeQuery|executeUpdate|executeLargeUpdate|addBatch|prepareStatement|prepareCall|prepare|query|Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|exec|raw|rawQuery|execSQL|createQuery|createNativeQuery|createSQLQuery|find_by_sql|mysql_query|mysqli_query|pg_query|whereRaw|orderByRaw|havingRaw|selectRaw|\\$queryRawUnsafe|\\$executeRawUnsafe|unsafe|select_all|select_rows|select_value|select_one|read_sql|read_sql_query|text)\\s{0,20}+\\("), null, null, null,
                re("(?=[\\x22'`])(?:(?>\"[^\"\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\()[^\"\\n]{0,300}+\"|'[^'\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\()[^'\\n]{0,300}+')(?:\\s{0,20}+(?:\\+|\\|\\||\\.(?=\\s{0,20}+\\$))\\s{0,20}+(?![A-Z][A-Z0-9_]{1,60}+\\b(?!\\s{0,5}+\\())|\\s{0,20}+%\\s{0,20}+[\\p{L}_(\\[{]|\\s{0,5}+\\.\\s{0,5}+format(?:ted)?\\s{0,5}+\\()|\"(?=[^\"\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?:(?<=(?:(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))|\\$@?|@\\$)\")(?=[^\"\\n]{0,600}?\\{(?!\\{))|(?=[^\"\\n]{0,600}?(?:#\\{|\\$\\{|\\{\\$|\\$[A-Za-z_]))|(?<=\\b(?:Sprintf|sprintf|format|Format)\\s{0,5}\\(\\s{0,20}\")(?=[^\"\\n]{0,600}?%[-+ #0-9.]{0,10}[svq]))|(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))'(?=[^'\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^'\\n]{0,600}?\\{(?!\\{))|(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))\"\"\"(?=[^\"]{0,2000}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^\"]{0,2000}?\\{(?!\\{))|(?<![\\p{L}\\p{N}_$.\\])])`(?=[^`]{0,1000}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^`]{0,2000}?\\$\\{))"), null, null, null, null, null, Prefilter.SQL_KEYWORD),
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$])(?<v>\\$?[A-Za-z_][A-Za-z0-9_]{0,40}+)\\s{0,10}+(?::\\s{0,10}+[A-Za-z_][\\w\\[\\]., ]{0,40}?\\s{0,10})?[+.:]?=(?!=)\\s{0,10}+(?:[\\p{L}\\p{N}_$]{1,60}+\\s{0,5}+[+(.]\\s{0,5}+){0,3}(?:(?=[\\x22'`])(?:(?>\"[^\"\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\()[^\"\\n]{0,300}+\"|'[^'\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\()[^'\\n]{0,300}+')(?:\\s{0,20}+(?:\\+|\\|\\||\\.(?=\\s{0,20}+\\$))\\s{0,20}+(?![A-Z][A-Z0-9_]{1,60}+\\b(?!\\s{0,5}+\\())|\\s{0,20}+%\\s{0,20}+[\\p{L}_(\\[{]|\\s{0,5}+\\.\\s{0,5}+format(?:ted)?\\s{0,5}+\\()|\"(?=[^\"\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?:(?<=(?:(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))|\\$@?|@\\$)\")(?=[^\"\\n]{0,600}?\\{(?!\\{))|(?=[^\"\\n]{0,600}?(?:#\\{|\\$\\{|\\{\\$|\\$[A-Za-z_]))|(?<=\\b(?:Sprintf|sprintf|format|Format)\\s{0,5}\\(\\s{0,20}\")(?=[^\"\\n]{0,600}?%[-+ #0-9.]{0,10}[svq]))|(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))'(?=[^'\\n]{0,300}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^'\\n]{0,600}?\\{(?!\\{))|(?<=(?<![\\p{L}\\p{N}_$])(?:[fF][rR]?|[rR][fF]))\"\"\"(?=[^\"]{0,2000}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^\"]{0,2000}?\\{(?!\\{))|(?<![\\p{L}\\p{N}_$.\\])])`(?=[^`]{0,1000}?(?=[sSiIuUdDwWoOvV])(?i:\\bselect\\b[^\\n\\x22`]{0,200}?\\bfrom\\b|\\binsert\\s{1,10}into\\b|\\bupdate\\s{1,10}[\\w.\\x22`\\[\\]]{1,64}\\s{1,10}set\\b|\\bdelete\\s{1,10}from\\b|\\bwhere\\b|\\border\\s{1,10}by\\b|\\bvalues\\s{0,10}\\())(?=[^`]{0,2000}?\\$\\{)))"), null, null, null, null, null, null, null,
                re("(?<![\\p{L}\\p{N}_$#])(?=[eEpPqQaArRcCfFmMwWoOhHsSuUt$])(?:execute|executemany|executescript|executeQuery|executeUpdate|executeLargeUpdate|addBatch|prepareStatement|prepareCall|prepare|query|Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|exec|raw|rawQuery|execSQL|createQuery|createNativeQuery|createSQLQuery|find_by_sql|mysql_query|mysqli_query|pg_query|whereRaw|orderByRaw|havingRaw|selectRaw|\\$queryRawUnsafe|\\$executeRawUnsafe|unsafe|select_all|select_rows|select_value|select_one|read_sql|read_sql_query|text)\\s{0,20}+\\(\\s{0,20}+(?:\\$?[A-Za-z_][A-Za-z0-9_]{0,40}+\\s{0,20}+,\\s{0,20}+)?(\\$?[A-Za-z_][A-Za-z0-9_]{0,40}+)\\s{0,20}+[,)]"), null, Prefilter.SQL_KEYWORD),
            new PatternSpec(
                re("\\.\\s{0,5}+(?:where|order|group|having|joins|pluck|select|from|find_by_sql)\\s{0,5}+\\(?\\s{0,5}+\\x22[^\\x22\\n]{0,300}?#\\{"), null, null, null, null, null, null, null, null, null, Prefilter.HASH_BRACE)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r27(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(27, "java_deserialization", "Java native deserialization of untrusted data", Severity.CRITICAL, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(".java", ".kt", ".kts", ".scala", ".groovy"), List.of(), null,
            "jvm"),
        List.of("objectinputstream", "xmldecoder", "serializationutils"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$.])ObjectInputStream\\s{0,20}+\\("), null, null, null, null, null, null,
                re("\\bsetObjectInputFilter\\s{0,5}+\\(|\\bjdk\\.serialFilter\\b"), null, null, null),
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$.])XMLDecoder\\s{0,20}+\\(|\\bSerializationUtils\\s{0,5}+\\.\\s{0,5}+deserialize\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r28(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(28, "java_runtime_exec", "Runtime.exec / ProcessBuilder through a shell or a built command string", Severity.HIGH, "CWE-78", "java-runtime-exec.md"),
        new PathGate(List.of(".java", ".kt", ".kts", ".scala", ".groovy"), List.of(), null,
            "jvm"),
        List.of("exec", "processbuilder", "command"),
        List.of(
            new PatternSpec(
                re("\\bgetRuntime\\s{0,5}+\\(\\s{0,5}+\\)\\s{0,5}+\\.\\s{0,5}+exec\\s{0,20}+\\("), null, null, null,
                re("\"(?:/usr/bin/env\\s{1,5})?(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\"\\s{0,20}+,\\s{0,20}+\"-[a-z]{0,3}c\"|\"(?:cmd|cmd\\.exe|powershell|pwsh)\"\\s{0,20}+,\\s{0,20}+\"[/-](?:c|C|k|K|Command|command)\"|\"(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\\s{1,5}-[a-z]{0,3}c\\s|\"cmd(?:\\.exe)?\\s{1,5}/[cCkK]\\s|\"\\s{0,20}+\\+\\s{0,20}+[\\p{L}_$(]|[\\p{L}\\p{N}_$)\\]]\\s{0,20}+\\+\\s{0,20}+\"|\\bString\\s{0,5}+\\.\\s{0,5}+format\\s{0,5}+\\("),
                re("\"[/-](?:[a-z]{0,3}c|C|k|K|Command|command)\"\\s{0,20}+,\\s{0,20}+\"[^\"\\n]{0,500}+\"\\s{0,20}+[)}]"), null, null, null, null, null),
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$#])[A-Za-z_][A-Za-z0-9_]{0,30}+\\s{0,5}+\\.\\s{0,5}+exec\\s{0,20}+\\("), null, null, null,
                re("\"(?:/usr/bin/env\\s{1,5})?(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\"\\s{0,20}+,\\s{0,20}+\"-[a-z]{0,3}c\"|\"(?:cmd|cmd\\.exe|powershell|pwsh)\"\\s{0,20}+,\\s{0,20}+\"[/-](?:c|C|k|K|Command|command)\"|\"(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\\s{1,5}-[a-z]{0,3}c\\s|\"cmd(?:\\.exe)?\\s{1,5}/[cCkK]\\s|\"\\s{0,20}+\\+\\s{0,20}+[\\p{L}_$(]|[\\p{L}\\p{N}_$)\\]]\\s{0,20}+\\+\\s{0,20}+\"|\\bString\\s{0,5}+\\.\\s{0,5}+format\\s{0,5}+\\("),
                re("\"[/-](?:[a-z]{0,3}c|C|k|K|Command|command)\"\\s{0,20}+,\\s{0,20}+\"[^\"\\n]{0,500}+\"\\s{0,20}+[)}]"),
                re("\\bRuntime\\s{0,5}+\\.\\s{0,5}+getRuntime\\b"), null, null, null, null),
            new PatternSpec(
                re("(?:\\bnew\\s{1,10}+ProcessBuilder|\\.\\s{0,5}+command|\\bList\\s{0,5}+\\.\\s{0,5}+of|\\bArrays\\s{0,5}+\\.\\s{0,5}+asList)\\s{0,20}+\\("), null, null, null,
                re("\"(?:/usr/bin/env\\s{1,5})?(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh\"\\s{0,20}+,\\s{0,20}+\"-[a-z]{0,3}c\"|\"(?:cmd|cmd\\.exe|powershell|pwsh)\"\\s{0,20}+,\\s{0,20}+\"[/-](?:c|C|k|K|Command|command)\""),
                re("\"[/-](?:[a-z]{0,3}c|C|k|K|Command|command)\"\\s{0,20}+,\\s{0,20}+\"[^\"\\n]{0,500}+\"\\s{0,20}+[)}]"),
                re("\\bProcessBuilder\\b"), null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r29(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(29, "java_xxe", "XML parser factory without XXE hardening", Severity.HIGH, "CWE-611", "java-xxe.md"),
        new PathGate(List.of(".java", ".kt", ".kts", ".scala", ".groovy"), List.of(), null,
            "jvm"),
        List.of("factory", "saxreader", "saxbuilder", "xmlreader"),
        List.of(
            new PatternSpec(
                re("\\b(?:DocumentBuilderFactory|SAXParserFactory|TransformerFactory|SAXTransformerFactory|SchemaFactory|XMLInputFactory)\\s{0,5}+\\.\\s{0,5}+new(?:Default)?(?:Instance|Factory)\\s{0,20}+\\(|\\bnew\\s{1,10}+(?:SAXReader|SAXBuilder)\\s{0,20}+\\(|\\bXMLReaderFactory\\s{0,5}+\\.\\s{0,5}+createXMLReader\\s{0,20}+\\("), null, null, null, null, null, null,
                re("\\bFEATURE_SECURE_PROCESSING\\b|disallow-doctype-decl|\\bACCESS_EXTERNAL_(?:DTD|SCHEMA|STYLESHEET)\\b|\\bSUPPORT_DTD\\b|\\bIS_SUPPORTING_EXTERNAL_ENTITIES\\b|external-general-entities|\\bsetExpandEntityReferences\\s{0,5}+\\(\\s{0,5}+false"), null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r30(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(30, "java_unsafe_yaml", "SnakeYAML Yaml without SafeConstructor", Severity.HIGH, "CWE-502", "unsafe-yaml.md"),
        new PathGate(List.of(".java", ".kt", ".kts", ".scala", ".groovy"), List.of(), null,
            "jvm"),
        List.of("yaml"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$.])Yaml\\s{0,20}+\\("), null, null, null, null,
                re("\\bSafeConstructor\\b"), null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r31(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(31, "jackson_default_typing", "Jackson polymorphic typing that trusts class names from input", Severity.HIGH, "CWE-502", "jackson-default-typing.md"),
        new PathGate(List.of(".java", ".kt", ".kts", ".scala", ".groovy"), List.of(), null,
            "jvm"),
        List.of("defaulttyping", "jsontypeinfo"),
        List.of(
            new PatternSpec(
                re("\\.\\s{0,5}+(?:enableDefaultTyping(?:AsProperty)?|setDefaultTyping)\\s{0,20}+\\("), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("\\.\\s{0,5}+activateDefaultTyping(?:AsProperty)?\\s{0,20}+\\("), null, null, null, null, null,
                re("\\bLaissezFaireSubTypeValidator\\b"), null, null, null, null),
            new PatternSpec(
                re("@JsonTypeInfo\\s{0,5}+\\("), null, null, null,
                re("\\buse\\s{0,5}+=\\s{0,5}+(?:JsonTypeInfo\\s{0,5}+\\.\\s{0,5}+)?Id\\s{0,5}+\\.\\s{0,5}+(?:MINIMAL_)?CLASS\\b"), null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r32(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(32, "go_template_html", "Data marked as trusted HTML/JS in Go html/template", Severity.HIGH, "CWE-79", "go-template-html.md"),
        new PathGate(List.of(".go"), List.of(), null,
            "go"),
        List.of("template."),
        List.of(
            new PatternSpec(
                re("\\btemplate\\s{0,5}+\\.\\s{0,5}+(?:HTML|JS|HTMLAttr|URL|CSS|JSStr|Srcset)\\s{0,20}+\\("), null, null,
                re("\\s{0,50}+(?:(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+(?:[,+]\\s{0,50}+(?:[rRbBuU]{0,2}'[^'\\n]{0,500}+'|[rRbBuU]{0,2}\"[^\"\\n]{0,500}+\"|`[^`$]{0,500}+`|-?\\d{1,20}+(?:\\.\\d{1,20}+)?|true|false|True|False|None|null|undefined)\\s{0,50}+){0,20}+)?,?\\s{0,50}+\\)"), null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r33(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(33, "ruby_eval_interpolation", "Ruby eval family on interpolated or request data", Severity.HIGH, "CWE-95", "ruby-eval.md"),
        new PathGate(List.of(".rb", ".rake", ".gemspec"), List.of(), null,
            "ruby"),
        List.of("eval"),
        List.of(
            new PatternSpec(
                re("(?:(?<![\\p{L}\\p{N}_$.:])eval|(?<![\\p{L}\\p{N}_$])(?:instance_eval|class_eval|module_eval))\\s{0,5}+\\(?\\s{0,5}+(?:\\x22[^\\x22\\n]{0,500}?#\\{|%[Qq]?[({\\[<|!][^\\n]{0,500}?#\\{)"), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$])(?:instance_eval|class_eval|module_eval)\\s{0,5}+\\(?\\s{0,5}+(?:params|request|cookies)\\b|(?<![\\p{L}\\p{N}_$.:])eval\\s{1,5}+(?:params|request|cookies)\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r34(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(34, "ruby_shell_interpolation", "Ruby shell command with interpolation", Severity.HIGH, "CWE-78", "ruby-shell.md"),
        new PathGate(List.of(".rb", ".rake", ".gemspec"), List.of(), null,
            "ruby"),
        List.of("#{"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$.:])(?:system|exec|spawn)\\s{0,5}+\\(?\\s{0,5}+\\x22[^\\x22\\n]{0,500}?#\\{"), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("\\b(?:IO\\s{0,5}+\\.\\s{0,5}+popen|Open3\\s{0,5}+\\.\\s{0,5}+(?:popen[23e]?|capture[23e]?|pipeline\\w{0,10}+))\\s{0,5}+\\(?\\s{0,5}+\\x22[^\\x22\\n]{0,500}?#\\{"), null, null, null, null, null, null, null, null, null, null),
            new PatternSpec(
                re("`[^`\\n]{0,500}?#\\{|%x[({\\[<|!][^\\n]{0,500}?#\\{"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r35(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(35, "ruby_marshal_load", "Ruby Marshal.load of untrusted data", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(".rb", ".rake", ".gemspec"), List.of(), null,
            "ruby"),
        List.of("marshal"),
        List.of(
            new PatternSpec(
                re("\\bMarshal\\s{0,5}+\\.\\s{0,5}+(?:load|restore)\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r36(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(36, "ruby_yaml_load", "Ruby YAML.load / unsafe_load", Severity.HIGH, "CWE-502", "unsafe-yaml.md"),
        new PathGate(List.of(".rb", ".rake", ".gemspec"), List.of(), null,
            "ruby"),
        List.of("yaml", "psych"),
        List.of(
            new PatternSpec(
                re("\\b(?:YAML|Psych)\\s{0,5}+\\.\\s{0,5}+(?:load|unsafe_load|unsafe_load_file|load_stream)\\b"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r37(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(37, "php_code_injection", "PHP eval/assert/create_function on variable data", Severity.CRITICAL, "CWE-95", "php-eval.md"),
        new PathGate(List.of(".php", ".phtml"), List.of(), null,
            "php"),
        List.of("eval", "assert", "create_function"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$>:\\\\])(?:eval|assert|create_function)\\s{0,5}+\\(\\s{0,5}+(?:\\$|\"[^\"\\n]{0,300}?\\$[A-Za-z_{]|(?:\"[^\"\\n]{0,300}+\"|'[^'\\n]{0,300}+')\\s{0,5}+\\.\\s{0,5}+\\$)"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r38(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(38, "php_shell_injection", "PHP shell call on variable data", Severity.CRITICAL, "CWE-78", "php-shell.md"),
        new PathGate(List.of(".php", ".phtml"), List.of(), null,
            "php"),
        List.of("system", "exec", "passthru", "popen", "proc_open", "`"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$>:\\\\])(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\\s{0,5}+\\(\\s{0,5}+(?:\\$|\"[^\"\\n]{0,300}?\\$[A-Za-z_{]|(?:\"[^\"\\n]{0,300}+\"|'[^'\\n]{0,300}+')\\s{0,5}+\\.\\s{0,5}+\\$)"), null, null, null, null,
                re("\\bescapeshell(?:arg|cmd)\\s{0,5}+\\("), null, null, null, null, null),
            new PatternSpec(
                re("`[^`\\n]{0,300}?\\$[A-Za-z_{]"), null, null, null, null, null, null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r39(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(39, "php_unserialize", "PHP unserialize of request data", Severity.HIGH, "CWE-502", "unsafe-deserialization.md"),
        new PathGate(List.of(".php", ".phtml"), List.of(), null,
            "php"),
        List.of("unserialize"),
        List.of(
            new PatternSpec(
                re("(?<![\\p{L}\\p{N}_$>:\\\\])unserialize\\s{0,5}+\\("), null, null, null,
                re("\\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES)\\b|php://input|\\$request\\b|->\\s{0,5}+(?:input|query|post|cookie|getContent)\\s{0,5}+\\("),
                re("allowed_classes['\\x22]?\\s{0,5}+=>\\s{0,5}+(?:false|\\[)"), null, null, null, null, null)),
        null, null,
        CatalogRule.Comments.MASK, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static Rule r40(Reminders reminders) {
    return new CatalogRule(
        new CatalogRule.Meta(40, "hardcoded_secret", "Credential committed in source", Severity.HIGH, "CWE-798", "hardcoded-secret.md"),
        new PathGate(List.of(), List.of(), null,
            "all files"),
        List.of("pass", "pw", "secret", "token", "key", "auth", "cred", "://", "earer", "-----begin ", "sk-", "akia", "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "_live_", "aiza", "sg.", "npm_", "pypi-", "hf_", "gsk_", "r8_", "_v1_", "shp"),
        List.of(),
        "hardcoded_secret", DetectorRegistry.create("hardcoded_secret").orElse(null),
        CatalogRule.Comments.KEEP, CatalogRule.Context.ANY, reminders, List.of());
  }

  private static LazyRegex re(String source) {
    return new LazyRegex(source);
  }
}
