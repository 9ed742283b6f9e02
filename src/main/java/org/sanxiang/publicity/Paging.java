package org.sanxiang.publicity;

import org.sanxiang.publicity.PublicityProblems.PagingInvalid;

/** Paging bounds of every list: a page of 1–100 rows, at most 10,000 pages deep. */
final class Paging {

    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new PagingInvalid("page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new PagingInvalid("size", size);
        }
    }
}
