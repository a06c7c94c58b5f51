package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the conversation remembers about one person between their messages, in memory only (lost on
 * restart, which only makes older buttons answer "no longer valid"). All access happens under {@link #lock},
 * so one person's events are handled one at a time and in order.
 */
final class Session {
  static final int REMEMBERED_INQUIRIES = 20;
  static final int RECENT_QUESTIONS = 5;
  static final int QUESTION_CHARS = 1000;

  /** A question the bot is waiting for an answer to; a new one replaces the old, /cancel clears it. */
  enum Pending { NONE, START_LANGUAGE, COUNTRY, FORGET, MEMBER_OFFER }

  final ReentrantLock lock = new ReentrantLock();
  Pending pending = Pending.NONE;
  int unhelpfulInARow;
  final FloodGuard.Window flood = new FloodGuard.Window();
  private final Map<Long, Offer> inquiries = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Offer> eldest) {
      return size() > REMEMBERED_INQUIRIES;
    }
  };
  private final Deque<String> questions = new ArrayDeque<>();

  /**
   * An inquiry of this person: the language it was answered in, the entries offered for it (the "Did you
   * mean…" candidates) and whether it was rated yet.
   */
  static final class Offer {
    final Language language;
    final List<String> entryIds;
    boolean rated;

    Offer(Language language, List<String> entryIds) {
      this.language = language;
      this.entryIds = List.copyOf(entryIds);
    }
  }

  /** The language of the latest answer; "see also" entries follow it rather than the menu language. */
  Optional<Language> lastAnswerLanguage = Optional.empty();

  void remember(long inquiryId, Language language, List<String> entryIds) {
    inquiries.put(inquiryId, new Offer(language, entryIds));
    lastAnswerLanguage = Optional.of(language);
  }

  Optional<Offer> inquiry(long inquiryId) {
    return Optional.ofNullable(inquiries.get(inquiryId));
  }

  void question(String text) {
    questions.addLast(text.length() > QUESTION_CHARS ? text.substring(0, text.offsetByCodePoints(0,
        text.codePointCount(0, QUESTION_CHARS))) + "…" : text);
    while (questions.size() > RECENT_QUESTIONS) {
      questions.removeFirst();
    }
  }

  /**
   * {@code /forget}: drops everything remembered about the person. The flood window stays, so forgetting
   * is no way around the slow-down notice; the session object stays too, so events already waiting on its
   * lock keep their order.
   */
  void reset() {
    pending = Pending.NONE;
    unhelpfulInARow = 0;
    inquiries.clear();
    questions.clear();
    lastAnswerLanguage = Optional.empty();
  }

  /** The person's last few questions, oldest first, for a member's case summary. */
  List<String> recentQuestions() {
    return new ArrayList<>(questions);
  }
}
