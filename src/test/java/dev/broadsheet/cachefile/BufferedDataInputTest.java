package dev.broadsheet.cachefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build cache's reader reads back what the JDK's data stream wrote, wherever it is cut. */
class BufferedDataInputTest {
  /** A source that gives at most three bytes a read, as a slow pipe or disk may. */
  private static InputStream trickling(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 17, 64, 1 << 16})
  void readsBackEveryKindOfValueWhateverTheBufferSize(int bufferSize) throws IOException {
    Random random = new Random(42);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    long[] longs = new long[200];
    int[] ints = new int[200];
    byte[][] blobs = new byte[200][];
    String[] texts = new String[200];
    for (int i = 0; i < 200; i++) {
      longs[i] = random.nextLong();
      ints[i] = random.nextInt();
      blobs[i] = new byte[random.nextInt(40)];
      random.nextBytes(blobs[i]);
      // ASCII, most paths, and not: a dash, an accent, and a NUL, which modified UTF-8 writes
      // in two bytes; some longer than the smaller buffers, some empty.
      texts[i] = switch (i % 4) {
        case 0 -> "path/" + i + "/" + "x".repeat(random.nextInt(30));
        case 1 -> "path/é—" + i + "/" + "x".repeat(random.nextInt(30));
        case 2 -> "nul\0" + i;
        default -> "x".repeat(random.nextInt(3));
      };
      out.writeLong(longs[i]);
      out.writeInt(ints[i]);
      out.writeBoolean(i % 3 == 0);
      out.writeShort(i - 100);
      out.write(blobs[i]);
      out.writeUTF(texts[i]);
      byte[] utf8 = texts[i].getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
      out.writeDouble(i / 7.0);
    }
    out.writeInt(7);
    BufferedDataInput in = new BufferedDataInput(trickling(bytes.toByteArray()), bufferSize);
    for (int i = 0; i < 200; i++) {
      assertThat(in.readLong()).isEqualTo(longs[i]);
      assertThat(in.readInt()).isEqualTo(ints[i]);
      assertThat(in.readBoolean()).isEqualTo(i % 3 == 0);
      assertThat(in.readShort()).isEqualTo((short) (i - 100));
      byte[] blob = new byte[blobs[i].length];
      in.readFully(blob);
      assertThat(blob).isEqualTo(blobs[i]);
      assertThat(in.readUTF()).isEqualTo(texts[i]);
      assertThat(in.readUtf8(in.readInt())).isEqualTo(texts[i]);
      assertThat(in.readDouble()).isEqualTo(i / 7.0);
    }
    assertThat(in.readInt()).isEqualTo(7);
    assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
  }

  @Test
  void readsAnArrayLongerThanItsBuffer() throws IOException {
    byte[] bytes = new byte[1000];
    new Random(7).nextBytes(bytes);
    BufferedDataInput in = new BufferedDataInput(trickling(bytes), 16);
    assertThat(in.readInt()).isEqualTo(
        (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8
            | (bytes[3] & 0xff));
    byte[] rest = new byte[996];
    in.readFully(rest);
    assertThat(rest).containsExactly(Arrays.copyOfRange(bytes, 4, 1000));
  }

  @Test
  void aTruncatedSourceEndsInAnEndOfFileNotInGarbage() {
    byte[] cut = {0, 0, 0};
    assertThatThrownBy(() -> new BufferedDataInput(trickling(cut), 16).readInt())
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> new BufferedDataInput(trickling(new byte[40]), 16)
        .readFully(new byte[41])).isInstanceOf(EOFException.class);
  }

  @Test
  void skipsAsFarAsTheSourceGoes() throws IOException {
    byte[] bytes = new byte[100];
    bytes[60] = 9;
    BufferedDataInput in = new BufferedDataInput(trickling(bytes), 16);
    assertThat(in.skipBytes(60)).isEqualTo(60);
    assertThat(in.readByte()).isEqualTo((byte) 9);
    assertThat(in.skipBytes(100)).isEqualTo(39);
  }

  /**
   * Whatever it has read ahead, the checksum covers exactly the bytes read or skipped so far:
   * a file's own checksum, stored at its end, is read back and compared with it.
   */
  @ParameterizedTest
  @ValueSource(ints = {8, 16, 17, 64, 1 << 16})
  void itsChecksumCoversWhatWasReadAndNothingReadAhead(int bufferSize) throws IOException {
    Random random = new Random(bufferSize);
    byte[] bytes = new byte[5000];
    random.nextBytes(bytes);
    BufferedDataInput in = new BufferedDataInput(trickling(bytes), bufferSize, new CRC32C());
    int at = 0;
    while (at < bytes.length - 200) {
      switch (random.nextInt(3)) {
        case 0 -> {
          in.readInt();
          at += 4;
        }
        case 1 -> at += in.skipBytes(random.nextInt(50));
        default -> {
          // Longer than the smaller buffers: read past them, straight from the source.
          byte[] some = new byte[random.nextInt(100)];
          in.readFully(some);
          at += some.length;
        }
      }
      CRC32C expected = new CRC32C();
      expected.update(bytes, 0, at);
      assertThat(in.checksum()).as("after %d bytes", at).isEqualTo(expected.getValue());
    }
  }

  @Test
  void readsPastTextOnlyWhenItIsTheTextExpected() throws IOException {
    byte[] bytes = "politicscafé".getBytes(StandardCharsets.UTF_8);
    BufferedDataInput in = new BufferedDataInput(trickling(bytes), 16);
    assertThat(in.skipIfAscii("politicS", 8)).isFalse();
    assertThat(in.skipIfAscii("politics", 7)).isFalse();
    assertThat(in.skipIfAscii("politics", 8)).isTrue();
    // Not ASCII: never matched where it lies, whatever is expected.
    assertThat(in.skipIfAscii("cafe", 5)).isFalse();
    assertThat(in.skipIfAscii("caf\u00e9", 5)).isFalse();
    byte[] rest = new byte[5];
    in.readFully(rest);
    assertThat(new String(rest, StandardCharsets.UTF_8)).isEqualTo("café");
  }
}
