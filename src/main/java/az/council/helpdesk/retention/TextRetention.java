package az.council.helpdesk.retention;

import java.time.Instant;

/**
 * Something that keeps texts people wrote and must delete them after the retention window. The cases feature
 * implements it for case message texts (counting from when the case closed); the inquiry log for the texts of
 * unanswered questions.
 */
public interface TextRetention {

  /** What is deleted, for the purge report (e.g. {@code "question texts"}). */
  String what();

  /** Deletes every text whose retention started before {@code cutoff}; returns how many were deleted. */
  int deleteTextsOlderThan(Instant cutoff);
}
