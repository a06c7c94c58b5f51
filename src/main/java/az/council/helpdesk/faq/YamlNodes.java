package az.council.helpdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads SnakeYAML's node tree rather than plain maps because only nodes keep line numbers, and {@code faq
 * check} must point editors at {@code file:line}.
 */
final class YamlNodes {
  private final String file;
  private final List<FaqProblem> problems;

  YamlNodes(String file, List<FaqProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  void problem(Node at, String message) {
    problems.add(new FaqProblem(file, at == null ? 1 : line(at), message));
  }

  /** The mapping's entries by key, in file order; reports a non-mapping. */
  Optional<Map<String, Node>> mapping(Node node, String what) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, what + " must be a mapping of key: value");
      return Optional.empty();
    }
    Map<String, Node> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (result.put(key.getValue(), tuple.getValueNode()) != null) {
          problem(key, "key '" + key.getValue() + "' appears twice in " + what);
        }
      } else {
        problem(tuple.getKeyNode(), what + " has a key that is not plain text");
      }
    }
    return Optional.of(result);
  }

  Optional<List<Node>> sequence(Node node, String what) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, what + " must be a list");
      return Optional.empty();
    }
    return Optional.of(sequence.getValue());
  }

  /** A required, non-blank text value. */
  Optional<String> text(Map<String, Node> map, String key, Node parent, String what) {
    Node node = map.get(key);
    if (node == null) {
      problem(parent, what + " is missing '" + key + "'");
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      problem(node, what + " '" + key + "' must be text");
      return Optional.empty();
    }
    String value = scalar.getValue().strip();
    if (value.isEmpty()) {
      problem(node, what + " '" + key + "' is empty");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<String> optionalText(Map<String, Node> map, String key) {
    return map.get(key) instanceof ScalarNode scalar ? Optional.of(scalar.getValue().strip()) : Optional.empty();
  }

  List<String> texts(Map<String, Node> map, String key, String what) {
    Node node = map.get(key);
    if (node == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Node item : sequence(node, what + " '" + key + "'").orElse(List.of())) {
      if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
        values.add(scalar.getValue().strip());
      } else {
        problem(item, what + " '" + key + "' has an empty or non-text item");
      }
    }
    return values;
  }

  boolean flag(Map<String, Node> map, String key, String what) {
    Node node = map.get(key);
    if (node == null) {
      return false;
    }
    if (node instanceof ScalarNode scalar && scalar.getValue().matches("true|false")) {
      return Boolean.parseBoolean(scalar.getValue());
    }
    problem(node, what + " '" + key + "' must be true or false");
    return false;
  }
}
