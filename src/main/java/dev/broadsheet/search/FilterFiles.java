package dev.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

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
    Map<String, List<Integer>> byKey = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < documents; i++) {
      if (!sections[i].isBlank()) {
        String key = sections[i].toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, sections[i]);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    List<String> result = new ArrayList<>();
    int id = 0;
    for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
      StringBuilder sb = new StringBuilder("__bs_search.section(").append(id).append(",\"");
      int previous = 0;
      for (int doc : e.getValue()) {
        Varint.append(sb, doc - previous);
        previous = doc;
      }
      sb.append("\");\n");
      out.accept(IndexPaths.section(id), sb.toString().getBytes(StandardCharsets.UTF_8));
      result.add(names.get(e.getKey()));
      result.add(Integer.toString(e.getValue().size()));
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
    Map<Integer, List<Integer>> runs = new TreeMap<>(java.util.Comparator.reverseOrder());
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < documents; i++) {
      int year = years[i];
      if (year == 0) {
        continue;
      }
      counts.merge(year, 1, Integer::sum);
      List<Integer> list = runs.computeIfAbsent(year, y -> new ArrayList<>());
      if (!list.isEmpty() && list.get(list.size() - 1) == i) {
        list.set(list.size() - 1, i + 1);
      } else {
        list.add(i);
        list.add(i + 1);
      }
    }
    boolean first = true;
    for (Map.Entry<Integer, List<Integer>> e : runs.entrySet()) {
      sb.append(first ? "[" : ",[").append(e.getKey()).append(',')
          .append(counts.get(e.getKey())).append(",[");
      first = false;
      List<Integer> list = e.getValue();
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(list.get(i));
      }
      sb.append("]]");
    }
    sb.append("]});\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
