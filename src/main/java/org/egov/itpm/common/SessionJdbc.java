package org.egov.itpm.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/**
 * A write statement on the transaction's own connection, past Hibernate's native-query handling. Hibernate answers
 * every native {@code executeUpdate} with a cleanup action for all mapped tables that it keeps until the transaction
 * ends and flushes the whole session before it: harmless once per request, quadratic time and unbounded memory in a
 * job that writes row by row through 100,000 projects in one transaction (the reminder run). Entities are not
 * flushed first: use it only for statements that do not depend on pending entity changes.
 */
public final class SessionJdbc {

    private SessionJdbc() {
    }

    /** Runs {@code sql} with {@code :name} parameters given as name, value pairs; returns the update count. */
    public static int update(EntityManager em, String sql, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        NamedParameters bound = NamedParameters.bind(sql, params);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(bound.sql)) {
                for (int i = 0; i < bound.values.size(); i++) {
                    statement.setObject(i + 1, bound.values.get(i));
                }
                return statement.executeUpdate();
            }
        });
    }
}
