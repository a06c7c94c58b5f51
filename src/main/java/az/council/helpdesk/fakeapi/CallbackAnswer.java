package az.council.helpdesk.fakeapi;

import java.time.Instant;
import java.util.Optional;

/** The bot's {@code answerCallbackQuery} to a button press: the toast/alert the user saw. */
public record CallbackAnswer(
    String queryId, long userId, String data, Optional<String> text, boolean showAlert, Optional<String> url,
    Instant at) {}
