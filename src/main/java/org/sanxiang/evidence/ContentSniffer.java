package org.sanxiang.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Detects a file's content type from its first bytes (magic numbers), never from its name: a small
 * table of the formats evidence comes in. Unknown binary content is {@code application/octet-stream}.
 */
public final class ContentSniffer {

    /** Bytes of the head the detection looks at. */
    public static final int HEAD_BYTES = 8192;

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String OLE = "application/x-ole-storage";
    static final String TEXT = "text/plain";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String GIF = "image/gif";
    static final String TIFF = "image/tiff";
    static final String WEBP = "image/webp";
    static final String HEIC = "image/heic";
    static final String MP4 = "video/mp4";
    static final String QUICKTIME = "video/quicktime";
    static final String THREE_GP = "video/3gpp";
    static final String MATROSKA = "video/x-matroska";
    static final String AVI = "video/x-msvideo";
    static final String MPEG_PS = "video/mpeg";
    static final String MPEG_TS = "video/mp2t";
    static final String FLV = "video/x-flv";
    static final String ASF = "video/x-ms-asf";
    static final String M4A = "audio/mp4";
    static final String MP3 = "audio/mpeg";
    static final String WAV = "audio/wav";
    static final String OGG = "audio/ogg";
    static final String AMR = "audio/amr";
    static final String FLAC = "audio/flac";
    static final String OCTET = "application/octet-stream";
    static final String EXE = "application/x-msdownload";
    static final String ELF = "application/x-executable";
    static final String MACHO = "application/x-mach-binary";
    static final String SCRIPT = "text/x-script";

    static final Set<String> IMAGES = Set.of(JPEG, PNG, GIF, TIFF, WEBP, HEIC);
    static final Set<String> VIDEO = Set.of(MP4, QUICKTIME, THREE_GP, MATROSKA, AVI, MPEG_PS, MPEG_TS, FLV, ASF);
    static final Set<String> AUDIO = Set.of(M4A, MP3, WAV, OGG, AMR, FLAC);
    /** Scans, photos of paper, office files and plain text. */
    static final Set<String> DOCUMENTS = Set.of(PDF, ZIP, OLE, TEXT, JPEG, PNG, GIF, TIFF, WEBP, HEIC);
    static final Set<String> EXECUTABLES = Set.of(EXE, ELF, MACHO, SCRIPT);
    static final Set<String> ANY_BUT_EXECUTABLE;

    static {
        java.util.Set<String> all = new java.util.HashSet<>();
        all.addAll(IMAGES);
        all.addAll(VIDEO);
        all.addAll(AUDIO);
        all.addAll(DOCUMENTS);
        all.add(OCTET);
        ANY_BUT_EXECUTABLE = Set.copyOf(all);
    }

    private ContentSniffer() {
    }

    /** The content type of a file whose first bytes are {@code head} (at most {@link #HEAD_BYTES}). */
    public static String detect(byte[] head) {
        if (head.length == 0) {
            return OCTET;
        }
        if (startsWith(head, 0, "%PDF-")) {
            return PDF;
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) {
            return GIF;
        }
        if (startsWith(head, 0, 'I', 'I', 0x2A, 0x00) || startsWith(head, 0, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        if (startsWith(head, 0, "RIFF") && head.length >= 12) {
            if (startsWith(head, 8, "WEBP")) {
                return WEBP;
            }
            if (startsWith(head, 8, "WAVE")) {
                return WAV;
            }
            if (startsWith(head, 8, "AVI ")) {
                return AVI;
            }
        }
        if (head.length >= 12 && startsWith(head, 4, "ftyp")) {
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            if (brand.equals("qt  ")) {
                return QUICKTIME;
            }
            if (brand.startsWith("3g")) {
                return THREE_GP;
            }
            if (brand.startsWith("M4A") || brand.startsWith("M4B")) {
                return M4A;
            }
            if (brand.startsWith("heic") || brand.startsWith("heix") || brand.startsWith("mif1")) {
                return HEIC;
            }
            return MP4;
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return MATROSKA; // also WebM
        }
        if (startsWith(head, 0, 0x00, 0x00, 0x01, 0xBA)) {
            return MPEG_PS;
        }
        if (head.length > 188 && (head[0] & 0xFF) == 0x47 && (head[188] & 0xFF) == 0x47) {
            return MPEG_TS;
        }
        if (startsWith(head, 0, "FLV")) {
            return FLV;
        }
        if (startsWith(head, 0, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
            return ASF;
        }
        if (startsWith(head, 0, "ID3") || (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE6) == 0xE2)) {
            return MP3;
        }
        if (startsWith(head, 0, "OggS")) {
            return OGG;
        }
        if (startsWith(head, 0, "#!AMR")) {
            return AMR;
        }
        if (startsWith(head, 0, "fLaC")) {
            return FLAC;
        }
        if (startsWith(head, 0, 'P', 'K', 0x03, 0x04)) {
            return ZIP; // also docx, xlsx, odt
        }
        if (startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE; // doc, xls
        }
        if (startsWith(head, 0, "MZ")) {
            return EXE;
        }
        if (startsWith(head, 0, 0x7F, 'E', 'L', 'F')) {
            return ELF;
        }
        if (startsWith(head, 0, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(head, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return MACHO;
        }
        if (startsWith(head, 0, "#!")) {
            return SCRIPT;
        }
        return isText(head) ? TEXT : OCTET;
    }

    /** UTF-8 (a sequence cut at the end of the head is fine) without control characters but tab and line ends. */
    static boolean isText(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
        if (result.isError()) {
            return false;
        }
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int offset, String ascii) {
        return startsWith(head, offset, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int offset, int... bytes) {
        if (head.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[offset + i] & 0xFF) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
