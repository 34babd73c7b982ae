package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A fan-out queues thousands of mails: their ids are now taken fifty at a time ({@code allocationSize
 * = 50} on OutgoingMail) instead of one database round trip per mail. The persistence provider reads
 * a value v as the block v - 49 … v, so the sequence goes on well above every id in the outbox. In
 * Java because PostgreSQL and H2 (the run command's database) restart a sequence only at a constant.
 */
public class V98__mail_outbox_ids_in_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        long highest;
        try (var statement = context.getConnection().createStatement();
                var result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM mail_outbox")) {
            result.next();
            highest = result.getLong(1);
        }
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("ALTER SEQUENCE mail_outbox_seq RESTART WITH " + (highest + 100) + " INCREMENT BY 50");
        }
    }
}
