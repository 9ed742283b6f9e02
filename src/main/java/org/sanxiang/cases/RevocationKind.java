package org.sanxiang.cases;

/**
 * How a decision fell (APL Art. 48 ¶2), with the provisions under which a reconsideration organ (ARL,
 * the Administrative Reconsideration Law 2023) or a court (ALL, the Administrative Litigation Law)
 * decides so. The office may also correct itself (APL Art. 75).
 */
public enum RevocationKind {
    CHANGED("变更", "ARL Art. 63; ALL Art. 77"),
    REVOKED("撤销", "ARL Art. 64; ALL Art. 70"),
    UNLAWFUL("确认违法", "ARL Art. 65; ALL Art. 74"),
    VOID("确认无效", "ARL Art. 67; ALL Art. 75");

    private final String label;
    private final String article;

    RevocationKind(String label, String article) {
        this.label = label;
        this.article = article;
    }

    /** 变更, 撤销, 确认违法, 确认无效. */
    public String label() {
        return label;
    }

    /** The provisions under which a decision falls this way. */
    public String article() {
        return article;
    }
}
