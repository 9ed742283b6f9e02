package org.sanxiang.cases;

/** A case as its creating act answers it: id and case number. */
public record CaseRef(long id, String caseNumber) {
}
