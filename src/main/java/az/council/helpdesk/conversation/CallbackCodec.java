package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Callback data as short ASCII codes ({@code r:42:1}, {@code t:asylum:0}…), well under Telegram's 64 bytes.
 * Decoding never throws: anything that does not parse (garbage, junk, an old format) is empty.
 */
final class CallbackCodec {
  private static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,61}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
  private static final Pattern SMALL = Pattern.compile("[0-9]{1,3}");
  private static final Pattern CITIZENSHIP = Pattern.compile("[A-Z]{2}|other|abroad|stateless|unknown");

  private CallbackCodec() {}

  static String encode(Callback callback) {
    return switch (callback) {
      case Callback.ChooseLanguage c -> "l:" + c.language().tag();
      case Callback.TopicMenu c -> "t";
      case Callback.TopicPage c -> "t:" + c.topic().id() + ":" + c.page();
      case Callback.MenuEntry c -> "m:" + c.entryId();
      case Callback.SeeAlso c -> "a:" + c.entryId();
      case Callback.PickSuggestion c -> "s:" + c.inquiryId() + ":" + c.index();
      case Callback.Rate c -> "r:" + c.inquiryId() + ":" + (c.helpful() ? 1 : 0);
      case Callback.TalkToMember c -> "h";
      case Callback.MemberOffer c -> "o:" + (c.accepted() ? 1 : 0);
      case Callback.Citizenship c -> "c:" + c.choice();
      case Callback.Forget c -> "f:" + (c.confirmed() ? 1 : 0);
    };
  }

  static Optional<Callback> decode(String data) {
    if (data == null || data.isEmpty() || data.length() > 64) {
      return Optional.empty();
    }
    String[] p = data.split(":", -1);
    int n = p.length;
    return switch (p[0]) {
      case "l" -> n == 2 ? language(p[1]).map(Callback.ChooseLanguage::new) : Optional.empty();
      case "t" -> n == 1 ? Optional.of(new Callback.TopicMenu())
          : n == 3 ? Topic.fromId(p[1]).flatMap(t -> small(p[2], 999).map(page -> new Callback.TopicPage(t, page)))
          : Optional.empty();
      case "m" -> n == 2 ? entryId(p[1]).map(Callback.MenuEntry::new) : Optional.empty();
      case "a" -> n == 2 ? entryId(p[1]).map(Callback.SeeAlso::new) : Optional.empty();
      case "s" -> n == 3 ? id(p[1]).flatMap(id -> small(p[2], 9).map(i -> new Callback.PickSuggestion(id, i)))
          : Optional.empty();
      case "r" -> n == 3 ? id(p[1]).flatMap(id -> flag(p[2]).map(f -> new Callback.Rate(id, f))) : Optional.empty();
      case "h" -> n == 1 ? Optional.of(new Callback.TalkToMember()) : Optional.empty();
      case "o" -> n == 2 ? flag(p[1]).map(Callback.MemberOffer::new) : Optional.empty();
      case "c" -> n == 2 && CITIZENSHIP.matcher(p[1]).matches()
          ? Optional.of(new Callback.Citizenship(p[1])) : Optional.empty();
      case "f" -> n == 2 ? flag(p[1]).map(Callback.Forget::new) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Language> language(String tag) {
    return Arrays.stream(Language.values()).filter(l -> l.tag().equals(tag)).findFirst();
  }

  private static Optional<String> entryId(String id) {
    return ENTRY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  private static Optional<Long> id(String text) {
    return NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
  }

  private static Optional<Integer> small(String text, int max) {
    return SMALL.matcher(text).matches() && Integer.parseInt(text) <= max
        ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  private static Optional<Boolean> flag(String text) {
    return switch (text) {
      case "1" -> Optional.of(true);
      case "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
