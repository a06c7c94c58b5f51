package az.council.helpdesk.telegram;

import az.council.helpdesk.config.HttpTimeouts;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The adapter's two OkHttp clients, with explicit timeouts and dispatcher threads it owns: one for calls
 * (sends, edits, getMe…) and one for the long poll, whose read timeout must outlast Telegram's hold. OkHttp's
 * dispatcher threads are non-daemon, so without {@link #close} the JVM would not exit.
 */
final class TelegramHttp implements AutoCloseable {
  private static final int MAX_CALLS = 64;
  final OkHttpClient calls;
  final OkHttpClient polling;
  private final ExecutorService callThreads;
  private final ExecutorService pollThreads;

  TelegramHttp(HttpTimeouts timeouts) {
    callThreads = pool("tg-http");
    pollThreads = pool("tg-http-poll");
    Dispatcher dispatcher = new Dispatcher(callThreads);
    dispatcher.setMaxRequests(MAX_CALLS);
    dispatcher.setMaxRequestsPerHost(MAX_CALLS);
    calls = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_CALLS, 1, TimeUnit.MINUTES))
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .writeTimeout(timeouts.write())
        .callTimeout(timeouts.call())
        .retryOnConnectionFailure(false) // a silent resend could duplicate a message; the outbox decides
        .build();
    Duration hold = timeouts.longPoll();
    polling = new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(pollThreads))
        .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
        .connectTimeout(timeouts.connect())
        .readTimeout(hold.plus(timeouts.read()))
        .writeTimeout(timeouts.write())
        .callTimeout(hold.plus(timeouts.call()))
        .build();
  }

  private static ExecutorService pool(String name) {
    // The same shape as OkHttp's default dispatcher pool, but with named threads this class shuts down.
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        NamedThreads.named(name));
  }

  /** Aborts the long poll in progress (otherwise stopping waits out Telegram's hold). */
  void cancelPolling() {
    polling.dispatcher().cancelAll();
  }

  @Override
  public void close() {
    polling.dispatcher().cancelAll();
    calls.dispatcher().cancelAll();
    pollThreads.shutdown();
    callThreads.shutdown();
    try {
      if (!callThreads.awaitTermination(2, TimeUnit.SECONDS)) {
        callThreads.shutdownNow();
      }
      if (!pollThreads.awaitTermination(2, TimeUnit.SECONDS)) {
        pollThreads.shutdownNow();
      }
    } catch (InterruptedException e) {
      callThreads.shutdownNow();
      pollThreads.shutdownNow();
      Thread.currentThread().interrupt();
    }
    polling.connectionPool().evictAll();
    calls.connectionPool().evictAll();
  }
}
