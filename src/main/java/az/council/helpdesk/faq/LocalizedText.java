package az.council.helpdesk.faq;

import java.util.List;

/** One entry's text in one language: the canonical question, the answer and other ways people ask. */
public record LocalizedText(String question, String answer, List<String> also) {
  public LocalizedText {
    also = List.copyOf(also);
  }
}
