package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.jdbc.PgConnection;

/** The session settings the store's pooled connections carry, read back from a real server. */
class PostgisPoolSettingsTest {

    @Test
    void connectionsReadInBinaryAndPlanEachRunForItsValues() throws Exception {
        PostgisTestDatabase.assumeAvailable();
        PostgisConnectionParameters parameters = PostgisConnectionParameters.parse(
                PostgisTestDatabase.storeParameters("public"));
        try (HikariDataSource pool = new HikariDataSource(parameters.poolConfig());
                Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
            PgConnection pg = connection.unwrap(PgConnection.class);
            assertThat(pg.getForceBinary()).as("results in binary from the first run").isTrue();
            assertThat(connection.isReadOnly()).isTrue();
        }
    }
}
