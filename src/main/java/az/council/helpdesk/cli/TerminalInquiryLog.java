package az.council.helpdesk.cli;

import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.InquiryLog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NOT PERSISTENT: the inquiry log of a terminal {@code chat} session, kept in memory and gone when the
 * command ends, so trying the bot never adds to the Council's statistics. It enforces the same rule as the
 * real log (only the asker may rate an inquiry), so the chat behaves like the bot.
 */
final class TerminalInquiryLog implements InquiryLog {
  private final Map<Long, Inquiry> inquiries = new HashMap<>();
  private final Map<Long, Boolean> ratings = new HashMap<>();
  private final Map<Long, String> citizenships = new HashMap<>();

  @Override
  public synchronized long record(Inquiry inquiry) {
    long id = inquiries.size() + 1L;
    inquiries.put(id, inquiry);
    return id;
  }

  @Override
  public synchronized boolean rate(long inquiryId, long telegramUserId, boolean helpful) {
    Inquiry inquiry = inquiries.get(inquiryId);
    if (inquiry == null || inquiry.telegramUserId() != telegramUserId) {
      return false;
    }
    ratings.put(inquiryId, helpful);
    return true;
  }

  @Override
  public synchronized void citizenship(long telegramUserId, String citizenship) {
    citizenships.put(telegramUserId, citizenship);
  }

  @Override
  public synchronized Optional<String> citizenshipOf(long telegramUserId) {
    return Optional.ofNullable(citizenships.get(telegramUserId));
  }

  @Override
  public synchronized void forget(long telegramUserId) {
    citizenships.remove(telegramUserId);
    // Unlink, as the real log does: the rows stay countable but no longer point at the person.
    inquiries.replaceAll((id, i) -> i.telegramUserId() != telegramUserId ? i : new Inquiry(i.at(), 0, i.language(),
        i.topic(), i.entryId(), i.confident(), i.escalated(), i.source()));
  }
}
