package org.tori.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal as users get it: the WAR that {@code mvn package} built, deployed whole. Integration
 * tests run as clients against it, with PostgreSQL, Elasticsearch and SMTP taken from the
 * environment that bin/tori test prepared (TORI_DB_*, TORI_SEARCH_URL, TORI_MAIL_*).
 */
public final class Portal {

    private Portal() {}

    public static WebArchive war() {
        var path = System.getProperty("tori.war", "target/tori.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }

    /** A unique e-mail address per call, so tests never trip over each other's accounts. */
    public static String uniqueEmail(String who) {
        return who + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
    }
}
