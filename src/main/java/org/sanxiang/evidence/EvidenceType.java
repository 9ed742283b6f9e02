package org.sanxiang.evidence;

import java.util.Set;

/** The eight kinds of evidence of APL Art. 46, each with the content types its files may have. */
public enum EvidenceType {

    DOCUMENTARY("书证", ContentSniffer.DOCUMENTS),
    PHYSICAL("物证", union(ContentSniffer.IMAGES, ContentSniffer.VIDEO, Set.of(ContentSniffer.PDF))),
    AUDIO_VISUAL("视听资料", union(ContentSniffer.AUDIO, ContentSniffer.VIDEO)),
    ELECTRONIC_DATA("电子数据", ContentSniffer.ANY_BUT_EXECUTABLE),
    WITNESS_TESTIMONY("证人证言", union(ContentSniffer.DOCUMENTS, ContentSniffer.AUDIO)),
    PARTY_STATEMENT("当事人的陈述", union(ContentSniffer.DOCUMENTS, ContentSniffer.AUDIO)),
    EXPERT_OPINION("鉴定意见", ContentSniffer.DOCUMENTS),
    INSPECTION_RECORD("勘验笔录/现场笔录", ContentSniffer.DOCUMENTS);

    private final String label;
    private final Set<String> allowedContentTypes;

    EvidenceType(String label, Set<String> allowedContentTypes) {
        this.label = label;
        this.allowedContentTypes = allowedContentTypes;
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
