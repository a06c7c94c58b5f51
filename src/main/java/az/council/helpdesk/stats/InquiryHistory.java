package az.council.helpdesk.stats;

import java.time.Instant;
import java.util.List;

/** Reads the inquiry log back for the statistics. */
public interface InquiryHistory {

  /** Every inquiry with {@code from <= at < to}, oldest first. */
  List<LoggedInquiry> between(Instant from, Instant to);
}
