package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.egov.itpm.common.NamedParameters;

/**
 * Runs the pull's page statement ({@link ExchangePageSql}) on a plain JDBC connection (ADR 0018): none of Hibernate's
 * native-query machinery, the rows' JSON read as PostgreSQL's UTF-8 bytes (never decoded into a Java string), and the
 * same statement text for every page of one shape, so the driver keeps using its server-side prepared statement.
 */
@ApplicationScoped
class ExchangePageQuery {

    private final DataSource dataSource;
    private final AtomicLong statements = new AtomicLong();

    @Inject
    ExchangePageQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The columns of {@link ExchangePageSql#page}: rows' JSON, more rows follow, last row's time text and id. */
    record Result(byte[] items, boolean more, String lastTime, String lastId) {
    }

    Result run(ProjectQuery query, int size, String nodeJson) {
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("size", size);
        params.put("sizePlusOne", size + 1);
        params.put("nodeJson", nodeJson);
        NamedParameters bound = NamedParameters.bind(ExchangePageSql.page(query), params);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(bound.sql)) {
            for (int i = 0; i < bound.values.size(); i++) {
                statement.setObject(i + 1, bound.values.get(i));
            }
            statements.incrementAndGet();
            try (ResultSet rs = statement.executeQuery()) {
                rs.next(); // an aggregate: always one row
                return new Result(rs.getBytes(1), rs.getBoolean(2), rs.getString(3), rs.getString(4));
            }
        } catch (SQLException e) {
            // as Hibernate wrapped it: the REST error mapping reads the SQLState from the cause (DatabaseFailures)
            throw new PersistenceException("the pull's page statement failed", e);
        }
    }

    /** Statements run so far (the pull's statement-count test reads it through {@link ProjectExchange}). */
    long statementCount() {
        return statements.get();
    }
}
