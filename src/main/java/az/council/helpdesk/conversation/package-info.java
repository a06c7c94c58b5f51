/**
 * The migrant's conversation, free of Telegram: an {@link az.council.helpdesk.conversation.Event} in, the
 * {@link az.council.helpdesk.conversation.Action}s to take out. {@link
 * az.council.helpdesk.conversation.Conversation} is the whole of it for callers: commands, answers from the
 * triage with feedback and "see also", the topic menu navigated by editing one message, the one-time
 * citizenship question, language rules, flood protection and hand-off to a member. Button data is a short
 * code ({@code CallbackCodec}) that is never trusted. Text is plain; {@link
 * az.council.helpdesk.conversation.TextSplitter} cuts it for Telegram's 4,096-character limit. The Telegram
 * adapter and the terminal {@code chat} command are its two drivers.
 */
package az.council.helpdesk.conversation;
