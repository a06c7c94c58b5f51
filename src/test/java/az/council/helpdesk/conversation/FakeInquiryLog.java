package az.council.helpdesk.conversation;

import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.InquiryLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inquiry log in memory, with the same ownership rule as the real one. */
final class FakeInquiryLog implements InquiryLog {
  final List<Inquiry> inquiries = new ArrayList<>();
  final Map<Long, Boolean> ratings = new HashMap<>();
  final Map<Long, String> citizenships = new HashMap<>();
  final List<Long> forgotten = new ArrayList<>();

  @Override
  public synchronized long record(Inquiry inquiry) {
    inquiries.add(inquiry);
    return 1000L + inquiries.size();
  }

  Inquiry inquiry(long id) {
    return inquiries.get((int) (id - 1001));
  }

  Inquiry last() {
    return inquiries.get(inquiries.size() - 1);
  }

  @Override
  public synchronized boolean rate(long inquiryId, long telegramUserId, boolean helpful) {
    int index = (int) (inquiryId - 1001);
    if (index < 0 || index >= inquiries.size() || inquiries.get(index).telegramUserId() != telegramUserId) {
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
    forgotten.add(telegramUserId);
    citizenships.remove(telegramUserId);
    // Unlinked like the real log: the rows stay countable, but nobody can rate them as this person any more.
    inquiries.replaceAll(i -> i.telegramUserId() != telegramUserId ? i : new Inquiry(i.at(), 0, i.language(), i.topic(),
        i.entryId(), i.confident(), i.escalated(), i.source()));
  }
}
