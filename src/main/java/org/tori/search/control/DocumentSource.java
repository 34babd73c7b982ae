package org.tori.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Knows how to turn one kind of thing into its search documents. An absent document means the
 * thing is gone or no longer public, and its copy is removed from the index.
 */
public interface DocumentSource {

    /** One document to write (body) or remove (null body). */
    record Document(String id, Object body) {}

    String type();

    String index();

    Optional<Object> document(String id);

    /** What one change of the thing writes: by default its one document under the same id. */
    default List<Document> documents(String id) {
        var list = new ArrayList<Document>();
        list.add(new Document(id, document(id).orElse(null)));
        return list;
    }

    /**
     * What the changes of many things write, in the order of their ids: a rebuild reads its batches
     * through this. By default one thing after the other; a source with many things reads them at once.
     */
    default List<Document> documents(List<String> ids) {
        var list = new ArrayList<Document>();
        ids.forEach(id -> list.addAll(documents(id)));
        return list;
    }

    /** Every id that may have a document, for rebuilding the index from the database. */
    List<String> allIds();

    /** The number an id names, or none when it is no number (an outbox row nobody could have written). */
    static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The numbers a batch of ids names, leaving out those that are no number. */
    static List<Long> numbers(List<String> ids) {
        return ids.stream()
                .map(DocumentSource::number)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The ids of a one-column query's numbers, as the outbox writes them. */
    static List<String> ids(List<?> numbers) {
        return numbers.stream()
                .map(n -> String.valueOf(((Number) n).longValue()))
                .toList();
    }
}
