package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.ArticleTexts;
import dev.broadsheet.content.Caption;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.StoredTexts;
import dev.broadsheet.content.TextStore;
import dev.broadsheet.content.Warning;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an article's metadata and warnings to the build cache and reads them back, field by
 * field: what comes back equals what went in, so a cached article builds the same pages.
 */
final class ArticleCodec {
  /** Where an article's texts begin in what {@link #write} wrote: after three lengths. */
  static final int TEXTS_AT = 3 * Integer.BYTES;

  private ArticleCodec() {}

  static void write(DataOutput out, Article a, List<Warning> warnings) throws IOException {
    ArticleTexts texts = a.texts();
    byte[] utf8 = texts.utf8();
    out.writeInt(utf8.length);
    out.writeInt(texts.dekStart());
    out.writeInt(texts.summaryStart());
    out.write(utf8);
    out.writeUTF(a.slug());
    writeStrings(out, a.authors());
    ValueCodec.writeString(out, a.publication());
    ValueCodec.writeString(out, a.section());
    writeStrings(out, a.tags());
    writeDate(out, a.date());
    writeDate(out, a.updated());
    out.writeBoolean(a.draft());
    out.writeInt(a.wordCount());
    out.writeBoolean(a.caption().isPresent());
    if (a.caption().isPresent()) {
      ValueCodec.writeString(out, a.caption().get().label());
      ValueCodec.writeString(out, a.caption().get().text());
      ValueCodec.writeString(out, a.caption().get().credit());
    }
    ValueCodec.writeValue(out, a.extra());
    out.writeInt(warnings.size());
    for (Warning w : warnings) {
      ValueCodec.writeString(out, w.message());
    }
  }

  record Decoded(Article article, List<Warning> warnings) {}

  @SuppressWarnings("unchecked")
  /**
   * Reads what {@link #write} wrote, which {@code store} keeps from {@code at}: the article's
   * texts are left there ({@link StoredTexts}), not copied into the heap.
   * {@code zones} shares one {@link ZoneId} per name between articles: {@link ZoneId#of} makes
   * a new one, with its own copy of the rules, every time. The article's names are
   * {@code names}' shared copies, taken as they are read rather than after, in a copy of the
   * article: a rebuild of 100,000 articles made 100,000 such copies.
   */
  static Decoded read(ByteBuffer in, SourceFile source, Map<String, ZoneId> zones,
      SharedNames names, TextStore store, long at) throws IOException {
    int length = in.getInt();
    int dekStart = in.getInt();
    int summaryStart = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IOException("bad texts length " + length);
    }
    StoredTexts texts;
    try {
      texts = StoredTexts.of(store, at + TEXTS_AT, in.array(),
          in.arrayOffset() + in.position(), length, dekStart, summaryStart);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage());
    }
    in.position(in.position() + length);
    String slug = readUtf(in);
    List<String> authors = readNames(in, names);
    String publication = readName(in, names);
    String section = readName(in, names);
    List<String> tags = readNames(in, names);
    Optional<ArticleDate> date = readDate(in, zones);
    Optional<ArticleDate> updated = readDate(in, zones);
    boolean draft = in.get() != 0;
    int words = in.getInt();
    Optional<Caption> caption = in.get() != 0
        ? Optional.of(new Caption(ValueCodec.readString(in), ValueCodec.readString(in), ValueCodec.readString(in)))
        : Optional.empty();
    Map<String, Object> extra = (Map<String, Object>) ValueCodec.readValue(in);
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("bad warning count " + n);
    }
    List<Warning> warnings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      warnings.add(new Warning(source.relativePath(), ValueCodec.readString(in)));
    }
    return new Decoded(new Article(source, slug, texts, authors, publication, section, tags,
        date, updated, draft, words, caption, extra), warnings);
  }

  /**
   * Reads what {@link DataOutput#writeUTF} wrote: a slug or a zone, nearly always ASCII, where
   * its modified UTF-8 is plain ASCII too.
   */
  private static String readUtf(ByteBuffer in) throws IOException {
    int n = in.getShort() & 0xffff;
    if (n > in.remaining()) {
      throw new IOException("bad string length " + n);
    }
    byte[] array = in.array();
    int start = in.arrayOffset() + in.position();
    in.position(in.position() + n);
    for (int i = start; i < start + n; i++) {
      if (array[i] < 0) {
        byte[] piece = new byte[n + 2];
        piece[0] = (byte) (n >>> 8);
        piece[1] = (byte) n;
        System.arraycopy(array, start, piece, 2, n);
        return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(piece)));
      }
    }
    return new String(array, start, n, StandardCharsets.ISO_8859_1);
  }

  private static void writeStrings(DataOutput out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      ValueCodec.writeString(out, s);
    }
  }

  /** A list of names as {@link #writeStrings} wrote it, each name and the list shared. */
  private static List<String> readNames(ByteBuffer in, SharedNames names) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("bad list length " + n);
    }
    String[] list = new String[n];
    for (int i = 0; i < n; i++) {
      list[i] = readName(in, names);
    }
    return names.shareShared(list);
  }

  /**
   * A name as {@link ValueCodec#writeString} wrote it, as {@code names} shares it: found by its bytes, no
   * string made for a name already seen.
   */
  private static String readName(ByteBuffer in, SharedNames names) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("bad string length " + n);
    }
    String name = names.share(in.array(), in.arrayOffset() + in.position(), n);
    in.position(in.position() + n);
    return name;
  }

  private static void writeDate(DataOutput out, Optional<ArticleDate> date) throws IOException {
    out.writeBoolean(date.isPresent());
    if (date.isPresent()) {
      ArticleDate t = date.get();
      out.writeLong(t.epochSecond());
      out.writeInt(t.nano());
      out.writeUTF(t.zone().getId());
      out.writeBoolean(date.get().dateOnly());
    }
  }

  private static Optional<ArticleDate> readDate(ByteBuffer in, Map<String, ZoneId> zones)
      throws IOException {
    if (in.get() == 0) {
      return Optional.empty();
    }
    long seconds = in.getLong();
    int nano = in.getInt();
    ZoneId zone = zones.computeIfAbsent(readUtf(in), ZoneId::of);
    return Optional.of(new ArticleDate(seconds, nano, zone, in.get() != 0));
  }
}
