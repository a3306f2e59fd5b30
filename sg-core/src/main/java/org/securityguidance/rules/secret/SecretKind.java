package org.securityguidance.rules.secret;

/** What a reported secret looks like: a known provider format, a PEM key block, or a keyword-anchored value. */
public enum SecretKind {
  ANTHROPIC_API_KEY("anthropic_api_key"),
  ANTHROPIC_ADMIN_KEY("anthropic_admin_key"),
  OPENAI_API_KEY("openai_api_key"),
  AWS_ACCESS_KEY_ID("aws_access_key_id"),
  AWS_SECRET_ACCESS_KEY("aws_secret_access_key"),
  GITHUB_TOKEN("github_token"),
  GITHUB_FINE_GRAINED_PAT("github_fine_grained_pat"),
  GITLAB_PAT("gitlab_pat"),
  SLACK_TOKEN("slack_token"),
  SLACK_WEBHOOK_URL("slack_webhook_url"),
  STRIPE_SECRET_KEY("stripe_secret_key"),
  GOOGLE_API_KEY("google_api_key"),
  SENDGRID_API_KEY("sendgrid_api_key"),
  NPM_TOKEN("npm_token"),
  PYPI_TOKEN("pypi_token"),
  HUGGINGFACE_TOKEN("huggingface_token"),
  GROQ_API_KEY("groq_api_key"),
  REPLICATE_API_TOKEN("replicate_api_token"),
  DIGITALOCEAN_TOKEN("digitalocean_token"),
  SHOPIFY_TOKEN("shopify_token"),
  AZURE_STORAGE_KEY("azure_storage_key"),
  PRIVATE_KEY("private_key"),
  JWT("jwt"),
  URL_CREDENTIALS("url_credentials"),
  GENERIC_SECRET("generic_secret");

  private final String label;

  SecretKind(String label) {
    this.label = label;
  }

  /** Stable snake_case label for listings and reports. */
  public String label() {
    return label;
  }

  /** Whether the format alone identifies the secret (reported even in test-fixture paths). */
  public boolean isProviderFormat() {
    return this != JWT && this != URL_CREDENTIALS && this != GENERIC_SECRET;
  }
}
