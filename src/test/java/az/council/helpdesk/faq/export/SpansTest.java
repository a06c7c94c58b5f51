package az.council.helpdesk.faq.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.export.Spans.Link;
import az.council.helpdesk.faq.export.Spans.Text;
import org.junit.jupiter.api.Test;

final class SpansTest {
  @Test
  void of_webAddressesBecomeLinksWithoutTheSentencePunctuationAfterThem() {
    assertThat(Spans.of("SMS https://migration.gov.az/en/oyq and https://migration.gov.az/en/useful_detail/567."))
        .containsExactly(new Text("SMS "), new Link("https://migration.gov.az/en/oyq"), new Text(" and "),
            new Link("https://migration.gov.az/en/useful_detail/567"), new Text("."));
  }

  @Test
  void of_anAddressEndsAtQuotesAnglesAndParentheses() {
    assertThat(Spans.of("(see https://x.az/a\"><script>)"))
        .containsExactly(new Text("(see "), new Link("https://x.az/a"), new Text("\"><script>)"));
  }

  @Test
  void of_aDomainWithoutSchemeStaysText() {
    assertThat(Spans.of("eservice.migration.gov.az")).containsExactly(new Text("eservice.migration.gov.az"));
  }
}
