/**
 * Hand-off to Council members, free of Telegram: a migrant's hand-off opens a {@link
 * az.council.helpdesk.cases.Case} (one open case per user), which gets its own thread in the staff group (a forum
 * topic, or a reply thread when the group has no topics). {@link az.council.helpdesk.cases.CaseDesk} takes
 * {@link az.council.helpdesk.cases.StaffEvent}s from the staff group and the user's {@code conversation.Event}s
 * while a case is open, and answers with {@link az.council.helpdesk.cases.StaffAction}s the Telegram adapter
 * performs (create a topic, post, copy a message by id, close the topic…); the adapter reports the results it
 * needs back ({@code topicCreated}, {@code delivered}). Members, roles, working groups and the languages members
 * speak live in the {@link az.council.helpdesk.cases.Roster}; the topic → working group routing is configuration
 * ({@code cases/routing.yaml}); {@link az.council.helpdesk.cases.CaseDesk#tick} re-announces unclaimed cases,
 * releases silent claims and reminds members of waiting users, on an injected clock. Storage is behind the
 * {@link az.council.helpdesk.cases.CaseStore}, {@link az.council.helpdesk.cases.CaseThreads} and {@link
 * az.council.helpdesk.cases.RosterStore} ports (SQLite implementations in {@code store}).
 */
package az.council.helpdesk.cases;
