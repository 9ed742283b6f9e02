package org.sanxiang.documents;

import java.util.List;

/**
 * One document of the catalogue ({@code documents/catalogue.yml}): what it is, when the procedure allows
 * it, how it is numbered, which template prints it, who signs and which fields it cannot go without.
 *
 * @param after    the step (its name, e.g. {@code HEAD_DECISION}) whose completion the document needs, or
 *                 {@code record:<KIND>} for a 笔录 of an investigation record of that kind; null: none
 * @param decision the decision kinds the document prints (a decision of one of them must exist); empty: none
 * @param number   {@code CASE}, {@code DECISION}, {@code REVIEW} or {@code NEW:<kind>}
 * @param record   for a 笔录: the investigation record kind it prints
 */
public record CatalogueEntry(String kind, String title, int order, String procedure, String after,
        List<String> decision, String number, String template, String record, List<String> signers,
        List<Field> required, List<Field> rows) {

    public CatalogueEntry {
        decision = decision == null ? List.of() : List.copyOf(decision);
        signers = signers == null ? List.of() : List.copyOf(signers);
        required = required == null ? List.of() : List.copyOf(required);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** An expression over the document context and its label. */
    public record Field(String expression, String label) {
    }

    /** The number kind of a {@code NEW:<kind>} entry; null for the others. */
    String ownNumberKind() {
        return number.startsWith("NEW:") ? number.substring(4) : null;
    }
}
