package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewableFilesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      app.py                          | SOURCE
      src/api/auth_handler.py         | SOURCE
      Ávila/payment.py                | SOURCE
      with space/x y.py               | SOURCE
      web/index.HTML                  | SOURCE
      deploy/main.tf                  | SOURCE
      lib/parser.cc                   | SOURCE
      config/app.yaml                 | SOURCE
      composer.json                   | SOURCE
      notebooks/a.ipynb               | SOURCE
      bin/deploy                      | SOURCE
      Dockerfile                      | SOURCE
      Dockerfile.dev                  | SOURCE
      Makefile                        | SOURCE
      src\\win\\path.ts               | SOURCE
      builder/make.py                 | SOURCE
      README.md                       | NOT_SOURCE
      notes.txt                       | NOT_SOURCE
      pom.xml                         | NOT_SOURCE
      .env                            | NOT_SOURCE
      .gitignore                      | NOT_SOURCE
      LICENSE                         | NOT_SOURCE
      LICENSE-MIT                     | NOT_SOURCE
      readme_old                      | NOT_SOURCE
      CODEOWNERS                      | NOT_SOURCE
      logo.png                        | NOT_SOURCE
      node_modules/x.js               | EXCLUDED_DIRECTORY
      web/node_modules/lib/index.js   | EXCLUDED_DIRECTORY
      dist/a.js                       | EXCLUDED_DIRECTORY
      build/out.py                    | EXCLUDED_DIRECTORY
      vendor/github.com/x/y.go        | EXCLUDED_DIRECTORY
      pkg/__generated__/types.ts      | EXCLUDED_DIRECTORY
      .venv/lib/site.py               | EXCLUDED_DIRECTORY
      target/classes/App.java         | EXCLUDED_DIRECTORY
      ios/Pods/Lib/a.m                | EXCLUDED_DIRECTORY
      .yarn/releases/yarn-4.cjs       | EXCLUDED_DIRECTORY
      package-lock.json               | LOCKFILE
      web/pnpm-lock.yaml              | LOCKFILE
      yarn.lock                       | LOCKFILE
      Cargo.lock                      | LOCKFILE
      poetry.lock                     | LOCKFILE
      Gemfile.lock                    | LOCKFILE
      go.sum                          | LOCKFILE
      npm-shrinkwrap.json             | LOCKFILE
      .terraform.lock.hcl             | LOCKFILE
      composer.lock                   | LOCKFILE
      x.min.js                        | GENERATED_NAME
      static/site.min.css             | GENERATED_NAME
      types/a.d.ts                    | GENERATED_NAME
      proto/user_pb2.py               | GENERATED_NAME
      api/user.pb.go                  | GENERATED_NAME
      lib/model.g.dart                | GENERATED_NAME
      """)
  void classifiesByPathAlone(String path, ReviewableFiles.Verdict expected) {
    assertThat(ReviewableFiles.classify(path)).isEqualTo(expected);
    assertThat(ReviewableFiles.isReviewable(path)).isEqualTo(expected == ReviewableFiles.Verdict.SOURCE);
  }
}
