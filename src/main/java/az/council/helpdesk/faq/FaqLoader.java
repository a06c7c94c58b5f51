package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code faq/*.yaml} (one file per topic) and {@code faq/contacts.yaml}. It never throws on bad
 * content: every problem is collected with its file and line so that {@code faq check} can list them all at
 * once.
 */
public final class FaqLoader {
  public static final String CONTACTS_FILE = "contacts.yaml";
  /** A well-formed contact placeholder; the loader reports unknown ids, the checker malformed ones. */
  static final Pattern CONTACT = Pattern.compile("\\{contact:([a-z0-9-]+)}");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> ENTRY_KEYS =
      Set.of("id", "topic", "booklet", "source", "reviewed", "needs-review", "see", "az", "ru", "en");
  private static final Set<String> TEXT_KEYS = Set.of("question", "answer", "also");

  private FaqLoader() {}

  /** Loads the folder; a folder that does not exist is a problem, not an exception. */
  public static FaqFolder load(Path folder) {
    List<FaqProblem> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      problems.add(new FaqProblem(folder.toString(), 1, "FAQ folder not found"));
      return new FaqFolder(List.of(), List.of(), problems);
    }
    List<FaqFolder.LocatedContact> contacts = loadContacts(folder.resolve(CONTACTS_FILE), problems);
    Map<String, Contact> contactsById = new HashMap<>();
    contacts.forEach(c -> contactsById.putIfAbsent(c.contact().id(), c.contact()));
    List<FaqFolder.Located> entries = new ArrayList<>();
    for (Path file : topicFiles(folder, problems)) {
      readRoot(file, problems)
          .ifPresent(root -> entries.addAll(readTopicFile(file, root, contactsById, problems)));
    }
    return new FaqFolder(entries, contacts, problems);
  }

  private static List<Path> topicFiles(Path folder, List<FaqProblem> problems) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().equals(CONTACTS_FILE))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new FaqProblem(folder.toString(), 1, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }

  private static Optional<Node> readRoot(Path file, List<FaqProblem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlNodes with a line number instead
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        problems.add(new FaqProblem(name(file), 1, "file is empty"));
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(new FaqProblem(name(file), line, "not valid YAML: " + e.getProblem()));
    } catch (IOException | RuntimeException e) {
      problems.add(new FaqProblem(name(file), 1, "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static String name(Path file) {
    Path parent = file.getParent() == null ? null : file.getParent().getFileName();
    return parent == null ? file.toString() : parent + "/" + file.getFileName();
  }

  private static List<FaqFolder.Located> readTopicFile(
      Path file, Node root, Map<String, Contact> contacts, List<FaqProblem> problems) {
    YamlNodes yaml = new YamlNodes(name(file), problems);
    List<FaqFolder.Located> result = new ArrayList<>();
    Optional<Map<String, Node>> top = yaml.mapping(root, "the file");
    if (top.isEmpty()) {
      return result;
    }
    String expectedTopic = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (Topic.fromId(expectedTopic).isEmpty()) {
      yaml.problem(root, "file name '" + expectedTopic + "' is not a topic id " + topicIds());
    }
    yaml.optionalText(top.get(), "topic")
        .filter(t -> !t.equals(expectedTopic))
        .ifPresent(t -> yaml.problem(top.get().get("topic"), "file topic '" + t + "' differs from the file name"));
    Node entriesNode = top.get().get("entries");
    if (entriesNode == null) {
      yaml.problem(root, "the file has no 'entries' list");
      return result;
    }
    for (Node entryNode : yaml.sequence(entriesNode, "'entries'").orElse(List.of())) {
      readEntry(yaml, entryNode, expectedTopic, contacts)
          .ifPresent(entry -> result.add(new FaqFolder.Located(entry, name(file), YamlNodes.line(entryNode))));
    }
    return result;
  }

  private static Optional<FaqEntry> readEntry(
      YamlNodes yaml, Node node, String fileTopic, Map<String, Contact> contacts) {
    Optional<Map<String, Node>> maybe = yaml.mapping(node, "an entry");
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> map = maybe.get();
    String id = yaml.text(map, "id", node, "the entry").orElse(null);
    String what = id == null ? "the entry" : "entry '" + id + "'";
    map.keySet().stream()
        .filter(k -> !ENTRY_KEYS.contains(k))
        .forEach(k -> yaml.problem(map.get(k), what + " has unknown key '" + k + "'"));
    if (id != null && !ID.matcher(id).matches()) {
      yaml.problem(map.get("id"), what + ": id must be lower-case letters, digits and hyphens");
    }
    Optional<Topic> topic = yaml.text(map, "topic", node, what).flatMap(t -> parse(yaml, map, "topic", Topic.fromId(t), what));
    topic.filter(t -> !t.id().equals(fileTopic))
        .ifPresent(t -> yaml.problem(map.get("topic"), what + " has topic '" + t.id() + "' but is in " + fileTopic + ".yaml"));
    Optional<Booklet> booklet =
        yaml.text(map, "booklet", node, what).flatMap(b -> parse(yaml, map, "booklet", Booklet.fromId(b), what));
    Optional<String> source = yaml.text(map, "source", node, what);
    Optional<LocalDate> reviewed = yaml.text(map, "reviewed", node, what).flatMap(d -> date(yaml, map, d, what));
    boolean needsReview = yaml.flag(map, "needs-review", what);
    List<String> see = yaml.texts(map, "see", what);
    Map<Language, LocalizedText> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Node textNode = map.get(language.tag());
      if (textNode == null) {
        yaml.problem(node, what + " has no '" + language.tag() + "' language block");
        continue;
      }
      readText(yaml, textNode, what + " (" + language.tag() + ")", language, contacts)
          .ifPresent(text -> texts.put(language, text));
    }
    if (id == null || topic.isEmpty() || booklet.isEmpty() || source.isEmpty() || reviewed.isEmpty()
        || texts.size() != Language.values().length) {
      return Optional.empty();
    }
    return Optional.of(
        new FaqEntry(id, topic.get(), booklet.get(), texts, source.get(), reviewed.get(), needsReview, see));
  }

  private static <T> Optional<T> parse(YamlNodes yaml, Map<String, Node> map, String key, Optional<T> value, String what) {
    if (value.isEmpty()) {
      String allowed = key.equals("topic") ? topicIds() : bookletIds();
      yaml.problem(map.get(key), what + ": unknown " + key + "; use one of " + allowed);
    }
    return value;
  }

  private static Optional<LocalDate> date(YamlNodes yaml, Map<String, Node> map, String value, String what) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      yaml.problem(map.get("reviewed"), what + ": 'reviewed' must be a date like 2026-11-25, not '" + value + "'");
      return Optional.empty();
    }
  }

  private static Optional<LocalizedText> readText(
      YamlNodes yaml, Node node, String what, Language language, Map<String, Contact> contacts) {
    Optional<Map<String, Node>> maybe = yaml.mapping(node, what);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> map = maybe.get();
    map.keySet().stream()
        .filter(k -> !TEXT_KEYS.contains(k))
        .forEach(k -> yaml.problem(map.get(k), what + " has unknown key '" + k + "'"));
    Optional<String> question = yaml.text(map, "question", node, what);
    Optional<String> answer = yaml.text(map, "answer", node, what)
        .map(a -> expandContacts(yaml, map.get("answer"), a, language, contacts, what));
    List<String> also = yaml.texts(map, "also", what);
    if (question.isEmpty() || answer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LocalizedText(question.get(), answer.get(), also));
  }

  private static String expandContacts(
      YamlNodes yaml, Node at, String answer, Language language, Map<String, Contact> contacts, String what) {
    Matcher m = CONTACT.matcher(answer);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Contact contact = contacts.get(m.group(1));
      if (contact == null) {
        yaml.problem(at, what + " refers to unknown contact '" + m.group(1) + "' (see " + CONTACTS_FILE + ")");
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(contact.render(language)));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<FaqFolder.LocatedContact> loadContacts(Path file, List<FaqProblem> problems) {
    List<FaqFolder.LocatedContact> contacts = new ArrayList<>();
    if (!Files.exists(file)) {
      problems.add(new FaqProblem(name(file), 1, "contacts file is missing"));
      return contacts;
    }
    Optional<Node> root = readRoot(file, problems);
    if (root.isEmpty()) {
      return contacts;
    }
    YamlNodes yaml = new YamlNodes(name(file), problems);
    Node list = yaml.mapping(root.get(), "the file").map(m -> m.get("contacts")).orElse(null);
    if (list == null) {
      yaml.problem(root.get(), "the file has no 'contacts' list");
      return contacts;
    }
    for (Node node : yaml.sequence(list, "'contacts'").orElse(List.of())) {
      readContact(yaml, node)
          .ifPresent(contact -> contacts.add(new FaqFolder.LocatedContact(contact.contact(), contact.reviewed(),
              name(file), YamlNodes.line(node))));
    }
    return contacts;
  }

  /** A contact as read, before it is given its place in the folder. */
  private record ReadContact(Contact contact, Optional<LocalDate> reviewed) {}

  private static Optional<ReadContact> readContact(YamlNodes yaml, Node node) {
    Optional<Map<String, Node>> maybe = yaml.mapping(node, "a contact");
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> map = maybe.get();
    Optional<String> id = yaml.text(map, "id", node, "a contact");
    String what = "contact '" + id.orElse("?") + "'";
    Optional<String> value = yaml.text(map, "value", node, what);
    Optional<String> source = yaml.text(map, "source", node, what);
    Optional<LocalDate> reviewed = yaml.text(map, "reviewed", node, what).flatMap(d -> date(yaml, map, d, what));
    Map<Language, Contact.Label> labels = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Node labelNode = map.get(language.tag());
      if (labelNode == null) {
        yaml.problem(node, what + " has no '" + language.tag() + "' block");
        continue;
      }
      yaml.mapping(labelNode, what + " (" + language.tag() + ")")
          .flatMap(l -> yaml.text(l, "name", labelNode, what + " (" + language.tag() + ")")
              .map(name -> new Contact.Label(name, yaml.optionalText(l, "note").orElse(""))))
          .ifPresent(label -> labels.put(language, label));
    }
    if (id.isEmpty() || value.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    Contact contact = new Contact(id.get(), value.get(), yaml.flag(map, "emergency", what), labels, source.get(),
        yaml.flag(map, "needs-review", what));
    return Optional.of(new ReadContact(contact, reviewed));
  }

  private static String topicIds() {
    return Stream.of(Topic.values()).map(Topic::id).toList().toString();
  }

  private static String bookletIds() {
    return Stream.of(Booklet.values()).map(Booklet::id).toList().toString();
  }
}
