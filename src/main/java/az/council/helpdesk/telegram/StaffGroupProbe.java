package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.StaffGroupCheck;
import az.council.helpdesk.config.Config;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Asks Telegram, once at start-up, who the bot is and what it may do in the staff group ({@code getMe}, {@code
 * getChat}, {@code getChatMember}), for {@link StaffGroupCheck}. When Telegram cannot be reached it says so and
 * the bot starts with the configured mode; a token Telegram rejects is left to the bot's own start to report.
 */
public final class StaffGroupProbe {
  private static final Logger log = LoggerFactory.getLogger(StaffGroupProbe.class);

  /** What the probe learned; {@code rights} empty when it could not ask. */
  public record Result(Optional<String> botUsername, Optional<StaffGroupCheck.Rights> rights) {}

  private StaffGroupProbe() {}

  public static Result probe(Config config, long staffChatId) {
    Redaction redaction = new Redaction(config.requireToken());
    try (TelegramHttp http = new TelegramHttp(config.timeouts())) {
      OkHttpTelegramClient client = new OkHttpTelegramClient(http.calls, config.requireToken().reveal(),
          new TelegramUrl(config.api().scheme(), config.api().host(), config.api().port(), false));
      User me;
      try {
        me = client.execute(new GetMe());
      } catch (TelegramApiException e) {
        log.warn("could not check the staff group: getMe failed ({})", redaction.describe(e));
        return new Result(Optional.empty(), Optional.empty());
      }
      Optional<String> username = Optional.ofNullable(me.getUserName());
      try {
        ChatFullInfo chat = client.execute(GetChat.builder().chatId(staffChatId).build());
        ChatMember member = client.execute(GetChatMember.builder().chatId(staffChatId).userId(me.getId()).build());
        boolean admin = member instanceof ChatMemberAdministrator || "administrator".equals(member.getStatus());
        boolean topics = member instanceof ChatMemberAdministrator a && Boolean.TRUE.equals(a.getCanManageTopics());
        return new Result(username, Optional.of(new StaffGroupCheck.Rights("supergroup".equals(chat.getType()),
            Boolean.TRUE.equals(chat.getIsForum()), admin, topics)));
      } catch (TelegramApiRequestException e) {
        // 400 chat not found / 403 not a member: the bot cannot work there at all.
        log.warn("the staff group {} cannot be read ({})", staffChatId, redaction.describe(e));
        return new Result(username, Optional.of(new StaffGroupCheck.Rights(false, false, false, false)));
      } catch (TelegramApiException e) {
        log.warn("could not check the staff group: {}", redaction.describe(e));
        return new Result(username, Optional.empty());
      }
    }
  }
}
