package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.profiles.SqliteProfiles;
import az.council.helpdesk.store.Database;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat} through the real command line, with a scripted stdin. */
final class ChatCommandTest {
  @TempDir Path data;

  private record Run(int exitCode, String out, String err) {}

  private Run chat(String script, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
    try {
      String[] full = new String[args.length + 3];
      full[0] = "chat";
      full[1] = "--data";
      full[2] = data.toString();
      System.arraycopy(args, 0, full, 3, args.length);
      int code = Main.execute(full, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(code, out.toString(), err.toString());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void aScriptedConversation_greetsAnswersTakesButtonsCommandsAndMedia() {
    Run run = chat("""
        Who has to register at the place of stay?
        1
        /topics
        1
        99
        ::sticker
        /weather
        /human
        /quit
        this line is never read
        """, "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("bot: Hello! I am the helpdesk bot")
        .contains("[1] Azərbaycanca  [2] Русский  [3] English")
        .contains("you: Who has to register at the place of stay?")
        .contains("Every foreigner or stateless person staying in Azerbaijan for more than 15 days must register")
        .contains("[1] 👍 Helpful  [2] 👎 Not helpful")
        .contains("One question for the Council's statistics")
        .contains("bot (notice): Thank you for your feedback!")
        .contains("bot (edits message #")
        .contains("Registration — choose a question (page 1 of 2):")
        .contains("(there is no button 99; the buttons above are numbered 1 to 8)")
        .contains("Thank you for the sticker!")
        .contains("Sorry, I do not know the command /weather.")
        .contains("→ handed to a Council member (reason USER_ASKED)")
        .doesNotContain("this line is never read")
        .endsWith("Bye." + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutLang_startsWithTheLanguageMenu_andAChoiceIsRememberedInTheDataDirectory() {
    Run run = chat("2\n");

    assertThat(run.out()).contains("Dilinizi seçin:", "Выберите язык:", "Choose your language:")
        .contains("Теперь я буду писать вам по-русски.")
        .contains("Здравствуйте!");
    try (Database database = Database.open(data)) {
      assertThat(new SqliteProfiles(database).find(1)).hasValueSatisfying(p -> {
        assertThat(p.language()).isEqualTo(Language.RU);
        assertThat(p.languageLocked()).isTrue();
      });
    }
  }

  @Test
  void anUnsupportedLang_isAUsageErrorWithOneLine() {
    Run run = chat("", "--lang", "de");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip()).isEqualTo("--lang must be az, ru or en, not 'de'.");
  }
}
