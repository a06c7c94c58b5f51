package az.council.helpdesk.eval;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.LocalizedText;
import az.council.helpdesk.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The yardstick: plain {@link StandardAnalyzer} BM25 over all of an entry's text in all languages, top hit
 * wins, no language handling, no confidence, no urgency. Whatever the real engine adds must beat this.
 */
public final class BaselineSearch implements AutoCloseable {
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<FaqEntry> entries;

  public BaselineSearch(List<FaqEntry> entries) {
    this.entries = List.copyOf(entries);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < this.entries.size(); i++) {
        Document doc = new Document();
        doc.add(new StoredField("ordinal", i));
        for (Language language : Language.values()) {
          LocalizedText text = this.entries.get(i).in(language);
          doc.add(new TextField("text", text.question() + "\n" + String.join("\n", text.also()) + "\n" + text.answer(),
              Field.Store.NO));
        }
        writer.addDocument(doc);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
  }

  public List<FaqEntry> search(String question, int limit) {
    try {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      int clauses = 0;
      try (var stream = analyzer.tokenStream("text", question)) {
        var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken() && clauses < 64) {
          query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
          clauses++;
        }
        stream.end();
      }
      if (clauses == 0) {
        return List.of();
      }
      List<FaqEntry> result = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query.build(), limit).scoreDocs) {
        int ordinal = searcher.storedFields().document(sd.doc, Set.of("ordinal")).getField("ordinal").numericValue()
            .intValue();
        result.add(entries.get(ordinal));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Prediction predict(String question) {
    List<FaqEntry> ranking = search(question, 3);
    if (ranking.isEmpty()) {
      return new Prediction(Prediction.Verdict.OUT_OF_SCOPE, List.of(), Optional.empty());
    }
    return new Prediction(Prediction.Verdict.ANSWER, ranking.stream().map(FaqEntry::id).toList(),
        Optional.of(ranking.get(0).topic().id()));
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
