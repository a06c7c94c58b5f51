package az.council.helpdesk.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text in az, ru and en from {@code i18n/messages_*.properties} (UTF-8). Nothing the user reads
 * is hard-coded in Java.
 */
public final class Messages {
  private static final String BASE = "i18n.messages";
  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

  public Messages() {
    for (Language language : Language.values()) {
      bundles.put(language, ResourceBundle.getBundle(BASE, language.locale(), NO_FALLBACK));
    }
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The text for {@code key} in {@code language}, with {@code {0}}-style arguments filled in. */
  public String get(Language language, String key, Object... args) {
    String pattern;
    try {
      pattern = bundles.get(language).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "' for " + language.tag(), e);
    }
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern.replace("'", "''"), language.locale());
    return format.format(args);
  }

  /** Whether every language has {@code key}; used by the bundle-completeness test. */
  public boolean has(Language language, String key) {
    return bundles.get(language).containsKey(key);
  }

  public java.util.Set<String> keys(Language language) {
    return bundles.get(language).keySet();
  }
}
