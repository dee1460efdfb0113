package io.github.ptce.core.territory;

import io.github.ptce.core.PtceException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns of {@code geography.bin}, read as they are stored (format version 2, described in
 * {@code scripts/geography/convert.mjs} and {@code scripts/geography/README.md}).
 *
 * <p>Reading is a handful of bulk copies into primitive arrays and one string decoding per text
 * column, so that the first {@link Geography#bundled()} stays fast in a cold JVM. Every structural
 * defect (magic, version, section tag or length, an index out of range) is an error: the resource
 * is ours, a defect is a packaging bug, never something to work around.
 */
final class GeographyFile {
  static final int FORMAT_VERSION = 2;
  private static final byte[] MAGIC = "PTCEGEO\n".getBytes(StandardCharsets.US_ASCII);

  final Map<String, String> metadata;

  final String[] regionCodes;
  final String[] regionNames;

  final String[] departementCodes;
  final byte[] departementRegion;
  final String[] departementNames;

  final String[] epciTypeCodes;
  final int[] epciSirens;
  final byte[] epciType;
  final TextColumn epciNames;

  final int[] communeKeys;
  final byte[] communeDepartement;
  final byte[] communeRegion;
  final short[] communeEpci;
  final int[] communePopulation;
  final int[] communeSiren;
  final TextColumn communeNames;

  final int[] otherKeys;
  final byte[] otherKind;
  final int[] otherCommune;
  final int[] otherPopulation;
  final TextColumn otherNames;

  final int[] formerKeys;
  final int[] formerCommune;

  private GeographyFile(ByteBuffer in) {
    byte[] magic = new byte[MAGIC.length];
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw corrupt("not a ptce geography file (bad magic)");
    }
    int version = Short.toUnsignedInt(in.getShort());
    if (version != FORMAT_VERSION) {
      throw corrupt("format version " + version + ", this reader knows version " + FORMAT_VERSION);
    }
    int pairs = Short.toUnsignedInt(in.getShort());
    Map<String, String> meta = new LinkedHashMap<>();
    for (int i = 0; i < pairs; i++) {
      meta.put(string(in), string(in));
    }
    metadata = Collections.unmodifiableMap(meta);

    ByteBuffer s = section(in, "REGN");
    int regions = s.getInt();
    regionCodes = new TextColumn(s, regions).toArray();
    regionNames = new TextColumn(s, regions).toArray();
    end(s, "REGN");

    s = section(in, "DEPT");
    int departements = s.getInt();
    departementCodes = new TextColumn(s, departements).toArray();
    departementRegion = bytes(s, departements, regions);
    departementNames = new TextColumn(s, departements).toArray();
    end(s, "DEPT");

    s = section(in, "EPCI");
    int epcis = s.getInt();
    epciTypeCodes = new String[Byte.toUnsignedInt(s.get())];
    for (int i = 0; i < epciTypeCodes.length; i++) {
      epciTypeCodes[i] = string(s);
    }
    epciSirens = ints(s, epcis);
    epciType = bytes(s, epcis, epciTypeCodes.length);
    epciNames = new TextColumn(s, epcis);
    end(s, "EPCI");

    s = section(in, "COMM");
    int communes = s.getInt();
    communeKeys = ints(s, communes);
    communeDepartement = bytes(s, communes, departements);
    communeRegion = bytes(s, communes, regions);
    communeEpci = new short[rows(s, communes, 2)];
    s.asShortBuffer().get(communeEpci);
    s.position(s.position() + 2 * communes);
    for (short e : communeEpci) {
      if (e < -1 || e >= epcis) {
        throw corrupt("EPCI index " + e + " out of range");
      }
    }
    communePopulation = ints(s, communes);
    communeSiren = ints(s, communes);
    communeNames = new TextColumn(s, communes);
    end(s, "COMM");

    s = section(in, "OTHR");
    int others = s.getInt();
    otherKeys = ints(s, others);
    otherKind = bytes(s, others, 4);
    otherCommune = indices(ints(s, others), communes);
    otherPopulation = ints(s, others);
    otherNames = new TextColumn(s, others);
    end(s, "OTHR");

    s = section(in, "FRMR");
    int formers = s.getInt();
    formerKeys = ints(s, formers);
    formerCommune = indices(ints(s, formers), communes);
    end(s, "FRMR");

    end(section(in, "END\0"), "END");
    if (in.hasRemaining()) {
      throw corrupt(in.remaining() + " bytes after the END section");
    }
  }

  /**
   * Reads a whole file.
   *
   * @param bytes the content of {@code geography.bin}
   * @return the columns
   * @throws PtceException if the content is not a well-formed file of format version 2
   */
  static GeographyFile read(byte[] bytes) {
    try {
      return new GeographyFile(ByteBuffer.wrap(bytes));
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | IllegalArgumentException
        | NegativeArraySizeException e) {
      throw new PtceException("corrupt geography resource: truncated or inconsistent section", e);
    }
  }

  static PtceException corrupt(String detail) {
    return new PtceException("corrupt geography resource: " + detail);
  }

  private static ByteBuffer section(ByteBuffer in, String tag) {
    byte[] found = new byte[4];
    in.get(found);
    if (!tag.equals(new String(found, StandardCharsets.US_ASCII))) {
      throw corrupt(
          "expected section "
              + tag.strip()
              + ", found "
              + new String(found, StandardCharsets.US_ASCII));
    }
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw corrupt("section " + tag + " is truncated");
    }
    ByteBuffer section = in.slice();
    section.limit(length);
    in.position(in.position() + length);
    return section;
  }

  private static void end(ByteBuffer section, String tag) {
    if (section.hasRemaining()) {
      throw corrupt("section " + tag + " has " + section.remaining() + " unread bytes");
    }
  }

  private static String string(ByteBuffer in) {
    byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Checks a row count against the bytes left before allocating, so that a damaged count fails
   * cleanly.
   */
  private static int rows(ByteBuffer in, int count, int width) {
    if (count < 0 || (long) count * width > in.remaining()) {
      throw corrupt("a column of " + count + " rows does not fit in its section");
    }
    return count;
  }

  private static int[] ints(ByteBuffer in, int count) {
    int[] values = new int[rows(in, count, 4)];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * count);
    return values;
  }

  private static byte[] bytes(ByteBuffer in, int count, int bound) {
    byte[] values = new byte[rows(in, count, 1)];
    in.get(values);
    for (byte b : values) {
      if (Byte.toUnsignedInt(b) >= bound) {
        throw corrupt("index " + Byte.toUnsignedInt(b) + " out of range [0, " + bound + ")");
      }
    }
    return values;
  }

  private static int[] indices(int[] values, int bound) {
    for (int v : values) {
      if (v < 0 || v >= bound) {
        throw corrupt("commune index " + v + " out of range [0, " + bound + ")");
      }
    }
    return values;
  }

  /**
   * A column of texts stored as one UTF-8 blob plus the byte length of each text. The bytes are
   * kept and a text is decoded when asked for, so that loading decodes nothing: decoding 35,000
   * names up front is the largest part of a cold load, and most programs read a handful of them.
   */
  static final class TextColumn {
    private final byte[] bytes;
    private final int[] start;

    TextColumn(ByteBuffer in, int count) {
      int byteLength = in.getInt();
      // Read the lengths from the array rather than through getShort(): in a cold JVM the
      // interpreter
      // runs this loop, and a method call per row is what it is slow at.
      byte[] array = in.array();
      int at = in.arrayOffset() + in.position();
      int[] offsets = new int[rows(in, count, 2) + 1];
      for (int i = 0; i < count; i++, at += 2) {
        offsets[i + 1] = offsets[i] + (((array[at] & 0xFF) << 8) | (array[at + 1] & 0xFF));
      }
      in.position(in.position() + 2 * count);
      if (offsets[count] != byteLength) {
        throw corrupt("text lengths do not add up to the text column");
      }
      bytes = new byte[rows(in, byteLength, 1)];
      in.get(bytes);
      start = offsets;
    }

    String get(int index) {
      return new String(
          bytes, start[index], start[index + 1] - start[index], StandardCharsets.UTF_8);
    }

    int size() {
      return start.length - 1;
    }

    String[] toArray() {
      String[] values = new String[size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = get(i);
      }
      return values;
    }
  }
}
