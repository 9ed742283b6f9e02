package org.sanxiang.cases.persistence;

/** A current handler of a case: the officer and whether they lead; name and certificate come from the officers module. */
public record HandlerRow(long officerId, boolean lead) {
}
