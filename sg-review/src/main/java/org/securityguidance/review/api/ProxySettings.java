package org.securityguidance.review.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securityguidance.sys.Env;

/**
 * Proxy configuration from the conventional environment variables, which the JDK HTTP client ignores on its own
 * (it reads only {@code https.proxyHost} system properties). Remote Claude Code sandboxes reach the API only through
 * {@code HTTPS_PROXY}, and spec §4.6 retries without {@code NO_PROXY} entries that name {@code anthropic.com}.
 *
 * @param httpsProxy {@code host:port} for https URLs, or {@code null}
 * @param httpProxy {@code host:port} for http URLs, or {@code null}
 * @param noProxy lower-cased {@code NO_PROXY} entries (leading dots removed)
 */
public record ProxySettings(InetSocketAddress httpsProxy, InetSocketAddress httpProxy, List<String> noProxy) {
  public static final ProxySettings NONE = new ProxySettings(null, null, List.of());

  private static final int MAX_ENTRIES = 200;

  public ProxySettings {
    noProxy = List.copyOf(noProxy);
  }

  /** Reads {@code https_proxy}/{@code HTTPS_PROXY}, {@code http_proxy}/{@code HTTP_PROXY}, {@code no_proxy}. */
  public static ProxySettings from(Env env) {
    InetSocketAddress https = address(first(env, "https_proxy", "HTTPS_PROXY"));
    InetSocketAddress http = address(first(env, "http_proxy", "HTTP_PROXY"));
    List<String> entries = new ArrayList<>();
    String raw = first(env, "no_proxy", "NO_PROXY");
    if (raw != null) {
      for (String part : raw.split(",", MAX_ENTRIES + 1)) {
        String entry = part.trim().toLowerCase(Locale.ROOT);
        while (entry.startsWith(".")) {
          entry = entry.substring(1);
        }
        if (!entry.isEmpty() && entries.size() < MAX_ENTRIES) {
          entries.add(entry);
        }
      }
    }
    return new ProxySettings(https, http, entries);
  }

  /** The same settings without {@code NO_PROXY} entries that mention {@code anthropic.com} (spec §4.6). */
  public ProxySettings withoutAnthropicBypass() {
    return new ProxySettings(httpsProxy, httpProxy,
        noProxy.stream().filter(e -> !e.contains("anthropic.com")).toList());
  }

  /** True when the settings would route at least one scheme through a proxy. */
  public boolean anyProxy() {
    return httpsProxy != null || httpProxy != null;
  }

  /** True when {@code host} is exempt: loopback, {@code *}, an exact entry or a sub-domain of one. */
  public boolean bypasses(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")) {
      return true;
    }
    for (String entry : noProxy) {
      String name = entry.contains(":") && !entry.startsWith("[") ? entry.substring(0, entry.indexOf(':')) : entry;
      if (name.equals("*") || h.equals(name) || h.endsWith("." + name)) {
        return true;
      }
    }
    return false;
  }

  /** A selector implementing these settings. */
  public ProxySelector selector() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        InetSocketAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
        if (proxy == null || bypasses(uri.getHost())) {
          return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, proxy));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // Nothing to learn: the caller reports the failure as NETWORK.
      }
    };
  }

  private static String first(Env env, String lower, String upper) {
    String v = env.get(lower);
    return v != null ? v.trim() : env.get(upper) == null ? null : env.get(upper).trim();
  }

  /** {@code http://user:pw@host:port/} or {@code host:port} → an unresolved address; malformed → {@code null}. */
  static InetSocketAddress address(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      URI uri = URI.create(raw.contains("://") ? raw : "http://" + raw);
      if (uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return InetSocketAddress.createUnresolved(uri.getHost(), port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
