package az.council.helpdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FaqCatalogTest {
  @TempDir Path temp;
  private FaqFixture faq;

  @BeforeEach
  void writeValidFolder() {
    faq = FaqFixture.writeInto(temp);
  }

  @Test
  void load_keepsEntriesInFileOrderAndFindsThemByIdAndTopic() {
    FaqCatalog catalog = FaqCatalog.load(faq.folder());

    assertThat(catalog.size()).isEqualTo(Topic.values().length);
    assertThat(catalog.entries().get(0).id()).isEqualTo("asylum-sample");
    assertThat(catalog.byId("daily-life-sample")).map(FaqEntry::topic).contains(Topic.DAILY_LIFE);
    assertThat(catalog.byId("no-such-entry")).isEmpty();
    assertThat(catalog.byTopic(Topic.WORK_PERMIT)).extracting(FaqEntry::id).containsExactly("work-permit-sample");
  }

  @Test
  void load_leavesOutEntriesWithProblemsButKeepsTheRest() {
    faq.replace("asylum.yaml", "topic: asylum\n    booklet", "topic: visas\n    booklet");

    FaqCatalog catalog = FaqCatalog.load(faq.folder());

    assertThat(catalog.byId("asylum-sample")).isEmpty();
    assertThat(catalog.size()).isEqualTo(Topic.values().length - 1);
  }

  @Test
  void duplicateIds_theFirstOneWins() {
    faq.append("work-permit.yaml", FaqFixture.entry("asylum-sample", "work-permit", "guide", "Başqa sual?",
        "Другой вопрос?", "Another question?"));

    FaqCatalog catalog = FaqCatalog.load(faq.folder());

    assertThat(catalog.byId("asylum-sample")).map(FaqEntry::topic).contains(Topic.ASYLUM);
  }

  @Test
  void seeAlso_resolvesKnownIdsInOrderAndSkipsUnknownOnesAndItself() {
    faq.replace("registration.yaml", "see: []", "see: [daily-life-sample, no-such-entry, registration-sample, asylum-sample]");

    FaqCatalog catalog = FaqCatalog.load(faq.folder());
    FaqEntry entry = catalog.byId("registration-sample").orElseThrow();

    assertThat(catalog.seeAlso(entry)).extracting(FaqEntry::id).containsExactly("daily-life-sample", "asylum-sample");
  }

  @Test
  void emergencyContacts_areTheOnesMarkedEmergencyInFileOrder() {
    faq.replace(FaqLoader.CONTACTS_FILE, "value: \"Baku, 1 Example St.\"\n    emergency: false",
        "value: \"Baku, 1 Example St.\"\n    emergency: true");

    FaqCatalog catalog = FaqCatalog.load(faq.folder());

    assertThat(catalog.contacts()).hasSize(3);
    assertThat(catalog.emergencyContacts()).extracting(Contact::id).containsExactly("police", "office");
  }
}
