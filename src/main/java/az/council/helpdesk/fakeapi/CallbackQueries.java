package az.council.helpdesk.fakeapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Button presses the fake delivered and the bot's answers. A query can be answered once; unknown, evicted or
 * already answered ids get Telegram's "query is too old" 400. Bounded to the most recent {@code capacity}.
 */
final class CallbackQueries {
  private record Issued(String id, long userId, String data) {}

  private final int capacity;
  private final Map<String, Issued> pending;
  private final List<CallbackAnswer> answers = new ArrayList<>();
  private long counter;

  CallbackQueries(int capacity) {
    this.capacity = capacity;
    this.pending = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
        return size() > CallbackQueries.this.capacity;
      }
    };
  }

  /** A new query id: Telegram's are decimal strings of a 64-bit number. */
  String issue(long userId, String data) {
    String id = Long.toUnsignedString(0x5A17_0000_0000_0000L + ++counter * 4_294_967_311L);
    pending.put(id, new Issued(id, userId, data));
    return id;
  }

  CallbackAnswer answer(Params p, Instant now) {
    String id = p.requireString("callback_query_id", "query is too old and response timeout expired or query ID is invalid");
    Issued issued = Optional.ofNullable(pending.remove(id)).orElseThrow(
        () -> ApiError.badRequest("query is too old and response timeout expired or query ID is invalid"));
    p.string("text").filter(t -> t.codePointCount(0, t.length()) > 200).ifPresent(t -> {
      throw ApiError.badRequest("MESSAGE_TOO_LONG");
    });
    CallbackAnswer answer = new CallbackAnswer(id, issued.userId(), issued.data(), p.string("text").filter(t -> !t.isEmpty()),
        p.flag("show_alert"), p.string("url"), now);
    answers.add(answer);
    if (answers.size() > capacity) {
      answers.remove(0);
    }
    return answer;
  }

  List<CallbackAnswer> answers() {
    return List.copyOf(answers);
  }
}
