package az.council.helpdesk.cli;

import az.council.helpdesk.cases.CaseOutcomes;
import az.council.helpdesk.cases.CaseReport;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.InquiryLog;
import az.council.helpdesk.stats.MemberLog;
import az.council.helpdesk.stats.Outcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cases desk's statistics port over the inquiry and member logs. A finished case becomes one inquiry of
 * source CASE (language, topic — a member's correction included — escalated) linked to the case's facts: opening,
 * first reply, outcome. A case the user cancelled before any outcome is not a consultation and is not counted
 * as a case; the questions that led to it are already in the log as the bot's inquiries.
 */
final class MemberLogOutcomes implements CaseOutcomes {
  private static final Logger log = LoggerFactory.getLogger(MemberLogOutcomes.class);
  private final InquiryLog inquiries;
  private final MemberLog members;

  MemberLogOutcomes(InquiryLog inquiries, MemberLog members) {
    this.inquiries = inquiries;
    this.members = members;
  }

  @Override
  public void finished(CaseReport report) {
    Optional<Outcome> outcome = report.outcome();
    if (outcome.isEmpty()) {
      log.debug("case {} cancelled by the user; not counted", report.caseId());
      return;
    }
    long inquiry = inquiries.record(new Inquiry(report.openedAt(), report.telegramUserId(), report.language(),
        report.topic(), Optional.empty(), false, true, Inquiry.Source.CASE));
    members.caseOpened(report.caseId(), inquiry, report.openedAt());
    report.topic().ifPresent(topic -> members.topicCorrected(report.caseId(), topic));
    report.firstReplyAt().ifPresent(at -> members.memberReplied(report.caseId(), at));
    members.caseClosed(report.caseId(), outcome.get(), report.closedAt());
  }

  @Override
  public void topicCorrected(long caseId, long telegramUserId, Topic topic) {
    // Before the case finishes the desk keeps the correction and reports it with the case; afterwards, here.
    members.topicCorrected(caseId, topic);
  }

  @Override
  public void rated(long caseId, long telegramUserId, boolean helpful) {
    members.caseRated(caseId, helpful);
  }
}
