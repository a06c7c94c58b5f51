package az.council.helpdesk.eval;

import java.util.List;
import java.util.Optional;

/** What a searcher said about one question, in the terms the metrics need. */
public record Prediction(Verdict verdict, List<String> ranking, Optional<String> topic) {
  public enum Verdict { ANSWER, SUGGEST, OUT_OF_SCOPE, URGENT }

  public Prediction {
    ranking = List.copyOf(ranking);
  }
}
