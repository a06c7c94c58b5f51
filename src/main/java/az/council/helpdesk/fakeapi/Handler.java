package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: parameters in, the {@code result} out, or an {@link ApiError}. */
@FunctionalInterface
interface Handler {
  JsonNode handle(Params params) throws InterruptedException;
}
