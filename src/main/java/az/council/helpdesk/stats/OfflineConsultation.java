package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import java.time.Instant;
import java.util.Optional;

/** Advice a member gave in person or by phone; each one counts as one person (nothing identifies them). */
public record OfflineConsultation(
    Instant at, Citizenship citizenship, Optional<Topic> topic, Optional<Outcome> outcome) {}
