package az.council.helpdesk.profiles;

import az.council.helpdesk.i18n.Language;
import java.time.Instant;

/**
 * One person's settings.
 *
 * @param languageSource where {@code language} came from; only {@link LanguageSource#CHOSEN} is locked
 * @param citizenshipAsked whether the one-time citizenship question was already put (answered or not)
 */
public record Profile(
    long userId,
    Language language,
    LanguageSource languageSource,
    boolean citizenshipAsked,
    Instant createdAt,
    Instant lastSeen) {

  /** How the bot came to speak {@code language} with this person. */
  public enum LanguageSource {
    /** The client sent no supported language code; English until the person says otherwise. */
    DEFAULT,
    /** Seeded from Telegram's {@code language_code}. */
    CLIENT,
    /** The person clearly wrote in it. */
    DETECTED,
    /** Picked from the language menu: locked, never switched by detection. */
    CHOSEN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Profile withLanguage(Language newLanguage, LanguageSource source) {
    return new Profile(userId, newLanguage, source, citizenshipAsked, createdAt, lastSeen);
  }

  public Profile withCitizenshipAsked() {
    return new Profile(userId, language, languageSource, true, createdAt, lastSeen);
  }

  public Profile seenAt(Instant at) {
    return new Profile(userId, language, languageSource, citizenshipAsked, createdAt, at);
  }

  public boolean languageLocked() {
    return languageSource == LanguageSource.CHOSEN;
  }
}
