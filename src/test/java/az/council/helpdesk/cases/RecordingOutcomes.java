package az.council.helpdesk.cases;

import az.council.helpdesk.faq.Topic;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the statistics would have been told. */
final class RecordingOutcomes implements CaseOutcomes {
  record Correction(long caseId, long userId, Topic topic) {}

  record Rating(long caseId, long userId, boolean helpful) {}

  final List<CaseReport> finished = new CopyOnWriteArrayList<>();
  final List<Correction> corrections = new CopyOnWriteArrayList<>();
  final List<Rating> ratings = new CopyOnWriteArrayList<>();

  @Override
  public void finished(CaseReport report) {
    finished.add(report);
  }

  @Override
  public void topicCorrected(long caseId, long telegramUserId, Topic topic) {
    corrections.add(new Correction(caseId, telegramUserId, topic));
  }

  @Override
  public void rated(long caseId, long telegramUserId, boolean helpful) {
    ratings.add(new Rating(caseId, telegramUserId, helpful));
  }
}
