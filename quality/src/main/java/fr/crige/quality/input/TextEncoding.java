package fr.crige.quality.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict checks of a text file's character encoding. Java's readers replace undecodable bytes silently;
 * a delivery must instead be told that its Latin-1 file is not the UTF-8 the standard requires, so every
 * byte is decoded with a reporting decoder. Detection is deliberately simple (BOM, else valid UTF-8, else
 * Windows-1252, the superset of Latin-1 that French office software writes): no library is needed to tell
 * these apart reliably, and they are the encodings French deliveries use.
 */
public final class TextEncoding {

    private TextEncoding() {
    }

    /**
     * Decodes the whole file strictly; returns null when it decodes, else a message locating the first bad
     * byte (line number and byte offset).
     */
    public static String firstError(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer pending = ByteBuffer.allocate(chunk.length + 16);
            CharBuffer out = CharBuffer.allocate(chunk.length + 16);
            long offset = 0;
            long line = 1;
            int n;
            while ((n = in.read(chunk)) >= 0) {
                pending.put(chunk, 0, n);
                pending.flip();
                int start = pending.position();
                var result = decoder.decode(pending, out, false);
                if (result.isError()) {
                    long at = offset + pending.position() - start;
                    return "byte " + at + " (line " + (line + countNewlines(out.flip())) + ") is not valid "
                            + charset.name();
                }
                offset += pending.position() - start;
                line += countNewlines(out.flip());
                out.clear();
                pending.compact();
            }
            pending.flip();
            if (decoder.decode(pending, out, true).isError() || decoder.flush(out).isError()) {
                return "the file ends inside a " + charset.name() + " character";
            }
            return null;
        }
    }

    /** BOM, else UTF-8 when the file decodes as such, else Windows-1252. */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bom = in.readNBytes(3);
            if (bom.length >= 2 && (bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF)) {
                return StandardCharsets.UTF_16BE;
            }
            if (bom.length >= 2 && (bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE)) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return firstError(file, StandardCharsets.UTF_8) == null ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** Decodes a byte array strictly. */
    public static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int countNewlines(CharBuffer chars) {
        int count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                count++;
            }
        }
        return count;
    }
}
