package org.tori.platform.cache;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every entity's listener (META-INF/orm.xml): a row written, changed or removed ends the generation
 * of the kept pages, whichever feature wrote it, from a page, the API or a timer.
 */
public class PageChanges {

    private static final Logger LOG = Logger.getLogger(PageChanges.class.getName());
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Inject
    PublicPages pages;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (pages == null) {
            if (!TOLD.getAndSet(true)) {
                LOG.warning("The entity listener got no CDI injection: kept pages are emptied only by requests"
                        + " that may write and by their time");
            }
        } else if (!entity.getClass().isAnnotationPresent(NotOnPublicPages.class)) {
            pages.changed();
        }
    }
}
