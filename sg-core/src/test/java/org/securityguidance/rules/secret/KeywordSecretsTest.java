package org.securityguidance.rules.secret;

import static org.securityguidance.rules.secret.SecretAssertions.assertNoHit;
import static org.securityguidance.rules.secret.SecretAssertions.assertSingleHit;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeywordSecretsTest {
  private static final FakeSecrets FAKE = new FakeSecrets(424242L);
  private static final String PW = FAKE.password(18);
  private static final String TOKEN = FAKE.chars(FakeSecrets.ALNUM, 40);
  private static final String HEX = FAKE.chars(FakeSecrets.HEX, 32);

  static Stream<Arguments> keywordSecrets() {
    String uuid = FAKE.chars(FakeSecrets.HEX, 8) + "-" + FAKE.chars(FakeSecrets.HEX, 4) + "-4"
        + FAKE.chars(FakeSecrets.HEX, 3) + "-a" + FAKE.chars(FakeSecrets.HEX, 3) + "-"
        + FAKE.chars(FakeSecrets.HEX, 12);
    return Stream.of(
        hit("python assignment", "src/db.py", "password = \"" + PW + "\"\n", PW),
        hit("python keyword argument", "src/db.py", "conn = connect(host=h, password='" + PW + "')\n", PW),
        hit("python annotated", "src/settings.py", "secret_key: str = \"" + TOKEN + "\"\n", TOKEN),
        hit("json object", "config/app.json", "{\n  \"client_secret\": \"" + TOKEN + "\"\n}\n", TOKEN),
        hit("escaped json in a notebook", "nb/run.ipynb", "\"source\": [\"{\\\"api_key\\\": \\\"" + TOKEN
            + "\\\"}\"]", TOKEN),
        hit("dotenv unquoted", ".env", "DEBUG=1\nDB_PASSWORD=" + PW + "\n", PW),
        hit("dotenv exported", "deploy/prod.env", "export API_TOKEN=" + TOKEN + "\n", TOKEN),
        hit("yaml nested unquoted", "deploy/values.yaml", "db:\n  user: app\n  password: " + PW + "\n", PW),
        hit("yaml quoted", "deploy/values.yml", "auth:\n  token: \"" + TOKEN + "\"\n", TOKEN),
        hit("compose environment list", "docker-compose.yml", "environment:\n  - POSTGRES_PASSWORD=" + PW + "\n", PW),
        hit("java properties", "src/main/resources/application.properties",
            "spring.datasource.password=" + PW + "\n", PW),
        hit("typescript const", "web/api.ts", "const apiKey = '" + HEX + "';\n", HEX),
        hit("java constant", "src/Client.java", "private static final String API_TOKEN = \"" + TOKEN + "\";\n", TOKEN),
        hit("java setter", "src/Client.java", "client.setApiKey(\"" + TOKEN + "\");\n", TOKEN),
        hit("go short assignment", "cmd/main.go", "token := \"" + TOKEN + "\"\n", TOKEN),
        hit("go struct field", "cmd/main.go", "cfg := Config{Password: \"" + PW + "\"}\n", PW),
        hit("php array", "config/db.php", "'password' => '" + PW + "',\n", PW),
        hit("ruby symbol hash", "config/app.rb", "{ :auth_token => \"" + TOKEN + "\" }\n", TOKEN),
        hit("authorization header", "src/http.py", "headers = {\"Authorization\": \"Bearer " + TOKEN + "\"}\n", TOKEN),
        hit("uuid as secret key", "src/settings.py", "SECRET_KEY = '" + uuid + "'\n", uuid),
        hit("netrc", "home/.netrc", "machine api.internal.net login bob password " + PW + "\n", PW),
        hit("terraform variable", "infra/main.tf", "  master_password = \"" + PW + "\"\n", PW),
        hit("credentials in a dict subscript", "src/cfg.py", "cfg['db_password'] = '" + PW + "'\n", PW));
  }

  private static Arguments hit(String label, String path, String content, String secret) {
    return Arguments.of(label, path, content, secret);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keywordSecrets")
  void keywordAnchoredSecretIsReported(String label, String path, String content, String secret) {
    assertSingleHit(label, path, content, secret, SecretKind.GENERIC_SECRET);
  }

  static Stream<Arguments> notSecrets() {
    return Stream.of(
        miss("environment lookup by subscript", "src/config.py", "api_key = os.environ['ANTHROPIC_API_KEY']"),
        miss("placeholder with comment", "src/config.py", "password = \"changeme\"  # placeholder, see README"),
        miss("getenv", "src/config.py", "api_key = os.getenv(\"API_KEY\")"),
        miss("process.env", "web/app.js", "const token = process.env.GITHUB_TOKEN;"),
        miss("System.getenv", "src/App.java", "String secret = System.getenv(\"APP_SECRET\");"),
        miss("template in yaml", "deploy/values.yaml", "password: ${DB_PASSWORD}"),
        miss("helm template", "chart/templates/secret.yaml", "  password: {{ .Values.db.password }}"),
        miss("angle placeholder", "src/config.py", "api_key = \"<your-api-key>\""),
        miss("your key here", "src/config.py", "API_KEY = \"YOUR_API_KEY_HERE\""),
        miss("masked x", "src/config.py", "token = \"xxxxxxxxxxxxxxxxxxxx\""),
        miss("masked stars", "src/config.py", "password = \"****************\""),
        miss("format string", "src/log.py", "token = \"%s\" % value"),
        miss("sample word", "src/config.py", "token = \"sample-token-value-1\""),
        miss("dummy", "src/config.py", "client_secret = \"dummy-client-secret-9\""),
        miss("leet password", "src/config.py", "password = \"P@ssw0rd!2024\""),
        miss("redacted", "src/config.py", "password = \"[REDACTED]\""),
        miss("all same char", "src/config.py", "secret = \"aaaaaaaaaaaaaaaa\""),
        miss("digit sequence", "src/config.py", "password = \"123456789\""),
        miss("letter sequence", "src/config.py", "password = \"abcdefghij\""),
        miss("password hash digest", "src/users.py", "password_hash = \"" + HEX + HEX + "\""),
        miss("token checksum", "src/users.py", "token_sha256 = \"" + HEX + HEX + "\""),
        miss("secret file path", "src/config.py", "password_file = \"/run/secrets/db_password\""),
        miss("private key path", "src/config.py", "private_key = \"keys/server.pem\""),
        miss("token url", "src/config.py", "token_url = \"https://auth.internal.net/oauth/token\""),
        miss("fetch credentials mode", "web/api.js", "fetch(url, { credentials: \"same-origin\" });"),
        miss("secret name", "deploy/values.yaml", "secretName: prod-db-credentials"),
        miss("tokenizer", "src/ml.py", "tokenizer = \"bert-base-uncased\""),
        miss("max tokens", "src/llm.py", "max_tokens = 1000"),
        miss("i18n label", "locales/de.json", "{\"password\": \"Passwort\"}"),
        miss("i18n message", "locales/en.json", "{\"token_expired\": \"Your session has expired\"}"),
        miss("f-string header", "src/http.py", "headers = {\"Authorization\": f\"Bearer {token}\"}"),
        miss("env var name as value", "src/config.py", "api_key_env = \"ANTHROPIC_API_KEY\"\napi_key = \"API_KEY\""),
        miss("identifier-like value", "src/config.py", "secret = \"my-super-secret-value\""),
        miss("github actions secrets inherit", ".github/workflows/ci.yml", "    secrets: inherit"),
        miss("empty dotenv value", ".env", "DB_PASSWORD=\n"),
        miss("unquoted value in code is an expression", "src/db.py", "password = load_password_from_vault()"),
        miss("comparison is not assignment", "src/db.py", "if token == expected_token_value:"),
        miss("dotenv template file", ".env.example", "API_KEY=" + TOKEN),
        miss("test source keyword values", "tests/test_login.py", "password = \"" + PW + "\""),
        miss("java test class", "src/test/java/LoginTest.java", "String password = \"" + PW + "\";"),
        miss("lockfile", "package-lock.json", "\"api_key\": \"" + TOKEN + "\""),
        miss("public key material", "src/config.py", "public_key = \"" + TOKEN + "\""),
        miss("csrf token", "src/views.py", "csrf_token = \"" + TOKEN + "\""),
        miss("getter argument", "src/vault.py", "db = get_secret(\"" + TOKEN + "\")"),
        miss("token key lookup name", "web/store.js", "const TOKEN_KEY = \"" + TOKEN + "\";"),
        miss("value with spaces", "src/ui.py", "password_prompt = \"Enter the password\"\npassword = \"correct horse "
            + "battery staple\""),
        miss("short password", "src/db.py", "password = \"x7Kq\""),
        miss("single-class word", "src/db.py", "password = \"postgresql\""),
        miss("camel case words", "src/db.py", "secret = \"ThisIsMyAppSecretValue\""),
        miss("vault reference", "deploy/app.yaml", "password: vault:secret/data/db#password"),
        miss("1password reference", ".env", "API_TOKEN=op://Private/api/credential"),
        miss("url without credentials in password field", "src/config.py", "auth_server = \"https://login.net/a\""));
  }

  private static Arguments miss(String label, String path, String content) {
    return Arguments.of(label, path, content);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notSecrets")
  void nonSecretIsNotReported(String label, String path, String content) {
    assertNoHit(label, path, content);
  }

  @Test
  void tuningCaseAnthropicKeyInPythonIsReported() {
    String key = FAKE.anthropic();
    String content = "ANTHROPIC_API_KEY = \"" + key + "\"";
    assertSingleHit("anthropic constant", "src/config.py", content, key, SecretKind.ANTHROPIC_API_KEY);
  }

  @Test
  void awsSecretKeyNeedsItsKeyword() {
    String secret = FAKE.awsSecretKey();
    assertSingleHit("ini credentials", "home/.aws/credentials", "[default]\naws_secret_access_key = " + secret + "\n",
        secret, SecretKind.AWS_SECRET_ACCESS_KEY);
    assertSingleHit("python constant", "src/aws.py", "AWS_SECRET_ACCESS_KEY = \"" + secret + "\"\n", secret,
        SecretKind.AWS_SECRET_ACCESS_KEY);
    assertNoHit("no keyword", "src/aws.py", "blob = \"" + secret + "\"\n");
    assertNoHit("documentation example", "src/aws.py",
        "aws_secret_access_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY\"\n");
  }

  @Test
  void jwtNeedsKeywordOrBearer() {
    String jwt = FAKE.jwt();
    assertSingleHit("token assignment", "src/auth.py", "id_token = \"" + jwt + "\"\n", jwt, SecretKind.JWT);
    assertSingleHit("curl bearer", "docs/api.md", "curl -H 'Authorization: Bearer " + jwt + "' https://api.net/v1\n",
        jwt, SecretKind.JWT);
    assertNoHit("unanchored", "src/auth.py", "fixture = \"" + jwt + "\"\n");
    String notJson = FakeSecrets.b64url("not json at all") + "." + FakeSecrets.b64url("{\"sub\":\"a1b2c3d4\"}");
    assertNoHit("header is not json", "src/auth.py", "token = \"eyJ" + notJson + "." + FAKE.chars(FakeSecrets.ALNUM, 43)
        + "\"\n");
    String sample = FakeSecrets.b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
        + FakeSecrets.b64url("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}") + "."
        + FAKE.chars(FakeSecrets.URL_SAFE, 43);
    assertNoHit("jwt.io sample", "src/auth.py", "token = \"" + sample + "\"\n");
  }

  @Test
  void urlCredentialsReportOnlyThePassword() {
    String pw = FAKE.chars(FakeSecrets.ALNUM, 20);
    assertSingleHit("database url", "src/db.py", "DB_URL = \"postgres://app:" + pw + "@db.internal:5432/app\"\n", pw,
        SecretKind.URL_CREDENTIALS);
    assertNoHit("image defaults", "docker-compose.yml", "url: postgres://postgres:postgres@localhost:5432/db\n");
    assertNoHit("templated password", "src/db.py", "url = f\"https://user:{password}@host.net\"\n");
    assertNoHit("env password", ".env", "DATABASE_URL=mysql://root:${MYSQL_PASSWORD}@db/app\n");
    assertNoHit("documentation host", "docs/db.md", "redis://user:" + pw + "@example.com:6379\n");
    assertNoHit("plain url", "src/db.py", "URL = \"https://github.com/org/repo\"\n");
  }

  @Test
  void configFilesTreatAnyQualifiedKeyNameAsSecret() {
    String jwt = FAKE.jwt();
    assertSingleHit("service role key", ".env", "SUPABASE_SERVICE_ROLE_KEY=" + jwt + "\n", jwt, SecretKind.JWT);
    assertSingleHit("maps key", ".env.local", "MAPS_KEY=" + TOKEN + "\n", TOKEN, SecretKind.GENERIC_SECRET);
    assertNoHit("public anon key", ".env", "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + jwt + "\n");
    assertNoHit("cache key in code", "src/cache.py", "CACHE_KEY = \"" + TOKEN + "\"\n");
  }

  @Test
  void privateKeyEscapedInsideJsonIsOneHit() {
    String pem = FAKE.privateKey("", 10).replace("\n", "\\n");
    String json = "{\n  \"type\": \"service_account\",\n  \"private_key\": \"" + pem + "\\n\",\n}";
    assertSingleHit("service account json", "keys/sa.json", json, pem, SecretKind.PRIVATE_KEY);
  }

  @Test
  void legacyEncryptedPemWithArmorHeadersIsReported() {
    String body = FAKE.privateKey("RSA ", 8);
    int firstLine = body.indexOf('\n') + 1;
    String pem = body.substring(0, firstLine) + "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
        + FAKE.chars(FakeSecrets.HEX, 32).toUpperCase(java.util.Locale.ROOT) + "\n\n" + body.substring(firstLine);
    assertSingleHit("legacy encrypted pem", "certs/server.key", pem, pem, SecretKind.PRIVATE_KEY);
  }

  @Test
  void keywordValueContainingProviderKeyIsReportedOnceAsProvider() {
    String key = FAKE.github('p');
    assertSingleHit("provider wins", "src/gh.py", "github_token = \"" + key + "\"\n", key, SecretKind.GITHUB_TOKEN);
    assertSingleHit("url with token", "src/gh.py", "remote = \"https://bot:" + key + "@github.com/o/r.git\"\n", key,
        SecretKind.GITHUB_TOKEN);
  }
}
