package fr.crige.csw.store;

import java.util.List;

/** What a committed transaction did: the counts of CSW's TransactionSummary and the inserted identifiers. */
public record TransactionSummary(int inserted, int updated, int deleted, List<String> insertedIdentifiers) {

    public TransactionSummary {
        insertedIdentifiers = List.copyOf(insertedIdentifiers);
    }
}
