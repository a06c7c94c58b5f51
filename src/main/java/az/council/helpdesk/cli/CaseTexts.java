package az.council.helpdesk.cli;

import az.council.helpdesk.cases.CaseStore;
import az.council.helpdesk.retention.TextRetention;
import java.time.Instant;

/** The cases' message texts under the retention window, counted from when each case closed. */
record CaseTexts(CaseStore cases) implements TextRetention {
  @Override
  public String what() {
    return "case texts";
  }

  @Override
  public int deleteTextsOlderThan(Instant cutoff) {
    return cases.purgeTexts(cutoff);
  }
}
