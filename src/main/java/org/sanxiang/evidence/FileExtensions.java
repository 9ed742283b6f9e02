package org.sanxiang.evidence;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file-name extensions each kind of evidence file may have (issue 15, finding 8): the name an evidence
 * file is served under must not make a browser or a desktop run it, so every APL Art. 46 type takes an
 * allow-list of extensions, next to the content types its bytes may have ({@link ContentSniffer}). Scripts,
 * executables and pages (.hta, .bat, .js, .exe, .html, ...) are in no list.
 */
final class FileExtensions {

    static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "gif", "tif", "tiff", "webp", "heic", "heif");
    static final Set<String> SCANS_AND_OFFICE = Set.of("pdf", "ofd", "doc", "docx", "xls", "xlsx", "odt", "ods", "wps",
            "et", "txt", "rtf");
    static final Set<String> AUDIO = Set.of("mp3", "m4a", "wav", "ogg", "oga", "amr", "flac", "aac");
    static final Set<String> VIDEO = Set.of("mp4", "m4v", "mov", "3gp", "mkv", "webm", "avi", "mpg", "mpeg", "ts",
            "flv", "wmv", "asf");
    /** Exports of devices, systems and chats: data, never programs. */
    static final Set<String> DATA = Set.of("csv", "json", "xml", "log", "eml", "msg", "zip", "7z", "rar", "gz", "tar",
            "bin", "dat", "db", "sqlite");
    static final Set<String> DOCUMENTS = union(SCANS_AND_OFFICE, IMAGES);

    private FileExtensions() {
    }

    /** The part after the last dot, lower case; "" when the name has none (or ends with the dot). */
    static String of(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
