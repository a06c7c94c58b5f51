package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.profiles.Profile;
import az.council.helpdesk.profiles.Profile.LanguageSource;
import az.council.helpdesk.triage.TriageResult;
import java.time.Instant;
import java.util.Optional;

/**
 * Which language the bot speaks with a person. It starts from the Telegram client's language (English when
 * that is none of az/ru/en, and then /start shows the language menu); a clearly written message in another
 * supported language switches it; a choice from the menu locks it. Each answer itself is in the language
 * its question was written in, whatever the setting.
 */
final class LanguagePolicy {
  private LanguagePolicy() {}

  static Profile newProfile(long userId, Optional<String> clientLanguage, Instant now) {
    Optional<Language> client = clientLanguage.flatMap(Language::fromTag);
    return new Profile(userId, client.orElse(Language.EN),
        client.isPresent() ? LanguageSource.CLIENT : LanguageSource.DEFAULT, false, now, now);
  }

  /**
   * A person who never chose nor clearly wrote in a language follows their client's setting, so changing
   * Telegram's language is honoured; anything stronger stays.
   */
  static Profile followClient(Profile profile, Optional<String> clientLanguage) {
    if (profile.languageSource() != LanguageSource.CLIENT && profile.languageSource() != LanguageSource.DEFAULT) {
      return profile;
    }
    return clientLanguage.flatMap(Language::fromTag)
        .filter(l -> l != profile.language() || profile.languageSource() == LanguageSource.DEFAULT)
        .map(l -> profile.withLanguage(l, LanguageSource.CLIENT)).orElse(profile);
  }

  /** After a question: switch only on clear evidence of another language, never when locked. */
  static Profile afterQuestion(Profile profile, TriageResult result) {
    if (profile.languageLocked() || !result.languageClear() || result.language() == profile.language()) {
      return profile;
    }
    return profile.withLanguage(result.language(), LanguageSource.DETECTED);
  }

  static Profile choose(Profile profile, Language language) {
    return profile.withLanguage(language, LanguageSource.CHOSEN);
  }

  /** /start shows the language menu instead of a greeting when the bot has no idea of the language. */
  static boolean unknown(Profile profile) {
    return profile.languageSource() == LanguageSource.DEFAULT;
  }
}
