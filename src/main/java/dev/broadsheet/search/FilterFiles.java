package dev.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the search page's filters need: {@code search/meta.js} (the number of articles, the
 * sections and the years as runs of positions) and a file of positions a section.
 */
final class FilterFiles {
  private FilterFiles() {}

  /**
   * One file a section, listing its articles; sections differing only in case are one, named
   * as their newest article names it.
   */
  static List<String> writeSections(int documents, String[] sections,
      BiConsumer<String, byte[]> out) {
    Map<String, Positions> byKey = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    // By the section as written, mostly a string shared by its articles: a section is lowered
    // once, not once an article, and no position is boxed.
    Map<String, Positions> bySection = new HashMap<>();
    // Made once, not once a document: a capturing lambda costs the quick compiler a call.
    Function<String, Positions> positionsOf = written -> {
      if (written.isBlank()) {
        return null;
      }
      String key = written.toLowerCase(Locale.ROOT);
      names.putIfAbsent(key, written);
      return byKey.computeIfAbsent(key, k -> new Positions());
    };
    for (int i = 0; i < documents; i++) {
      // Null, and so not kept, for a blank section.
      Positions positions = bySection.computeIfAbsent(sections[i], positionsOf);
      if (positions != null) {
        positions.add(i);
      }
    }
    List<String> result = new ArrayList<>();
    int id = 0;
    for (Map.Entry<String, Positions> e : byKey.entrySet()) {
      Positions section = e.getValue();
      StringBuilder sb = new StringBuilder("__bs_search.section(").append(id).append(",\"");
      int previous = 0;
      for (int i = 0; i < section.size; i++) {
        Varint.append(sb, section.at[i] - previous);
        previous = section.at[i];
      }
      sb.append("\");\n");
      out.accept(IndexPaths.section(id), sb.toString().getBytes(StandardCharsets.UTF_8));
      result.add(names.get(e.getKey()));
      result.add(Integer.toString(section.size));
      id++;
    }
    return result;
  }

  /**
   * {@code __bs_search.meta({v: 1, n: articles, sections: [[name, count]...] (an id is the
   * index), years: [[year, count, [start, end, start, end...]]...] (newest first)})}.
   */
  static byte[] meta(int documents, int[] years, List<String> sectionNames) {
    StringBuilder sb = new StringBuilder("__bs_search.meta({\"v\":1,\"n\":").append(documents)
        .append(",\"sections\":[");
    for (int i = 0; i < sectionNames.size(); i += 2) {
      sb.append(i == 0 ? "[" : ",[");
      Js.string(sb, sectionNames.get(i)).append(',').append(sectionNames.get(i + 1)).append(']');
    }
    sb.append("],\"years\":[");
    // Newest year first. A rebuild writes this from every article: no position is boxed, and
    // as the documents come in date order, a year is looked up only when it changes.
    TreeMap<Integer, Positions> byYear = new TreeMap<>(Comparator.reverseOrder());
    Positions current = null;
    int currentYear = 0;
    for (int i = 0; i < documents; i++) {
      int year = years[i];
      if (year == 0) {
        continue;
      }
      if (current == null || year != currentYear) {
        current = byYear.computeIfAbsent(year, y -> new Positions());
        currentYear = year;
      }
      current.add(i);
    }
    boolean first = true;
    for (Map.Entry<Integer, Positions> e : byYear.entrySet()) {
      Positions year = e.getValue();
      sb.append(first ? "[" : ",[").append(e.getKey()).append(',').append(year.size)
          .append(",[");
      first = false;
      // Each run of consecutive positions as its start and end.
      for (int i = 0; i < year.size; ) {
        int start = year.at[i++];
        int end = start + 1;
        while (i < year.size && year.at[i] == end) {
          end++;
          i++;
        }
        sb.append(start == year.at[0] ? "" : ",").append(start).append(',').append(end);
      }
      sb.append("]]");
    }
    sb.append("]});\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Positions of documents, in the order added. */
  private static final class Positions {
    int[] at = new int[16];
    int size;

    void add(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
      }
      at[size++] = position;
    }
  }
}
