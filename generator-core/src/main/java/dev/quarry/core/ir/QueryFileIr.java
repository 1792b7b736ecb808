package dev.quarry.core.ir;

import java.util.List;

/** The queries of one query file, in file order; emission makes one queries class of them. */
public record QueryFileIr(String file, List<QueryIr> queries) {

    public QueryFileIr {
        queries = List.copyOf(queries);
    }
}
