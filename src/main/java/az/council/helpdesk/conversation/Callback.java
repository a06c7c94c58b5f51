package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;

/**
 * What a button press asks for, once {@link CallbackCodec} has parsed its data. Parsing only checks the
 * shape; whether an entry exists or an inquiry is this user's is checked against server-side state.
 */
sealed interface Callback {

  /** A language from the language menu (locks it). */
  record ChooseLanguage(Language language) implements Callback {}

  /** Back to the nine topics (edits the menu message). */
  record TopicMenu() implements Callback {}

  /** One page of a topic's questions (edits the menu message). */
  record TopicPage(Topic topic, int page) implements Callback {}

  /** An entry picked in the topic menu: its answer replaces the menu, with a way back. */
  record MenuEntry(String entryId) implements Callback {}

  /** An entry from "see also": its answer comes as a new message. */
  record SeeAlso(String entryId) implements Callback {}

  /** Candidate {@code index} of the "Did you mean…" offered for {@code inquiryId}. */
  record PickSuggestion(long inquiryId, int index) implements Callback {}

  /** Helpful / not helpful for an inquiry. */
  record Rate(long inquiryId, boolean helpful) implements Callback {}

  /** "Talk to a member". */
  record TalkToMember() implements Callback {}

  /** The answer to the offer of a member after unhelpful answers. */
  record MemberOffer(boolean accepted) implements Callback {}

  /** A citizenship button: an ISO 3166 alpha-2 code or one of the special choices. */
  record Citizenship(String choice) implements Callback {}

  /** The answer to "/forget: are you sure?". */
  record Forget(boolean confirmed) implements Callback {}
}
