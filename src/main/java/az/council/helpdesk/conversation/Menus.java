package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The menus: languages, the nine topics, a topic's questions page by page, and the common buttons. */
final class Menus {
  static final int PAGE_SIZE = 6;
  /** Long questions are cut on buttons; the full text is in the message. */
  static final int LABEL_CHARS = 60;

  private final Messages messages;
  private final FaqCatalog catalog;

  Menus(Messages messages, FaqCatalog catalog) {
    this.messages = messages;
    this.catalog = catalog;
  }

  /** Every language names itself, so the menu reads for someone who speaks any one of them. */
  Screen languageMenu() {
    String text = Arrays.stream(Language.values()).map(l -> messages.get(l, "chat.language.choose"))
        .collect(Collectors.joining("\n"));
    return new Screen(text, Keyboard.of(languageButtons()));
  }

  List<Keyboard.Button> languageButtons() {
    return Arrays.stream(Language.values())
        .map(l -> button(messages.get(l, "chat.language.self"), new Callback.ChooseLanguage(l))).toList();
  }

  Screen topicMenu(Language language) {
    return new Screen(messages.get(language, "chat.topics.title"), topicKeyboard(language));
  }

  Keyboard topicKeyboard(Language language) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      rows.add(List.of(button(topicName(topic, language), new Callback.TopicPage(topic, 0))));
    }
    return new Keyboard(rows);
  }

  String topicName(Topic topic, Language language) {
    return messages.get(language, "topic." + topic.id());
  }

  int pages(Topic topic) {
    return Math.max(1, (catalog.byTopic(topic).size() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The page of {@code topic} that lists {@code entry}. */
  int pageOf(FaqEntry entry) {
    return Math.max(0, catalog.byTopic(entry.topic()).indexOf(entry)) / PAGE_SIZE;
  }

  Screen topicPage(Topic topic, int page, Language language) {
    List<FaqEntry> entries = catalog.byTopic(topic);
    int pages = pages(topic);
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (FaqEntry entry : entries.subList(Math.min(page * PAGE_SIZE, entries.size()),
        Math.min((page + 1) * PAGE_SIZE, entries.size()))) {
      rows.add(List.of(button(entry.in(language).question(), new Callback.MenuEntry(entry.id()))));
    }
    List<Keyboard.Button> paging = new ArrayList<>();
    if (page > 0) {
      paging.add(button(messages.get(language, "chat.button.previous"), new Callback.TopicPage(topic, page - 1)));
    }
    if (page + 1 < pages) {
      paging.add(button(messages.get(language, "chat.button.next"), new Callback.TopicPage(topic, page + 1)));
    }
    rows.add(paging);
    rows.add(List.of(button(messages.get(language, "chat.button.allTopics"), new Callback.TopicMenu())));
    String title = entries.isEmpty() ? messages.get(language, "chat.topic.empty", topicName(topic, language))
        : pages == 1 ? messages.get(language, "chat.topic.title", topicName(topic, language))
        : messages.get(language, "chat.topic.titlePaged", topicName(topic, language), page + 1, pages);
    return new Screen(title, new Keyboard(rows));
  }

  Keyboard.Button memberButton(Language language) {
    return button(messages.get(language, "chat.button.member"), new Callback.TalkToMember());
  }

  Keyboard.Button topicsButton(Language language) {
    return button(messages.get(language, "chat.button.allTopics"), new Callback.TopicMenu());
  }

  static Keyboard.Button button(String label, Callback callback) {
    return new Keyboard.Button(label(label), CallbackCodec.encode(callback));
  }

  static String label(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= LABEL_CHARS) {
      return flat;
    }
    int cut = LABEL_CHARS - 1;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }
}
