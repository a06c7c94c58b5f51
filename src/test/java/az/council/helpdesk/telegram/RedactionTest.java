package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.config.Secret;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

final class RedactionTest {
  static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";
  private final Redaction redaction = new Redaction(new Secret(TOKEN));

  @Test
  void redact_masksTheTokenInAUrl() {
    assertThat(redaction.redact("POST https://api.telegram.org/bot" + TOKEN + "/sendmessage failed"))
        .isEqualTo("POST https://api.telegram.org/bot" + Redaction.MASK + "/sendmessage failed");
  }

  @Test
  void redact_masksEvenAShortConfiguredToken() {
    Redaction shortToken = new Redaction(new Secret("1:x"));

    assertThat(shortToken.redact("token 1:x leaked")).doesNotContain("1:x");
  }

  @Test
  void describe_isOneRedactedLine() {
    Exception e = new IOException("unexpected end of stream on http://127.0.0.1/bot" + TOKEN + "/getme\nmore");

    assertThat(redaction.describe(e)).isEqualTo("IOException: unexpected end of stream on http://127.0.0.1/bot"
        + Redaction.MASK + "/getme");
  }

  @ParameterizedTest
  @ValueSource(strings = {"STDERR", "STDERR_SHORT"})
  void theLogPattern_masksTokensInMessagesAndStackTraces(String appenderName) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    OutputStreamAppender<ILoggingEvent> appender = appender(context, appenderName);
    Logger logger = context.getLogger("org.telegram.telegrambots.longpolling.BotSession");
    Exception failure = new IllegalStateException("call to https://api.telegram.org/bot" + TOKEN + "/getupdates",
        new IOException("cause mentions " + TOKEN));
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR,
        "Error on https://api.telegram.org/bot{}/getupdates", failure, new Object[] {TOKEN});

    String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(line).doesNotContain(TOKEN).doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ")
        .contains("Error on https://api.telegram.org/bot" + Redaction.MASK + "/getupdates")
        .contains("IllegalStateException").contains("cause mentions " + Redaction.MASK);
  }

  @SuppressWarnings("unchecked")
  private static OutputStreamAppender<ILoggingEvent> appender(LoggerContext context, String name) {
    for (Logger logger : context.getLoggerList()) {
      var found = logger.getAppender(name);
      if (found != null) {
        return (OutputStreamAppender<ILoggingEvent>) found;
      }
    }
    throw new AssertionError("no appender " + name + " in logback.xml");
  }
}
