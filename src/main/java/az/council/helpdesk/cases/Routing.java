package az.council.helpdesk.cases;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The working groups and which cases go to which (configuration, not code): urgency first, then the person's
 * citizenship (stateless persons have their own group), then the topic, else the default group. Loaded from
 * {@code cases/routing.yaml} on the classpath or from a file that replaces it; a broken file stops start-up
 * with a sentence saying what is wrong.
 */
public final class Routing {
  static final String RESOURCE = "/cases/routing.yaml";

  private final Map<String, WorkingGroup> groups;
  private final WorkingGroup fallback;
  private final Map<Topic, WorkingGroup> byTopic;
  private final Map<String, WorkingGroup> byCitizenship;
  private final Map<Urgency, WorkingGroup> byUrgency;

  private Routing(Map<String, WorkingGroup> groups, WorkingGroup fallback, Map<Topic, WorkingGroup> byTopic,
      Map<String, WorkingGroup> byCitizenship, Map<Urgency, WorkingGroup> byUrgency) {
    this.groups = groups;
    this.fallback = fallback;
    this.byTopic = byTopic;
    this.byCitizenship = byCitizenship;
    this.byUrgency = byUrgency;
  }

  /** The file when given (e.g. {@code CASE_ROUTING_FILE}), else the built-in routing. */
  public static Routing load(Optional<Path> file) {
    if (file.isEmpty()) {
      return defaults();
    }
    try {
      return parse(Files.readString(file.get(), StandardCharsets.UTF_8), file.get().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the routing file " + file.get(), e);
    }
  }

  public static Routing defaults() {
    try (InputStream in = Routing.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses routing YAML; {@code source} names it in error messages. */
  static Routing parse(String yaml, String source) {
    Object loaded = new Yaml().load(yaml); // SnakeYAML 2 refuses global tags, so this builds plain maps only
    Map<?, ?> root = map(loaded, source, "the file");
    Map<String, WorkingGroup> groups = new LinkedHashMap<>();
    for (Object item : list(root.get("groups"), source)) {
      Map<?, ?> group = map(item, source, "each entry of 'groups'");
      String id = String.valueOf(group.get("id"));
      Map<?, ?> names = map(group.get("name"), source, "the name of group " + id);
      Map<Language, String> byLanguage = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        Object name = names.get(language.tag());
        if (name == null || name.toString().isBlank()) {
          throw problem(source, "group " + id + " has no " + language.tag() + " name");
        }
        byLanguage.put(language, name.toString());
      }
      if (groups.put(id, new WorkingGroup(id, byLanguage)) != null) {
        throw problem(source, "group " + id + " is listed twice");
      }
    }
    Lookup lookup = new Lookup(groups, source);
    WorkingGroup fallback = lookup.group(root.get("default"), "'default'");
    Map<Topic, WorkingGroup> byTopic = new EnumMap<>(Topic.class);
    section(root, "topics", source).forEach((key, value) -> byTopic.put(
        Topic.fromId(key).orElseThrow(() -> problem(source, "'" + key + "' under 'topics' is not a topic id")),
        lookup.group(value, "topic " + key)));
    Map<String, WorkingGroup> byCitizenship = new LinkedHashMap<>();
    section(root, "citizenship", source).forEach((key, value) ->
        byCitizenship.put(key.toLowerCase(Locale.ROOT), lookup.group(value, "citizenship " + key)));
    Map<Urgency, WorkingGroup> byUrgency = new EnumMap<>(Urgency.class);
    section(root, "urgency", source).forEach((key, value) -> byUrgency.put(urgency(key, source),
        lookup.group(value, "urgency " + key)));
    return new Routing(groups, fallback, byTopic, byCitizenship, byUrgency);
  }

  public List<WorkingGroup> groups() {
    return List.copyOf(groups.values());
  }

  public Optional<WorkingGroup> group(String id) {
    return Optional.ofNullable(groups.get(id.strip().toLowerCase(Locale.ROOT)));
  }

  public WorkingGroup fallback() {
    return fallback;
  }

  /** The group for a case: urgency, then citizenship, then topic, then the default group. */
  public WorkingGroup route(Optional<Topic> topic, Optional<Urgency> urgency, Optional<String> citizenship) {
    return urgency.map(byUrgency::get)
        .or(() -> citizenship.map(c -> byCitizenship.get(c.toLowerCase(Locale.ROOT))))
        .or(() -> topic.map(byTopic::get))
        .orElse(fallback);
  }

  /** The id used in the YAML for an urgency, e.g. {@code self-harm}. */
  public static String id(Urgency urgency) {
    return urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Urgency urgency(String key, String source) {
    for (Urgency urgency : Urgency.values()) {
      if (id(urgency).equals(key)) {
        return urgency;
      }
    }
    throw problem(source, "'" + key + "' under 'urgency' is not one of " + java.util.Arrays.stream(Urgency.values())
        .map(Routing::id).toList());
  }

  private record Lookup(Map<String, WorkingGroup> groups, String source) {
    WorkingGroup group(Object id, String where) {
      WorkingGroup group = id == null ? null : groups.get(id.toString());
      if (group == null) {
        throw problem(source, where + " names the group '" + id + "', which is not under 'groups'");
      }
      return group;
    }
  }

  private static Map<String, Object> section(Map<?, ?> root, String key, String source) {
    Map<String, Object> entries = new LinkedHashMap<>();
    Object section = root.get(key);
    if (section != null) {
      map(section, source, "'" + key + "'").forEach((k, v) -> entries.put(String.valueOf(k), v));
    }
    return entries;
  }

  private static Map<?, ?> map(Object node, String source, String what) {
    if (node instanceof Map<?, ?> map) {
      return map;
    }
    throw problem(source, what + " must be a mapping of key: value");
  }

  private static List<?> list(Object node, String source) {
    if (node instanceof List<?> list && !list.isEmpty()) {
      return new ArrayList<>(list);
    }
    throw problem(source, "'groups' must be a non-empty list of groups with an id and a name");
  }

  private static IllegalArgumentException problem(String source, String message) {
    return new IllegalArgumentException("routing " + source + ": " + message);
  }
}
