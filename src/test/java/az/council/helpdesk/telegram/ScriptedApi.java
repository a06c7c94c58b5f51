package az.council.helpdesk.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** A fake Bot API for sender tests: records every call and answers as the script says (success by default). */
final class ScriptedApi implements BotApi {
  /** One call as the API saw it. */
  record Call(String method, String chatId, String text, long atNanos) {}

  private final List<Call> calls = new ArrayList<>();
  private volatile Function<Call, Throwable> script = call -> null;

  void answer(Function<Call, Throwable> script) {
    this.script = script;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<String> texts(String chatId) {
    return calls.stream().filter(c -> c.chatId().equals(chatId)).map(Call::text).toList();
  }

  @Override
  public CompletableFuture<? extends Serializable> call(BotApiMethod<? extends Serializable> method) {
    Call call = switch (method) {
      case SendMessage m -> new Call("sendmessage", m.getChatId(), m.getText(), System.nanoTime());
      case EditMessageText e -> new Call("editmessagetext", e.getChatId(), e.getText(), System.nanoTime());
      case AnswerCallbackQuery a -> new Call("answercallbackquery", "", a.getCallbackQueryId(), System.nanoTime());
      case LeaveChat l -> new Call("leaveChat", l.getChatId(), "", System.nanoTime());
      default -> new Call(method.getMethod(), "", "", System.nanoTime());
    };
    synchronized (this) {
      calls.add(call);
    }
    Throwable failure = script.apply(call);
    return failure == null ? CompletableFuture.completedFuture(Boolean.TRUE) : CompletableFuture.failedFuture(failure);
  }

  static TelegramApiRequestException error(int code, String description, Integer retryAfter) {
    ApiResponse<Boolean> response = ApiResponse.<Boolean>builder().ok(false).errorCode(code)
        .errorDescription(description)
        .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
        .build();
    return new TelegramApiRequestException("Error executing query", response);
  }
}
