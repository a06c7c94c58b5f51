package az.council.helpdesk.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small, valid FAQ folder written into a test's temporary directory: one entry per topic and three
 * contacts, so {@code faq check} finds nothing until a test breaks one thing on purpose. Entries are written
 * as YAML text, exactly as an editor would, so problems carry real file:line positions.
 */
public final class FaqFixture {
  /** The date the fixture's entries were "reviewed"; tests check them as of {@link #TODAY}. */
  public static final String REVIEWED = "2026-01-15";

  public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 1);

  /** One sample entry per topic: distinct questions in each language, so none are near-duplicates. */
  public record Sample(String topic, String booklet, String az, String ru, String en) {
    public String id() {
      return topic + "-sample";
    }
  }

  public static final List<Sample> SAMPLES = List.of(
      new Sample("registration", "temporary-stay", "Qeydiyyat nə vaxt lazımdır?", "Когда нужна регистрация?",
          "When is registration needed?"),
      new Sample("temporary-stay", "temporary-stay", "Vizasız neçə gün qala bilərəm?",
          "Сколько дней можно жить без визы?", "How many days can I stay visa-free?"),
      new Sample("temporary-residence", "integration", "Müvəqqəti yaşamaq icazəsini necə almaq olar?",
          "Как получить ВНЖ?", "How do I obtain a residence permit?"),
      new Sample("permanent-residence", "permanent-residence", "Daimi yaşamaq üçün hansı şərtlər var?",
          "Какие условия для ПМЖ?", "What are the conditions for permanent residence?"),
      new Sample("work-permit", "labour-activity", "İş icazəsinə kim müraciət edir?",
          "Кто подаёт на разрешение на работу?", "Who applies for a work permit?"),
      new Sample("citizenship", "rights-and-duties", "Vətəndaşlığı necə qəbul etmək olar?", "Как принять гражданство?",
          "How can I become a citizen?"),
      new Sample("asylum", "rights-and-duties", "Sığınacaq üçün harada müraciət etməli?", "Где просить убежища?",
          "Where do I ask for asylum?"),
      new Sample("emigration", "guide", "Xaricə işləməyə getmək istəyirəm.", "Хочу уехать работать за границу.",
          "I want to go abroad to work."),
      new Sample("daily-life", "guide", "Bank hesabı aça bilərəmmi?", "Можно ли открыть банковский счёт?",
          "Can I open a bank account?"));

  public static final String CONTACTS = """
      contacts:
        - id: police
          value: "102"
          emergency: true
          source: "Fixture source"
          reviewed: 2026-01-15
          az: { name: "Polis", note: "Təhlükə halında" }
          ru: { name: "Полиция", note: "При опасности" }
          en: { name: "Police", note: "In danger" }

        - id: sms-call-centre
          value: "919"
          emergency: false
          source: "Fixture source"
          reviewed: 2026-01-15
          az: { name: "Çağrı mərkəzi", note: "" }
          ru: { name: "Колл-центр", note: "" }
          en: { name: "Call centre", note: "" }

        - id: office
          value: "Baku, 1 Example St."
          emergency: false
          source: "Fixture source"
          reviewed: 2026-01-15
          needs-review: true
          az: { name: "Ofis", note: "Köhnə ünvan" }
          ru: { name: "Офис", note: "Старый адрес" }
          en: { name: "Office", note: "Old address" }
      """;

  private final Path folder;

  private FaqFixture(Path folder) {
    this.folder = folder;
  }

  /** Writes the valid folder as {@code parent/faq}, so problems name files as {@code faq/<topic>.yaml}. */
  public static FaqFixture writeInto(Path parent) {
    FaqFixture fixture = new FaqFixture(parent.resolve("faq"));
    fixture.write(FaqLoader.CONTACTS_FILE, CONTACTS);
    for (Sample sample : SAMPLES) {
      fixture.write(sample.topic() + ".yaml", "topic: " + sample.topic() + "\nentries:\n" + entry(sample));
    }
    return fixture;
  }

  /** A complete valid entry as YAML list item, indented for a topic file's {@code entries:}. */
  public static String entry(Sample s) {
    return entry(s.id(), s.topic(), s.booklet(), s.az(), s.ru(), s.en());
  }

  public static String entry(String id, String topic, String booklet, String az, String ru, String en) {
    return """
          - id: %s
            topic: %s
            booklet: %s
            source: "Migration Code Art. 21.1; SMS https://migration.gov.az/en/oyq"
            reviewed: %s
            needs-review: false
            see: []
            az:
              question: "%s"
              answer: |
                Qısa cavab: {contact:sms-call-centre}.

                • Birinci addım.
                • İkinci addım.
              also: ["birinci sual", "ikinci sual", "üçüncü sual"]
            ru:
              question: "%s"
              answer: |
                Короткий ответ: {contact:sms-call-centre}.

                • Первый шаг.
                • Второй шаг.
              also: ["первый вопрос", "второй вопрос", "третий вопрос"]
            en:
              question: "%s"
              answer: |
                A short answer: {contact:sms-call-centre}.

                • First step.
                • Second step.
              also: ["first way to ask", "second way to ask", "third way to ask"]
        """.formatted(id, topic, booklet, REVIEWED, az, ru, en);
  }

  public Path folder() {
    return folder;
  }

  public Path file(String name) {
    return folder.resolve(name);
  }

  /** What problems call a file: the folder's name and the file's, as the loader reports them. */
  public static String named(String file) {
    return "faq/" + file;
  }

  public void write(String name, String text) {
    try {
      Files.createDirectories(folder);
      Files.writeString(file(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String name) {
    try {
      return Files.readString(file(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds an entry (YAML from {@link #entry}) at the end of a topic file. */
  public void append(String name, String entryYaml) {
    write(name, read(name) + entryYaml);
  }

  /** Replaces the first occurrence of {@code from}, failing loudly if the fixture no longer contains it. */
  public void replace(String name, String from, String to) {
    String text = read(name);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException(name + " does not contain: " + from);
    }
    write(name, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** The 1-based line of the {@code occurrence}-th (1-based) line containing {@code text}. */
  public int lineOf(String name, String text, int occurrence) {
    List<String> lines = read(name).lines().toList();
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text) && ++seen == occurrence) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name + " has no line #" + occurrence + " containing: " + text);
  }

  public int lineOf(String name, String text) {
    return lineOf(name, text, 1);
  }

  public FaqFolder load() {
    return FaqLoader.load(folder);
  }

  public List<FaqProblem> check() {
    return new FaqChecker(TODAY).check(load());
  }
}
