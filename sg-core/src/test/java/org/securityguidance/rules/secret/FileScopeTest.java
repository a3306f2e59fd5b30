package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileScopeTest {
  @ParameterizedTest
  @CsvSource({
    "package-lock.json, SKIP",
    "web/yarn.lock, SKIP",
    "Cargo.lock, SKIP",
    "pnpm-lock.yaml, SKIP",
    "go.sum, SKIP",
    "dist/app.min.js, SKIP",
    "dist/app.js.map, SKIP",
    "tests/test_api.py, PROVIDER_ONLY",
    "pkg/client_test.go, PROVIDER_ONLY",
    "src/test/java/ClientTest.java, PROVIDER_ONLY",
    "web/api.spec.ts, PROVIDER_ONLY",
    "web/__tests__/api.js, PROVIDER_ONLY",
    "testdata/keys.txt, PROVIDER_ONLY",
    ".env.example, PROVIDER_ONLY",
    "config/app.yaml.template, PROVIDER_ONLY",
    "src/latest.py, CODE",
    "src/contest.py, CODE",
    "src/app/config.py, CODE",
    "README.md, CODE",
    "config/app.json, CODE",
    ".env, CONFIG",
    ".env.production, CONFIG",
    "deploy/values.yaml, CONFIG",
    "conf/app.properties, CONFIG",
    "scripts/deploy.sh, CONFIG",
    "Dockerfile, CONFIG",
    "home/.aws/credentials, CONFIG",
    "home/.netrc, NETRC"
  })
  void pathsMapToScopes(String path, FileScope expected) {
    assertThat(FileScope.of(path)).isEqualTo(expected);
  }
}
