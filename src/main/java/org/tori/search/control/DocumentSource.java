package org.tori.search.control;

import java.util.Optional;

/**
 * Knows how to turn one kind of thing into its search document. An absent document means the
 * thing is gone or no longer public, and its copy is removed from the index.
 */
public interface DocumentSource {

    String type();

    String index();

    Optional<Object> document(String id);
}
