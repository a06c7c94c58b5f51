package az.council.helpdesk.fakeapi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The methods the fake implements, found case-insensitively as Telegram does ({@code sendmessage} = {@code sendMessage}). */
final class MethodTable {
  /** A method; {@code sends} marks those that post a message and count against the rate limits. */
  record Method(String name, boolean sends, Handler handler) {}

  private final Map<String, Method> methods = new HashMap<>();

  void add(String name, boolean sends, Handler handler) {
    if (methods.putIfAbsent(name.toLowerCase(Locale.ROOT), new Method(name, sends, handler)) != null) {
      throw new IllegalStateException("method registered twice: " + name);
    }
  }

  Optional<Method> find(String name) {
    return Optional.ofNullable(methods.get(name.toLowerCase(Locale.ROOT)));
  }
}
