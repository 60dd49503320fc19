package org.egov.itpm.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    @Test
    void ephemeralServerAnswersAsRoleItpmInDatabaseItpm() throws Exception {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.ephemeral();
        String url = pg.jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1, current_user, current_database(), current_setting('server_version_num')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("itpm");
            assertThat(rs.getString(3)).isEqualTo("itpm");
            assertThat(Integer.parseInt(rs.getString(4))).isGreaterThanOrEqualTo(170000);
        } finally {
            pg.stop();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, pg.user(), pg.password()).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void persistentServerKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        int port = KeycloakServer.freePort();

        EmbeddedPostgresServer first = EmbeddedPostgresServer.persistent(port, data);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedPostgresServer second = EmbeddedPostgresServer.persistent(port, data); // role and database exist now
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(second.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/itpm");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(setting(c, "fsync")).as("the local run keeps acknowledged writes").isEqualTo("on");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "full_page_writes")).isEqualTo("on");
        } finally {
            second.stop();
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
