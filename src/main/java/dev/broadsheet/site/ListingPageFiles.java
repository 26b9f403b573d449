package dev.broadsheet.site;

import dev.broadsheet.archive.Listing;
import dev.broadsheet.cachefile.BufferedDataInput;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Where each page of each listing is in the table of a build's files, noted with what the
 * listing was made from, so that the next build can keep a page no change can have reached
 * without working out its key or looking up its path, as {@link ArticlePageFiles} does for the
 * article pages. A rebuild of 100,000 articles after one edit keyed 29,000 listing pages to
 * find the few that changed.
 *
 * <p>A listing page's inputs are what its whole listing shares (its heading, how many articles
 * and pages it has: {@code ListingViews.listingInputs}, hashed), its number and the articles it
 * shows. So a page is as the last build left it when its listing's shared inputs are as they
 * were, and it shows the articles at the same places of the index as then, none of them at a
 * place whose article changed ({@link ArticleIdentities#changedSince}). Any other page is
 * keyed as usual.
 */
final class ListingPageFiles {
  private static final int VERSION = 1;
  private final List<Listing> listings;
  private final byte[][] shared;
  /** For each listing and page, the last build's page there if it is as this build's; or -1. */
  private final int[][] before;
  /** Where this build put each page of each listing, for the next. */
  private final int[][] placed;

  private ListingPageFiles(List<Listing> listings, byte[][] shared, int[][] before) {
    this.listings = listings;
    this.shared = shared;
    this.before = before;
    this.placed = new int[before.length][];
    for (int i = 0; i < before.length; i++) {
      placed[i] = new int[before[i].length];
      Arrays.fill(placed[i], -1);
    }
  }

  /**
   * The pages the previous build's note in {@code cache} says are as this build would make
   * them, of {@code listings}, each in {@code pages[i]} pages of {@code pageSize} and made
   * from the hashed {@code shared[i]} besides their number and articles, in an archive whose
   * articles are other than the last build's at the places {@code changed}.
   */
  static ListingPageFiles previous(BuildCache cache, List<Listing> listings, byte[][] shared,
      int[] pages, int pageSize, BitSet changed) {
    int[][] before = new int[listings.size()][];
    for (int i = 0; i < before.length; i++) {
      before[i] = new int[pages[i]];
      Arrays.fill(before[i], -1);
    }
    Optional<InputStream> previous = cache.previousListingFiles();
    if (previous.isPresent() && !read(previous.get(), listings, shared, pageSize, changed,
        before)) {
      for (int[] files : before) {
        Arrays.fill(files, -1); // a damaged note is none: every page is keyed
      }
    }
    return new ListingPageFiles(listings, shared, before);
  }

  /**
   * Reads the note {@code in} holds into {@code before}, and closes it; false when it is
   * damaged, in which case {@code before} says nothing.
   */
  private static boolean read(InputStream in, List<Listing> listings, byte[][] shared,
      int pageSize, BitSet changed, int[][] before) {
    Map<String, Integer> byFolder = new HashMap<>();
    int most = 0;
    for (int i = 0; i < listings.size(); i++) {
      byFolder.put(listings.get(i).folder(), i);
      most = Math.max(most, listings.get(i).positions().length);
    }
    try (in) {
      BufferedDataInput note = new BufferedDataInput(in, 1 << 16, new CRC32C());
      if (note.readInt() != VERSION) {
        return false;
      }
      int count = note.readInt();
      byte[] sharedBefore = new byte[PageKeys.KEY_BYTES];
      // One listing at a time, not held whole: a million articles' listings are 32 MB. Its
      // places in one read, taken apart here: a call for each was 20-30 ms of the main thread.
      byte[] bytes = new byte[256];
      int[] positions = new int[64];
      for (int l = 0; l < count; l++) {
        String folder = note.readUTF();
        note.readFully(sharedBefore);
        int articles = note.readInt();
        // No listing holds more than the front page, every article: a larger count is damage,
        // or another archive, whose places are all changed.
        if (articles < 0 || articles > most) {
          return false;
        }
        if (articles > positions.length) {
          positions = new int[Math.max(articles, 2 * positions.length)];
          bytes = new byte[Integer.BYTES * positions.length];
        }
        note.readFully(bytes, 0, Integer.BYTES * articles);
        for (int i = 0, at = 0; i < articles; i++, at += Integer.BYTES) {
          positions[i] = bytes[at] << 24 | (bytes[at + 1] & 0xff) << 16
              | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
        }
        int pages = note.readInt();
        if (pages < 0) {
          return false;
        }
        Integer now = byFolder.get(folder);
        // Its shared inputs name how many articles and pages it has: as many as last time.
        boolean same = now != null && Arrays.equals(sharedBefore, shared[now])
            && before[now].length == pages;
        for (int page = 0; page < pages; page++) {
          int file = note.readInt();
          if (same && sameArticles(listings.get(now), positions, page * pageSize,
              Math.min(articles, (page + 1) * pageSize), changed)) {
            before[now][page] = file;
          }
        }
      }
      long sum = note.checksum();
      return note.readLong() == sum;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether {@code listing} shows, from {@code from} to {@code to}, the articles at the places
   * {@code positions} says the last build's did, none of which changed.
   */
  private static boolean sameArticles(Listing listing, int[] positions, int from, int to,
      BitSet changed) {
    int[] now = listing.positions();
    if (to > now.length) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (now[i] != positions[i] || changed.get(now[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last build's page {@code page} (from 0) of the listing {@code listing} in its table of
   * files, if it is as this build would make it; otherwise -1.
   */
  int pageBefore(int listing, int page) {
    return before[listing][page];
  }

  /** Notes where this build put the page {@code page} of the listing {@code listing}. */
  void placed(int listing, int page, int file) {
    placed[listing][page] = file;
  }

  /** Notes in {@code cache}, for the next build, where this build put its listings' pages. */
  void keepFor(BuildCache cache) {
    try (OutputStream out = cache.states().nextListings()) {
      CRC32C crc = new CRC32C();
      // Buffered before the checksum, which then sees the bytes in bulk, not a call for each.
      DataOutputStream note = new DataOutputStream(
          new BufferedOutputStream(new CheckedOutputStream(out, crc), 1 << 16));
      note.writeInt(VERSION);
      note.writeInt(listings.size());
      for (int l = 0; l < listings.size(); l++) {
        Listing listing = listings.get(l);
        note.writeUTF(listing.folder());
        note.write(shared[l]);
        int[] positions = listing.positions();
        note.writeInt(positions.length);
        // In one write: a call for each of 800,000 places was 20 ms of the main thread.
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * positions.length);
        bytes.asIntBuffer().put(positions);
        note.write(bytes.array());
        note.writeInt(placed[l].length);
        for (int file : placed[l]) {
          note.writeInt(file);
        }
      }
      note.flush();
      new DataOutputStream(out).writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }
}
