package org.sanxiang.evidence;

import java.util.Set;

/** The eight kinds of evidence of APL Art. 46, each with the content types its files may have. */
public enum EvidenceType {

    DOCUMENTARY("书证", ContentSniffer.DOCUMENTS, FileExtensions.DOCUMENTS),
    PHYSICAL("物证", union(ContentSniffer.IMAGES, ContentSniffer.VIDEO, Set.of(ContentSniffer.PDF)),
            FileExtensions.union(FileExtensions.IMAGES, FileExtensions.VIDEO, Set.of("pdf"))),
    AUDIO_VISUAL("视听资料", union(ContentSniffer.AUDIO, ContentSniffer.VIDEO),
            FileExtensions.union(FileExtensions.AUDIO, FileExtensions.VIDEO)),
    ELECTRONIC_DATA("电子数据", ContentSniffer.ANY_BUT_EXECUTABLE, FileExtensions.union(FileExtensions.DOCUMENTS,
            FileExtensions.AUDIO, FileExtensions.VIDEO, FileExtensions.DATA, Set.of(""))),
    WITNESS_TESTIMONY("证人证言", union(ContentSniffer.DOCUMENTS, ContentSniffer.AUDIO),
            FileExtensions.union(FileExtensions.DOCUMENTS, FileExtensions.AUDIO)),
    PARTY_STATEMENT("当事人的陈述", union(ContentSniffer.DOCUMENTS, ContentSniffer.AUDIO),
            FileExtensions.union(FileExtensions.DOCUMENTS, FileExtensions.AUDIO)),
    EXPERT_OPINION("鉴定意见", ContentSniffer.DOCUMENTS, FileExtensions.DOCUMENTS),
    INSPECTION_RECORD("勘验笔录/现场笔录", ContentSniffer.DOCUMENTS, FileExtensions.DOCUMENTS);

    private final String label;
    private final Set<String> allowedContentTypes;
    /** File-name extensions, lower case; "" (no extension) only for electronic data. */
    private final Set<String> allowedExtensions;

    EvidenceType(String label, Set<String> allowedContentTypes, Set<String> allowedExtensions) {
        this.label = label;
        this.allowedContentTypes = allowedContentTypes;
        this.allowedExtensions = allowedExtensions;
    }

    /** Whether a file named {@code fileName} may be evidence of this type (by its extension). */
    public boolean allowsFileName(String fileName) {
        return allowedExtensions.contains(FileExtensions.of(fileName));
    }

    public Set<String> allowedExtensions() {
        return allowedExtensions;
    }

    /** The types a file of this name may be, in the order of APL Art. 46. */
    public static java.util.List<EvidenceType> acceptingFileName(String fileName) {
        return java.util.Arrays.stream(values()).filter(t -> t.allowsFileName(fileName)).toList();
    }

    public String label() {
        return label;
    }

    public boolean allows(String contentType) {
        return allowedContentTypes.contains(contentType);
    }

    public Set<String> allowedContentTypes() {
        return allowedContentTypes;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
