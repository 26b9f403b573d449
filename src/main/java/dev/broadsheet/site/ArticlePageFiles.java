package dev.broadsheet.site;

import dev.broadsheet.related.RelatedLists;
import dev.broadsheet.search.FragmentGroups;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Where each article's page, and each group's search fragment, are in the table of a build's
 * files, by the article's place in the index and the group's number, noted with what the pages
 * were made from, so that the next build can keep a page no change can have reached without
 * working out its key or looking up its path. In a rebuild of 100,000 articles after one edit,
 * the article pages took 0.40-0.55 s doing both for every page and fragment, and take
 * 0.27-0.42 s so.
 *
 * <p>An article page shows its article, the articles on either side of it in the index, its
 * related stories and its terms ({@code ArticleViews.inputs}); a fragment its articles, whose
 * places counted from the end make its number ({@code FragmentGroups}). So, in an archive of as
 * many articles whose terms are as they were ({@code ArticleViews.archiveInputs}), the page at a
 * place is as the last build left it when the articles there and on either side have the
 * identities they had ({@link ArticleIdentities}: the article's file, what was read from it and
 * its slug; which places changed is noted apart, {@link ArticleIdentities#changedSince}), and
 * its related stories are at the same places and have theirs; a fragment when its articles
 * have. Any other page is keyed as usual.
 */
final class ArticlePageFiles {
  private static final int VERSION = 3;
  /** The version, the number of articles and the hash of the archive's inputs. */
  private static final int HEADER = 8 + 16;
  /** Of each article's record: how many related stories it has. */
  private static final int FIXED = 4;
  /** For each place, the last build's page there, if it is as this build would make it; or -1. */
  private final int[] pagesBefore;
  /** For each group, the last build's fragment, if it is as this build would make it; or -1. */
  private final int[] fragmentsBefore;
  /** Where this build put each page and each fragment, for the next. */
  private final int[] pages;
  private final int[] fragments;

  /** What the pages were made from as a whole, besides their articles. */
  private final byte[] archiveInputs;

  private ArticlePageFiles(byte[] archiveInputs, int[] pagesBefore, int[] fragmentsBefore) {
    this.archiveInputs = archiveInputs;
    this.pagesBefore = pagesBefore;
    this.fragmentsBefore = fragmentsBefore;
    this.pages = new int[pagesBefore.length];
    this.fragments = new int[fragmentsBefore.length];
    Arrays.fill(pages, -1);
    Arrays.fill(fragments, -1);
  }

  /**
   * The pages the previous build's note in {@code cache} says are as this build would make
   * them, in an archive whose articles are other than the last build's at the places
   * {@code changed} ({@link ArticleIdentities#changedSince}) and have {@code related} stories,
   * and whose pages take {@code archiveInputs} (hashed) from the archive as a whole.
   */
  static ArticlePageFiles previous(BuildCache cache, byte[] archiveInputs, BitSet changed,
      RelatedLists related) {
    return read(cache.previousPageFiles(), archiveInputs, changed, related);
  }

  /** Notes in {@code cache}, for the next build, where this build put its pages. */
  void keepFor(BuildCache cache, RelatedLists related) {
    try (OutputStream out = cache.states().nextPages()) {
      write(out, related);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /** None known: every page is keyed. */
  private static ArticlePageFiles none(byte[] archiveInputs, int articles) {
    int[] unknown = new int[articles];
    Arrays.fill(unknown, -1);
    int[] unknownGroups = new int[groups(articles)];
    Arrays.fill(unknownGroups, -1);
    return new ArticlePageFiles(archiveInputs, unknown, unknownGroups);
  }

  private static int groups(int articles) {
    return (articles + FragmentGroups.SIZE - 1) / FragmentGroups.SIZE;
  }

  /**
   * The pages {@code previous} (what {@link #write} wrote, if anything) says are as this build
   * would make them; none if it was written for another archive's terms or size, or is
   * damaged.
   */
  private static ArticlePageFiles read(Optional<InputStream> previous, byte[] archiveInputs,
      BitSet changed, RelatedLists related) {
    int n = related.size();
    if (previous.isEmpty()) {
      return none(archiveInputs, n);
    }
    // Not held whole: a million articles' lists are some 24 MB.
    BitSet sameList = new BitSet(n);
    int[] pagesBefore = new int[n];
    int[] fragmentsBefore = new int[groups(n)];
    CRC32C crc = new CRC32C();
    try (InputStream in = previous.get()) {
      // A record at a time, in bulk: DataInputStream's numbers are a call for every byte.
      byte[] record = new byte[HEADER];
      ByteBuffer numbers = ByteBuffer.wrap(record);
      read(in, record, HEADER, crc);
      byte[] inputs = Arrays.copyOfRange(record, 8, HEADER);
      if (numbers.getInt(0) != VERSION || numbers.getInt(4) != n
          || !Arrays.equals(inputs, archiveInputs)) {
        return none(archiveInputs, n);
      }
      int[] list = new int[16];
      for (int p = 0; p < n; p++) {
        read(in, record, FIXED, crc);
        int length = numbers.getInt(0);
        if (length < 0 || length > n) {
          return none(archiveInputs, n);
        }
        int rest = 4 * length + 4;
        if (rest > record.length) {
          record = new byte[rest];
          numbers = ByteBuffer.wrap(record);
        }
        if (length > list.length) {
          list = new int[length];
        }
        read(in, record, rest, crc);
        for (int i = 0; i < length; i++) {
          list[i] = numbers.getInt(4 * i);
        }
        if (related.is(p, list, length)) {
          sameList.set(p);
        }
        pagesBefore[p] = numbers.getInt(4 * length);
      }
      byte[] groups = new byte[4 * fragmentsBefore.length];
      read(in, groups, groups.length, crc);
      ByteBuffer.wrap(groups).asIntBuffer().get(fragmentsBefore);
      long sum = crc.getValue();
      if (new DataInputStream(in).readLong() != sum) {
        return none(archiveInputs, n);
      }
    } catch (IOException e) {
      return none(archiveInputs, n); // a damaged note is none: every page is keyed
    }
    for (int p = 0; p < n; p++) {
      if (!sameList.get(p) || changed.get(p) || p > 0 && changed.get(p - 1)
          || p + 1 < n && changed.get(p + 1) || related.anyIn(p, changed)) {
        pagesBefore[p] = -1;
      }
      if (changed.get(p)) {
        fragmentsBefore[(n - 1 - p) / FragmentGroups.SIZE] = -1;
      }
    }
    return new ArticlePageFiles(archiveInputs, pagesBefore, fragmentsBefore);
  }

  /** Reads {@code length} bytes into {@code bytes}, adding them to {@code crc}. */
  private static void read(InputStream in, byte[] bytes, int length, CRC32C crc)
      throws IOException {
    if (in.readNBytes(bytes, 0, length) != length) {
      throw new IOException("the note ends early");
    }
    crc.update(bytes, 0, length);
  }

  /**
   * The last build's page of the article at {@code position} in its table of files, if it is
   * as this build would make it; otherwise -1.
   */
  int pageBefore(int position) {
    return pagesBefore[position];
  }

  /** As {@link #pageBefore}, for the search fragment of group {@code group}. */
  int groupBefore(int group) {
    return fragmentsBefore[group];
  }

  /**
   * Notes where this build put the page of the article at {@code position} in the table of its
   * files ({@link OutputWriter#write(String, byte[], String)}).
   */
  void placed(int position, int page) {
    pages[position] = page;
  }

  /** Notes where this build put the search fragment of group {@code group}. */
  void placedGroup(int group, int fragment) {
    fragments[group] = fragment;
  }

  /** Writes where this build put its pages, and what they were made from, for the next. */
  void write(OutputStream stream, RelatedLists related) throws IOException {
    CRC32C crc = new CRC32C();
    // Buffered before the checksum, which then sees the bytes in bulk, not a call for each.
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new CheckedOutputStream(stream, crc), 1 << 16));
    out.writeInt(VERSION);
    out.writeInt(pages.length);
    out.write(archiveInputs);
    for (int p = 0; p < pages.length; p++) {
      out.writeInt(related.count(p));
      for (int r : related.of(p)) {
        out.writeInt(r);
      }
      out.writeInt(pages[p]);
    }
    for (int fragment : fragments) {
      out.writeInt(fragment);
    }
    out.flush();
    new DataOutputStream(stream).writeLong(crc.getValue());
  }
}
