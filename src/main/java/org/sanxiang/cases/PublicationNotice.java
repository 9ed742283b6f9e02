package org.sanxiang.cases;

/**
 * What the party is told when a decision is served (RULES §3; G118): the decision will be published.
 * The cases module owns the text because the service step (送达) states it on the service record and in
 * the case's record; the publicity module prints the same words.
 */
public final class PublicationNotice {

    /** The sentence on the service record (送达回证) and the decision document. */
    public static final String TEXT = "本决定将依法向社会公示";

    private PublicationNotice() {
    }
}
