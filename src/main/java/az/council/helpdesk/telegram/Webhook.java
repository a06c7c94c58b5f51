package az.council.helpdesk.telegram;

import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.Secret;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Webhook mode's settings: the public URL Telegram posts updates to (the HTTPS front of a reverse proxy), the
 * secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token} with every update, and the local address
 * the bot listens on. The path of {@code url} is the path the bot serves.
 */
public record Webhook(URI url, Secret secret, InetSocketAddress bind) {

  /** Validated settings, or a {@link ConfigException} that says what to set. */
  public static Webhook of(String url, String secret, String bind, int port) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new ConfigException("--webhook '" + url + "' is not a URL: give the public https://host/path Telegram posts to.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new ConfigException("--webhook '" + url + "' must be an https://host/path URL (Telegram posts only to HTTPS).");
    }
    // Telegram accepts 1-256 of these characters in secret_token and refuses anything else.
    if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new ConfigException("Webhook mode needs " + ConfigLoader.WEBHOOK_SECRET + " (or its _FILE): 1-256 characters A-Z, a-z, 0-9, _ or -"
          + " (for example the output of: openssl rand -hex 32).");
    }
    if (port < 0 || port > 65_535) {
      throw new ConfigException("--port " + port + " must be a TCP port (0-65535).");
    }
    return new Webhook(uri, new Secret(secret), new InetSocketAddress(bind.strip(), port));
  }

  /** The path the bot serves: the URL's, or {@code /} when it has none. */
  public String path() {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
