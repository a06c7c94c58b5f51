package az.council.helpdesk.cli;

import az.council.helpdesk.config.Config;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.HandOffRecords;
import az.council.helpdesk.telegram.HandOffSink;
import az.council.helpdesk.telegram.RecordedHandOffs;
import az.council.helpdesk.telegram.StaffUpdates;
import az.council.helpdesk.telegram.TelegramBot;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import java.time.Clock;

/**
 * Builds the running bot's object graph by hand, in one place: the conversation, the staff hook and the
 * hand-off sink plugged into the Telegram adapter. Swap the real conversation and cases in here.
 */
final class BotWiring {
  private BotWiring() {}

  static TelegramBot bot(Config config, Database database, FaqCatalog catalog, Messages messages, Clock clock) {
    EventHandler conversation = new AnswerOnlyHandler(Triage.over(catalog, 10_000), new ReplyText(catalog, messages),
        messages);
    HandOffSink handOffs = new RecordedHandOffs(new HandOffRecords(database), clock);
    return new TelegramBot(config, database, conversation, StaffUpdates.IGNORE, handOffs, messages, clock);
  }
}
