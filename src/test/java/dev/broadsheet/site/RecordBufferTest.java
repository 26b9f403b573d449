package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records written through a buffer read back as the manifest's reader, a DataInput, reads. */
class RecordBufferTest {

  private static byte[] asDataOutputWrites(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF(s);
    return bytes.toByteArray();
  }

  private static byte[] asPut(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordBuffer records = new RecordBuffer(bytes);
    RecordBuffer.putUtf(records.room(RecordBuffer.utfBytes(s)), s);
    records.flush();
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "world/2017/a.md", "café/naïve.md", "新闻/报道.md", "emoji 🗞.md",
      "nul \u0000 char", "\u07ff\u0800\uffff"})
  void textIsPutAsWriteUtfWritesIt(String s) throws IOException {
    assertThat(asPut(s)).isEqualTo(asDataOutputWrites(s));
  }

  @Test
  void randomTextIsPutAsWriteUtfWritesIt() throws IOException {
    Random random = new Random(11);
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
      }
      assertThat(asPut(s.toString())).as(s.toString()).isEqualTo(asDataOutputWrites(s.toString()));
    }
  }

  @Test
  void textLongerThanWriteUtfAllowsIsRefused() {
    String s = "é".repeat(40_000);
    assertThatThrownBy(() -> asPut(s)).isInstanceOf(UTFDataFormatException.class);
    assertThatThrownBy(() -> asDataOutputWrites(s)).isInstanceOf(UTFDataFormatException.class);
  }

  @Test
  void recordsLargerThanTheBufferAndManyRecordsAreWrittenInOrder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(expected);
    RecordBuffer records = new RecordBuffer(bytes);
    for (int i = 0; i < 10_000; i++) {
      int length = i % 1000 == 0 ? 100_000 : i % 50;
      ByteBuffer record = records.room(12 + length);
      record.putLong(i).putInt(length).put(new byte[length]);
      data.writeLong(i);
      data.writeInt(length);
      data.write(new byte[length]);
    }
    records.flush();
    assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
  }
}
