package az.council.helpdesk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Raw setting values by name, from (first match wins) the environment, a file named by the environment's
 * {@code <NAME>_FILE}, the YAML file, a file named by the YAML's {@code <NAME>_FILE}. Blank values count as
 * unset, so {@code FOO=} in a compose file means "use the default".
 */
final class Settings {
  private static final String FILE_SUFFIX = "_FILE";
  private final Map<String, String> environment;
  private final Map<String, String> yaml;

  private Settings(Map<String, String> environment, Map<String, String> yaml) {
    this.environment = environment;
    this.yaml = yaml;
  }

  static Settings of(Map<String, String> environment) {
    Optional<String> file = Optional.ofNullable(environment.get(ConfigLoader.CONFIG_FILE)).filter(s -> !s.isBlank());
    return new Settings(Map.copyOf(environment), file.map(Settings::readYaml).orElse(Map.of()));
  }

  Optional<String> get(String name) {
    return value(environment, name, "environment variable")
        .or(() -> value(yaml, name, ConfigLoader.CONFIG_FILE + " file"));
  }

  private static Optional<String> value(Map<String, String> source, String name, String where) {
    Optional<String> direct = Optional.ofNullable(source.get(name)).filter(s -> !s.isBlank());
    Optional<String> file = Optional.ofNullable(source.get(name + FILE_SUFFIX)).filter(s -> !s.isBlank());
    if (direct.isPresent() && file.isPresent()) {
      throw new ConfigException("Set either " + name + " or " + name + FILE_SUFFIX + " (" + where + "), not both.");
    }
    return direct.or(() -> file.map(path -> readSecretFile(name + FILE_SUFFIX, path)));
  }

  private static String readSecretFile(String name, String path) {
    try {
      String content = Files.readString(Path.of(path.strip()), StandardCharsets.UTF_8).strip();
      if (content.isEmpty()) {
        throw new ConfigException(name + " points to an empty file (" + path.strip() + "): put the value in it.");
      }
      return content;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ConfigException(name + " points to " + path.strip() + ", which cannot be read: set it to a readable"
          + " file that holds the value.");
    }
  }

  private static Map<String, String> readYaml(String path) {
    Object root;
    try (Reader reader = Files.newBufferedReader(Path.of(path.strip()), StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ConfigException(ConfigLoader.CONFIG_FILE + " points to " + path.strip()
          + ", which cannot be read: set it to a readable YAML file or unset it.");
    } catch (YAMLException e) {
      throw new ConfigException(ConfigLoader.CONFIG_FILE + " file " + path.strip() + " is not valid YAML"
          + (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null
              ? " (line " + (m.getProblemMark().getLine() + 1) + ")" : "") + ": fix it or unset " + ConfigLoader.CONFIG_FILE + ".");
    }
    if (root == null) {
      return Map.of();
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ConfigException(ConfigLoader.CONFIG_FILE + " file " + path.strip()
          + " must be a mapping of NAME: value, e.g. HELPDESK_DATA_DIR: /data.");
    }
    Map<String, String> values = new HashMap<>();
    for (var entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String base = key.endsWith(FILE_SUFFIX) ? key.substring(0, key.length() - FILE_SUFFIX.length()) : key;
      if (!ConfigLoader.NAMES.contains(base)) {
        throw new ConfigException("Unknown setting " + key + " in " + path.strip() + "; known settings: "
            + String.join(", ", new TreeSet<>(ConfigLoader.NAMES)) + ".");
      }
      Object value = entry.getValue();
      if (value instanceof Iterable<?> list && key.equals(ConfigLoader.ADMIN_IDS)) {
        value = String.join(",", java.util.stream.StreamSupport.stream(list.spliterator(), false)
            .map(String::valueOf).toList());
      }
      if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
        throw new ConfigException("Set " + key + " in " + path.strip() + " to a single value, not a list or mapping.");
      }
      values.put(key, value == null ? "" : String.valueOf(value));
    }
    return values;
  }
}
