package dev.broadsheet.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A record spelled as {@link Record#toString} spells it by default, its components read by
 * reflection: for records whose hand-written {@code toString} a cache keys on, so that a test
 * fails when a component is added and not spelled (a change to it would leave the cache as it
 * was).
 */
public final class RecordSpelling {
  private RecordSpelling() {}

  public static String of(Record r) {
    List<String> parts = new ArrayList<>();
    try {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        c.getAccessor().setAccessible(true);
        parts.add(c.getName() + "=" + c.getAccessor().invoke(r));
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return r.getClass().getSimpleName() + "[" + String.join(", ", parts) + "]";
  }
}
