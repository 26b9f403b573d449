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
    // By the section as written, mostly a string shared by its articles: a section is lowered
    // once, not once an article, and no position is boxed.
    Map<String, Positions> bySection = new HashMap<>();
    for (int i = 0; i < documents; i++) {
      // Null, and so not kept, for a blank section.
      Positions positions = bySection.computeIfAbsent(sections[i], section -> section.isBlank()
          ? null
          : byKey.computeIfAbsent(section.toLowerCase(Locale.ROOT), k -> new Positions(section)));
      if (positions != null) {
        positions.add(i);
      }
    }
    List<String> result = new ArrayList<>();
    int id = 0;
    for (Positions section : byKey.values()) {
      StringBuilder sb = new StringBuilder("__bs_search.section(").append(id).append(",\"");
      int previous = 0;
      for (int i = 0; i < section.size; i++) {
        Varint.append(sb, section.at[i] - previous);
        previous = section.at[i];
      }
      sb.append("\");\n");
      out.accept(IndexPaths.section(id), sb.toString().getBytes(StandardCharsets.UTF_8));
      result.add(section.name);
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
    // Newest year first. A rebuild writes this from every article: no number is boxed for
    // each, and as the documents come in date order, a year is looked up only when it changes.
    TreeMap<Integer, YearRuns> runs = new TreeMap<>(Comparator.reverseOrder());
    YearRuns current = null;
    int currentYear = 0;
    for (int i = 0; i < documents; i++) {
      int year = years[i];
      if (year == 0) {
        continue;
      }
      if (current == null || year != currentYear) {
        current = runs.computeIfAbsent(year, y -> new YearRuns());
        currentYear = year;
      }
      current.add(i);
    }
    boolean first = true;
    for (Map.Entry<Integer, YearRuns> e : runs.entrySet()) {
      YearRuns year = e.getValue();
      sb.append(first ? "[" : ",[").append(e.getKey()).append(',').append(year.count)
          .append(",[");
      first = false;
      for (int i = 0; i < year.size; i++) {
        sb.append(i == 0 ? "" : ",").append(year.runs[i]);
      }
      sb.append("]]");
    }
    sb.append("]});\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A section's documents, by the name its first (newest) article gives it. */
  private static final class Positions {
    final String name;
    int[] at = new int[16];
    int size;

    Positions(String name) {
      this.name = name;
    }

    void add(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
      }
      at[size++] = position;
    }
  }

  /** A year's documents: how many, and the runs of positions they take, start and end. */
  private static final class YearRuns {
    int count;
    int[] runs = new int[8];
    int size;

    void add(int position) {
      count++;
      if (size > 0 && runs[size - 1] == position) {
        runs[size - 1] = position + 1;
        return;
      }
      if (size + 2 > runs.length) {
        runs = Arrays.copyOf(runs, 2 * runs.length);
      }
      runs[size++] = position;
      runs[size++] = position + 1;
    }
  }
}
