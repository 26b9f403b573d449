package dev.broadsheet.site;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings of any length and front-matter values as the cache's entries hold them
 * ({@link ArticleCodec}): written to a {@link DataOutput}, read back from a buffer.
 */
final class ValueCodec {
  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte BOOLEAN = 2;
  private static final byte LONG = 3;
  private static final byte DOUBLE = 4;
  private static final byte LIST = 5;
  private static final byte MAP = 6;

  private ValueCodec() {}

  /** Thrown for front-matter values the cache cannot hold; such articles are simply re-read. */
  static final class Unsupported extends IOException {
    Unsupported(Object value) {
      super("cannot cache a " + value.getClass().getName());
    }
  }

  /** Strings of any length: {@link DataOutput#writeUTF} stops at 64 kB. */
  static void writeString(DataOutput out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("bad string length " + n);
    }
    if (n == 0) {
      // Most articles have no dek: one shared empty string, not a new one an article.
      return "";
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), n,
        StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** Front-matter values: the plain data a safe YAML read gives. */
  static void writeValue(DataOutput out, Object value) throws IOException {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (value instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        writeValue(out, item);
      }
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writeString(out, (String) e.getKey());
        writeValue(out, e.getValue());
      }
    } else {
      throw new Unsupported(value);
    }
  }

  static Object readValue(ByteBuffer in) throws IOException {
    byte type = in.get();
    switch (type) {
      case NULL:
        return null;
      case STRING:
        return readString(in);
      case BOOLEAN:
        return in.get() != 0;
      case LONG:
        return in.getLong();
      case DOUBLE:
        return in.getDouble();
      case LIST: {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
          throw new IOException("bad list length " + n);
        }
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(readValue(in));
        }
        return Collections.unmodifiableList(list);
      }
      case MAP: {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
          throw new IOException("bad map size " + n);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put(readString(in), readValue(in));
        }
        return Collections.unmodifiableMap(map);
      }
      default:
        throw new IOException("bad value type " + type);
    }
  }
}
