package org.tori.search.control;

import java.util.List;

/**
 * A kind of page that shares the knowledge index with lessons (news, events, pilots, roadmap items):
 * one document a change, named {@code <type>-<number>} so that it never meets another kind's number;
 * an id that is no number names none.
 */
public interface NumberedKnowledgeSource extends DocumentSource {

    @Override
    default String index() {
        return Indices.KNOWLEDGE;
    }

    @Override
    default List<Document> documents(String id) {
        return DocumentSource.number(id)
                .map(n -> List.of(new Document(type() + "-" + n, document(id).orElse(null))))
                .orElse(List.of());
    }
}
