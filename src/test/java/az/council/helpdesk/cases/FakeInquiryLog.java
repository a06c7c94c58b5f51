package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.InquiryLog;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Only the citizenship part of the inquiry log, which is all the desk reads. */
final class FakeInquiryLog implements InquiryLog {
  private final Map<Long, String> citizenship = new ConcurrentHashMap<>();

  @Override
  public long record(Inquiry inquiry) {
    throw new UnsupportedOperationException("the desk never logs inquiries");
  }

  @Override
  public boolean rate(long inquiryId, long telegramUserId, boolean helpful) {
    throw new UnsupportedOperationException("the desk never rates inquiries");
  }

  @Override
  public void citizenship(long telegramUserId, String value) {
    citizenship.put(telegramUserId, value);
  }

  @Override
  public Optional<String> citizenshipOf(long telegramUserId) {
    return Optional.ofNullable(citizenship.get(telegramUserId));
  }

  @Override
  public void forget(long telegramUserId) {
    citizenship.remove(telegramUserId);
  }
}
