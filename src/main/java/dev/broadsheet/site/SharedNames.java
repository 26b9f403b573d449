package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One copy of each name the articles share (sections, tags, authors and publications), and of
 * each short list of them. A million articles name a few hundred tags and authors between
 * them, and every article read holds its own copies of the strings, some sixty bytes each, for
 * the whole build. Safe for many threads at once.
 *
 * <p>A name is found by its UTF-8 bytes, as the build cache holds it, so that a rebuild, which
 * reads every article's names back from the cache, makes no string for a name it has seen; a
 * list by its names, each already shared, compared as the very same strings. Both are looked
 * up without a lock: in concurrent maps, the strings made, hashed and compared took a sixth of
 * the reading of 100,000 articles from the cache. Adding takes a lock, once a name.
 */
final class SharedNames {
  /**
   * Lists of up to this many names are shared: an article's author, or its one or two tags,
   * are most likely named the same way by thousands of others. Longer lists are seldom named
   * twice, and an entry in the table would cost more than the list it saves.
   */
  private static final int SHARED_LIST = 2;

  private record Name(byte[] utf8, int hash, String name) implements Hashed {
    boolean is(int h, byte[] bytes, int from, int length) {
      return hash == h && Arrays.equals(utf8, 0, utf8.length, bytes, from, from + length);
    }
  }

  private record Names(List<String> names, int hash) implements Hashed {
    boolean is(int h, String[] list) {
      if (hash != h || names.size() != list.length) {
        return false;
      }
      for (int i = 0; i < list.length; i++) {
        if (names.get(i) != list[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private final Table<Name> names = new Table<>(1 << 10);
  private final Table<Names> lists = new Table<>(1 << 12);

  /** {@code article} with its names replaced by the copies other articles already hold. */
  Article share(Article a) {
    // Its lists' names are shared by the time the lists are: each list is found by them as
    // they are, not shared again name by name.
    return a.withNames(this::share, list -> shareShared(list.toArray(String[]::new)));
  }

  String share(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    return share(utf8, 0, utf8.length);
  }

  /** The name whose UTF-8 is {@code length} bytes of {@code bytes} from {@code from}. */
  String share(byte[] bytes, int from, int length) {
    if (length == 0) {
      return ""; // most articles have no publication: one shared empty string
    }
    int hash = 0;
    for (int i = from; i < from + length; i++) {
      hash = 31 * hash + bytes[i];
    }
    Hashed[] table = names.slots;
    for (int i = Table.start(hash, table); ; i = Table.next(i, table)) {
      Name n = (Name) table[i];
      if (n == null) {
        return addName(bytes, from, length, hash);
      }
      if (n.is(hash, bytes, from, length)) {
        return n.name;
      }
    }
  }

  private String addName(byte[] bytes, int from, int length, int hash) {
    synchronized (names) {
      Hashed[] table = names.slots;
      int i = Table.start(hash, table);
      for (Name n; (n = (Name) table[i]) != null; i = Table.next(i, table)) {
        if (n.is(hash, bytes, from, length)) {
          return n.name; // added by another thread meanwhile
        }
      }
      byte[] utf8 = Arrays.copyOfRange(bytes, from, from + length);
      return names.add(i, new Name(utf8, hash, new String(utf8, StandardCharsets.UTF_8))).name;
    }
  }

  /**
   * The list of {@code names}, each a name this shares: one list for all who name them so, if
   * it is short; {@code names} is taken as given, not copied.
   */
  List<String> shareShared(String[] names) {
    if (names.length == 0 || names.length > SHARED_LIST) {
      return List.of(names);
    }
    int hash = 1;
    for (String name : names) {
      hash = 31 * hash + name.hashCode();
    }
    Hashed[] table = lists.slots;
    for (int i = Table.start(hash, table); ; i = Table.next(i, table)) {
      Names n = (Names) table[i];
      if (n == null) {
        return addList(names, hash);
      }
      if (n.is(hash, names)) {
        return n.names;
      }
    }
  }

  private List<String> addList(String[] names, int hash) {
    synchronized (lists) {
      Hashed[] table = lists.slots;
      int i = Table.start(hash, table);
      for (Names n; (n = (Names) table[i]) != null; i = Table.next(i, table)) {
        if (n.is(hash, names)) {
          return n.names;
        }
      }
      return lists.add(i, new Names(List.of(names), hash)).names;
    }
  }

  private interface Hashed {
    int hash();
  }

  /**
   * Slots by open addressing, each filled once, read without a lock; added to under the
   * table's lock, and grown to twice the slots, a new array, when half are filled. A slot is
   * read as a plain array element: a reader that finds it empty looks again under the lock, and
   * one that finds an entry sees it whole, its fields being final. (Through an
   * {@code AtomicReferenceArray}, each read went through a method handle the quick compiler
   * does not inline, half the time of a look-up.)
   */
  private static final class Table<E extends Hashed> {
    private volatile Hashed[] slots;
    private int filled;

    Table(int size) {
      slots = new Hashed[size];
    }

    /** Puts {@code e} in free slot {@code i}, found under this table's lock; returns it. */
    E add(int i, E e) {
      Hashed[] table = slots;
      table[i] = e;
      if (2 * ++filled > table.length) {
        Hashed[] grown = new Hashed[2 * table.length];
        for (Hashed old : table) {
          if (old != null) {
            int j = start(old.hash(), grown);
            while (grown[j] != null) {
              j = next(j, grown);
            }
            grown[j] = old;
          }
        }
        slots = grown;
      }
      return e;
    }

    /** Where to look first for {@code hash}: its top bits, times the golden ratio. */
    static int start(int hash, Hashed[] table) {
      return (hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(table.length) + 1);
    }

    static int next(int i, Hashed[] table) {
      return (i + 1) & (table.length - 1);
    }
  }
}
