package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A failed call, answered as the Bot API answers it: HTTP status = {@code error_code}, body
 * {@code {"ok":false,"error_code":…,"description":…[,"parameters":{"retry_after":…}]}}. Descriptions copy
 * Telegram's wording because bots (ours included) branch on it.
 */
final class ApiError extends RuntimeException {
  private final int code;
  private final Optional<Integer> retryAfter;

  private ApiError(int code, String description, Optional<Integer> retryAfter) {
    super(description, null, false, false);
    this.code = code;
    this.retryAfter = retryAfter;
  }

  static ApiError badRequest(String what) {
    return new ApiError(400, "Bad Request: " + what, Optional.empty());
  }

  static ApiError unauthorized() {
    return new ApiError(401, "Unauthorized", Optional.empty());
  }

  static ApiError forbidden(String what) {
    return new ApiError(403, "Forbidden: " + what, Optional.empty());
  }

  static ApiError notFound() {
    return new ApiError(404, "Not Found", Optional.empty());
  }

  static ApiError conflict(String what) {
    return new ApiError(409, "Conflict: " + what, Optional.empty());
  }

  static ApiError tooManyRequests(int retryAfterSeconds) {
    return new ApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, Optional.of(retryAfterSeconds));
  }

  static ApiError serverError(int code, String description) {
    return new ApiError(code, description, Optional.empty());
  }

  int code() {
    return code;
  }

  String description() {
    return getMessage();
  }

  Optional<Integer> retryAfter() {
    return retryAfter;
  }

  ObjectNode toJson() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("ok", false);
    body.put("error_code", code);
    body.put("description", getMessage());
    retryAfter.ifPresent(seconds -> body.putObject("parameters").put("retry_after", seconds));
    return body;
  }
}
