package az.council.helpdesk.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The Bot API base URL split the way telegrambots needs it (scheme, host, port). The library builds
 * {@code scheme://host:port/bot<token>/<method>} itself, so a path prefix (a reverse proxy under
 * {@code /telegram/}) cannot be expressed and is refused rather than silently dropped.
 */
public record ApiEndpoint(String scheme, String host, int port) {
  public static final ApiEndpoint TELEGRAM = new ApiEndpoint("https", "api.telegram.org", 443);

  public ApiEndpoint {
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("scheme must be http or https: " + scheme);
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Parses {@code https://api.telegram.org} or {@code http://127.0.0.1:8081}; one sentence on failure. */
  public static ApiEndpoint parse(String name, String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new ConfigException(name + " is not a URL (" + e.getReason() + "): set it like https://api.telegram.org"
          + " or http://127.0.0.1:8081.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new ConfigException(name + " must be an http or https URL with a host, like https://api.telegram.org"
          + " or http://127.0.0.1:8081.");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new ConfigException(name + " must not have a path, query or fragment (the Telegram library cannot"
          + " call an API under a path prefix): set only scheme://host[:port], e.g. " + scheme + "://"
          + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + ".");
    }
    if (uri.getRawUserInfo() != null) {
      throw new ConfigException(name + " must not contain a user name or password.");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new ApiEndpoint(scheme, uri.getHost(), port);
  }

  @Override
  public String toString() {
    return scheme + "://" + host + ":" + port;
  }
}
