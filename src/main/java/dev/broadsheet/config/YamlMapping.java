package dev.broadsheet.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML document whose top level is a mapping, read safely: only plain data (strings, numbers,
 * booleans, lists, maps), never arbitrary types, with aliases, nesting and size bounded so that a
 * hostile document cannot exhaust the machine. Every top-level entry keeps its line number, so
 * errors can point at the key.
 *
 * <p>Values are {@code String}, {@code Boolean}, {@code Long}, {@code Double}, {@code null}, an
 * unmodifiable {@code List} or an unmodifiable insertion-ordered {@code Map<String, Object>}.
 */
public final class YamlMapping {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_DEPTH = 20;
  private static final int MAX_NODES = 10_000;
  private static final int MAX_CODE_POINTS = 1_000_000;

  private static final java.util.Set<Tag> PLAIN_TAGS = java.util.Set.of(Tag.STR, Tag.INT,
      Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  private final List<Entry> entries;

  private YamlMapping(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** One top-level key, its value and the 1-based line the key stands on. */
  public record Entry(String key, Object value, int line) {

    /** The value as text; numbers and booleans are accepted as written. */
    public String string() throws YamlException {
      if (value instanceof String s) {
        return s;
      }
      if (value instanceof Number || value instanceof Boolean) {
        return String.valueOf(value);
      }
      throw wrongType("text");
    }

    /** A single text or a list of texts, as a list. */
    public List<String> strings() throws YamlException {
      if (value == null) {
        return List.of();
      }
      if (value instanceof Map) {
        throw wrongType("text or a list of texts");
      }
      if (value instanceof List<?> list) {
        List<String> result = new ArrayList<>(list.size());
        for (Object item : list) {
          if (item instanceof Map || item instanceof List || item == null) {
            throw wrongType("text or a list of texts");
          }
          result.add(String.valueOf(item));
        }
        return List.copyOf(result);
      }
      return List.of(string());
    }

    public boolean bool() throws YamlException {
      if (value instanceof Boolean b) {
        return b;
      }
      throw wrongType("true or false");
    }

    public long integer() throws YamlException {
      if (value instanceof Long n) {
        return n;
      }
      throw wrongType("a whole number");
    }

    public YamlException error(String message) {
      return new YamlException(line, "'" + key + "' " + message);
    }

    private YamlException wrongType(String expected) {
      return error("must be " + expected + ", not " + typeName(value));
    }

    private static String typeName(Object value) {
      if (value == null) {
        return "empty";
      }
      if (value instanceof List) {
        return "a list";
      }
      if (value instanceof Map) {
        return "a mapping";
      }
      if (value instanceof Boolean) {
        return "true/false";
      }
      if (value instanceof Number) {
        return "a number";
      }
      return "text";
    }
  }

  /** The document is not valid YAML or not a mapping of plain data. */
  public static final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    YamlException(int line, String message) {
      super(message);
      this.line = line;
    }

    /** 1-based line within the parsed text, or 0 when unknown. */
    public int line() {
      return line;
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * Immutable, so built once: every article's front matter is parsed, and building the settings
   * (a schema and its resolvers) cost a fifth as much as parsing a typical one.
   */
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setAllowDuplicateKeys(false)
      .setMaxAliasesForCollections(MAX_ALIASES)
      .setAllowRecursiveKeys(false)
      .setCodePointLimit(MAX_CODE_POINTS)
      .setUseMarks(true)
      .build();

  /**
   * Parses {@code text}; an empty document gives an empty mapping.
   *
   * @throws YamlException with the line of the problem when the text is not a mapping of plain data
   */
  public static YamlMapping parse(String text) throws YamlException {
    Optional<Node> root;
    try {
      root = new Compose(SETTINGS).composeString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new YamlException(line, "invalid YAML: " + firstLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new YamlException(0, "invalid YAML: " + firstLine(e.getMessage()));
    } catch (StackOverflowError e) {
      // SnakeYAML composes recursively and has no depth limit of its own: "[" * 50000 would
      // otherwise end the build with an Error. The stack is unwound by now, so this is safe.
      throw new YamlException(0, "invalid YAML: nested too deeply (at most " + MAX_DEPTH
          + " levels)");
    }
    if (root.isEmpty() || isNull(root.get())) {
      return new YamlMapping(List.of());
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw new YamlException(line(root.get()), "expected 'key: value' lines, found "
          + describe(root.get()));
    }
    Converter converter = new Converter();
    List<Entry> result = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        throw new YamlException(line(keyNode), "a key must be plain text");
      }
      String key = clean(keyScalar.getValue());
      if (!seen.add(key)) {
        throw new YamlException(line(keyNode), "'" + key + "' is given twice");
      }
      converter.keyLine = line(keyNode);
      Object value = converter.convert(tuple.getValueNode(), key, 1);
      result.add(new Entry(key, value, line(keyNode)));
    }
    return new YamlMapping(result);
  }

  private static final class Converter {
    private int nodes;
    /** The line of the top-level key being read: aliases make a node's own line misleading. */
    private int keyLine;

    Object convert(Node node, String key, int depth) throws YamlException {
      if (++nodes > MAX_NODES) {
        throw new YamlException(keyLine, "'" + key + "' is too large (more than "
            + MAX_NODES + " values)");
      }
      if (depth > MAX_DEPTH) {
        throw new YamlException(keyLine, "'" + key + "' is nested too deeply");
      }
      if (!PLAIN_TAGS.contains(node.getTag())) {
        throw new YamlException(line(node), "'" + key + "' has an unsupported type "
            + node.getTag().getValue() + "; only text, numbers, true/false, lists and mappings"
            + " are read");
      }
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar, key);
      }
      if (node instanceof SequenceNode sequence) {
        List<Object> list = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          list.add(convert(item, key, depth + 1));
        }
        return Collections.unmodifiableList(list);
      }
      MappingNode mapping = (MappingNode) node;
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyScalar)) {
          throw new YamlException(line(tuple.getKeyNode()), "a key in '" + key
              + "' must be plain text");
        }
        if (map.containsKey(keyScalar.getValue())) {
          throw new YamlException(line(keyScalar), "'" + key + "' has the key '"
              + keyScalar.getValue() + "' twice");
        }
        map.put(keyScalar.getValue(), convert(tuple.getValueNode(), key, depth + 1));
      }
      return Collections.unmodifiableMap(map);
    }

    private static Object scalar(ScalarNode scalar, String key) throws YamlException {
      Tag tag = scalar.getTag();
      String value = scalar.getValue();
      if (Tag.NULL.equals(tag)) {
        return null;
      }
      if (Tag.BOOL.equals(tag)) {
        return Boolean.valueOf(value.equalsIgnoreCase("true"));
      }
      if (Tag.INT.equals(tag)) {
        try {
          return parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
          return value;
        }
      }
      if (Tag.FLOAT.equals(tag)) {
        try {
          return Double.valueOf(value);
        } catch (NumberFormatException e) {
          return value;
        }
      }
      if (Tag.STR.equals(tag)) {
        return clean(value);
      }
      throw new YamlException(line(scalar), "'" + key + "' has an unsupported type "
          + tag.getValue());
    }
  }

  /** YAML escapes ({@code "\x00"}, {@code "\uD800"}) can put any character in a string. */
  static String clean(String value) {
    return CleanText.of(value);
  }

  private static Long parseInt(String value) {
    String v = value.startsWith("+") ? value.substring(1) : value;
    if (v.startsWith("0x")) {
      return Long.parseLong(v.substring(2), 16);
    }
    if (v.startsWith("0o")) {
      return Long.parseLong(v.substring(2), 8);
    }
    return Long.parseLong(v);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }

  private static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + firstLine(((ScalarNode) node).getValue()) + "'";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }
}
