package az.council.helpdesk.faq.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.FaqFixture;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BookletDocumentTest {
  @TempDir Path temp;

  private BookletDocument document(Language language) {
    return document(FaqFixture.writeInto(temp), language);
  }

  private static BookletDocument document(FaqFixture faq, Language language) {
    return BookletDocument.of(FaqCatalog.load(faq.folder()), language, new Messages(), LocalDate.of(2026, 3, 14));
  }

  @Test
  void of_ordersPartsByBookletAndLeavesOutBookletsWithoutEntries() {
    FaqFixture faq = FaqFixture.writeInto(temp);
    faq.replace("permanent-residence.yaml", "booklet: permanent-residence", "booklet: guide");

    BookletDocument document = document(faq, Language.EN);

    assertThat(document.parts()).extracting(BookletDocument.Part::anchor)
        .containsExactly("b-integration", "b-temporary-stay", "b-labour-activity", "b-rights-and-duties", "b-guide");
    assertThat(document.parts().get(4).sections()).extracting(BookletDocument.Section::title)
        .containsExactly("Permanent residence", "Emigration and return", "Daily life");
    assertThat(document.parts().get(1).sections()).extracting(BookletDocument.Section::title)
        .containsExactly("Registration", "Temporary stay");
    assertThat(document.entries()).hasSize(Topic.values().length);
  }

  @Test
  void of_takesTitlesFromTheLanguagesBundle() {
    BookletDocument document = document(Language.RU);

    assertThat(document.labels().title()).isEqualTo("Вопросы и ответы для мигрантов в Азербайджане");
    assertThat(document.parts().get(1).sections().get(0).title()).isEqualTo("Регистрация");
    assertThat(document.labels().generated()).contains("2026-03-14", "9", "0");
  }

  @Test
  void of_splitsContactsIntoEmergencyAndOfficial() {
    BookletDocument document = document(Language.AZ);

    assertThat(document.emergencyContacts()).extracting(c -> c.id()).containsExactly("police");
    assertThat(document.officialContacts()).extracting(c -> c.id()).containsExactly("sms-call-centre", "office");
  }

  @Test
  void entryAnchor_isSafeInLinksEvenForAnIdFaqCheckWouldReject() {
    FaqEntry odd = new FaqEntry("Bad \"id\"<x>", Topic.ASYLUM, az.council.helpdesk.faq.Booklet.GUIDE, Map.of(),
        "source", LocalDate.of(2026, 1, 1), false, List.of());

    assertThat(BookletDocument.entryAnchor(odd)).isEqualTo("q-bad--id--x-").matches("[a-z0-9-]+");
  }
}
