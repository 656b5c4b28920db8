package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration and connection errors are reported as StoreExceptions naming the server; no database needed. */
class PostgisConnectionFailureTest {
    private final PostgisStoreFactory factory = new PostgisStoreFactory();
    private final StoreContext context = new StoreContext(Path.of("."), null);

    @Test
    void unreachableServerNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closedPort = port;
        assertThatThrownBy(() -> factory.open(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort),
                "database", "gis", "user", "nobody", "passwd", "secret", "connectionTimeout", "2000"), context))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort + "/gis")
                .hasMessageNotContaining("secret");
    }

    @Test
    void invalidParametersAreReported() {
        assertThatThrownBy(() -> factory.open(Map.of("host", "localhost"), context))
                .isInstanceOf(StoreException.class).hasMessageContaining("database");
        assertThatThrownBy(() -> factory.open(Map.of("database", "gis", "port", "54x32"), context))
                .isInstanceOf(StoreException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> factory.open(Map.of("database", "gis", "maxConnections", "0"), context))
                .isInstanceOf(StoreException.class).hasMessageContaining("maxConnections");
    }
}
