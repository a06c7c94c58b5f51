package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /bot<token>/<method>} (and {@code /bot<token>/test/<method>}): checks the token, reads the
 * parameters, lets the fault script and the rate limiter have their say, runs the method and answers like Telegram
 * ({@code {"ok":true,"result":…}} or an error body with the error code as HTTP status). Every call is logged.
 */
final class BotApiEndpoint implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(BotApiEndpoint.class);
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([^/]+)/?$");
  private static final Pattern FILE = Pattern.compile("^/file/bot([^/]+)/(?:test/)?(.+)$");
  private static final int MAX_BODY = 50 * 1024 * 1024;

  private final String token;
  private final MethodTable methods;
  private final RequestReader reader;
  private final Faults faults;
  private final Optional<RateLimiter> limiter;
  private final CallLog log;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final FaultAnswers faultAnswers;
  private final State state;

  BotApiEndpoint(String token, MethodTable methods, Faults faults, Optional<RateLimiter> limiter, CallLog log,
      Clock clock, ObjectMapper mapper, FaultAnswers faultAnswers, State state) {
    this.state = state;
    this.token = token;
    this.methods = methods;
    this.reader = new RequestReader(mapper);
    this.faults = faults;
    this.limiter = limiter;
    this.log = log;
    this.clock = clock;
    this.mapper = mapper;
    this.faultAnswers = faultAnswers;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
      Matcher file = FILE.matcher(exchange.getRequestURI().getRawPath());
      if (file.matches()) {
        download(exchange, file.group(1), file.group(2));
        return;
      }
      if (!path.matches()) {
        answer(exchange, ApiError.notFound().code(), ApiError.notFound().toJson());
        return;
      }
      serve(exchange, path.group(1), path.group(2));
    } catch (IOException e) {
      LOG.debug("client went away before its answer was written", e);
    }
  }

  private void serve(HttpExchange exchange, String givenToken, String name) throws IOException {
    Optional<MethodTable.Method> method = methods.find(name);
    String canonical = method.map(MethodTable.Method::name).orElse(name);
    Params params = reader.read(Optional.empty(), Optional.empty(), new byte[0]);
    int status = 0;
    Optional<String> error = Optional.empty();
    Optional<Fault> fault = Optional.empty();
    try {
      byte[] body = body(exchange);
      if (!token.equals(givenToken)) {
        throw ApiError.unauthorized(); // before the body is parsed, as Telegram does
      }
      params = reader.read(Optional.ofNullable(exchange.getRequestURI().getRawQuery()),
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body);
      MethodTable.Method m = method.orElseThrow(ApiError::notFound);
      fault = faults.next(canonical);
      if (fault.isPresent() && faultAnswers.preempts(fault.get(), exchange)) {
        status = FaultAnswers.status(fault.get());
        error = Optional.of(fault.get().toString());
        return;
      }
      if (m.sends()) {
        rateLimit(params);
      }
      ObjectNode ok = mapper.createObjectNode().put("ok", true);
      ok.set("result", m.handler().handle(params));
      status = 200;
      if (fault.filter(f -> f instanceof Fault.MalformedJson).isPresent()) {
        faultAnswers.malformed(exchange, mapper.writeValueAsBytes(ok));
      } else {
        answer(exchange, 200, ok);
      }
    } catch (ApiError e) {
      status = e.code();
      error = Optional.of(e.description());
      answer(exchange, e.code(), e.toJson());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = Optional.of("server closing");
    } catch (RuntimeException e) {
      LOG.warn("fake Bot API failed on {}", canonical, e);
      status = 500;
      error = Optional.of(e.toString());
      answer(exchange, 500, ApiError.serverError(500, "Internal Server Error").toJson());
    } finally {
      log.record(canonical, params, clock.instant(), status, error, fault);
      LOG.debug("{} -> {}", canonical, status);
    }
  }

  /** {@code /file/bot<token>/<file_path>}: the bytes of a file the bot uploaded, as Telegram serves them. */
  private void download(HttpExchange exchange, String givenToken, String filePath) throws IOException {
    Optional<byte[]> bytes = token.equals(givenToken)
        ? state.read(w -> w.files().byPath(filePath).flatMap(FileStore.StoredFile::bytes))
        : Optional.empty();
    if (bytes.isEmpty()) {
      answer(exchange, 404, ApiError.notFound().toJson());
      return;
    }
    exchange.getResponseHeaders().put("Content-Type", List.of("application/octet-stream"));
    exchange.sendResponseHeaders(200, bytes.get().length);
    exchange.getResponseBody().write(bytes.get());
  }

  private void rateLimit(Params params) {
    long chatId;
    try {
      chatId = params.longValue("chat_id").orElse(0L);
    } catch (ApiError e) {
      chatId = 0L; // a @username: the method itself will answer
    }
    long target = chatId;
    limiter.ifPresent(l -> {
      OptionalInt wait = l.acquire(target);
      if (wait.isPresent()) {
        throw ApiError.tooManyRequests(wait.getAsInt());
      }
    });
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw ApiError.serverError(413, "Request Entity Too Large");
      }
      return bytes;
    }
  }

  private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

}
