package fr.crige.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReferencesTest {

    /** An in-memory secret store. */
    static final class MemorySecrets implements SecretStore {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }
    }

    private final MemorySecrets store = new MemorySecrets();
    private final SecretReferences refs = new SecretReferences(store, Map.of("PGPASS", "from-env")::get);

    @Test
    void recognisesSecretKeys() {
        assertThat(SecretReferences.isSecretKey("passwd")).isTrue();
        assertThat(SecretReferences.isSecretKey("DB_Password")).isTrue();
        assertThat(SecretReferences.isSecretKey("apiToken")).isTrue();
        assertThat(SecretReferences.isSecretKey("client_secret")).isTrue();
        assertThat(SecretReferences.isSecretKey("user")).isFalse();
    }

    @Test
    void protectMovesClearTextSecretsIntoTheStore() {
        Map<String, String> protectedParams = refs.protect("cvl", "pg",
                Map.of("host", "db", "passwd", "hunter2", "token", "${env:PGPASS}"));
        assertThat(protectedParams).containsEntry("host", "db")
                .containsEntry("token", "${env:PGPASS}");
        assertThat(protectedParams.get("passwd")).matches("\\$\\{secret:cvl\\.pg\\.passwd\\.[0-9a-f]+}");
        String key = protectedParams.get("passwd").substring("${secret:".length(), protectedParams.get("passwd").length() - 1);
        assertThat(store.values).containsExactly(Map.entry(key, "hunter2"));
        Map<String, String> again = refs.protect("cvl", "pg", Map.of("passwd", "hunter3"));
        assertThat(again.get("passwd")).as("a new protection never reuses a key a store may still reference")
                .isNotEqualTo(protectedParams.get("passwd"));
        assertThat(refs.resolve(protectedParams)).containsEntry("passwd", "hunter2");
        refs.forget(again);
        SecretReferences.requireReferences("cvl:pg", protectedParams);

        refs.forget(protectedParams);
        assertThat(store.values).isEmpty();
    }

    @Test
    void resolvesEveryKindOfReference(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db-secret");
        Files.writeString(file, "from-file\n");
        store.put("cvl.pg.passwd", "from-store");
        Map<String, String> resolved = refs.resolve(Map.of("host", "db", "a", "${env:PGPASS}",
                "b", "${file:" + file + "}", "c", "${secret:cvl.pg.passwd}"));
        assertThat(resolved).containsEntry("host", "db").containsEntry("a", "from-env")
                .containsEntry("b", "from-file").containsEntry("c", "from-store");
    }

    @Test
    void unresolvableReferencesAreNamed() {
        assertThatThrownBy(() -> refs.resolve(Map.of("passwd", "${env:NOPE}")))
                .isInstanceOf(StoreException.class).hasMessageContaining("${env:NOPE}")
                .hasMessageContaining("NOPE is not set");
        assertThatThrownBy(() -> refs.resolve(Map.of("passwd", "${file:/no/such/file}")))
                .isInstanceOf(StoreException.class).hasMessageContaining("/no/such/file");
        assertThatThrownBy(() -> refs.resolve(Map.of("passwd", "${secret:x.y.z}")))
                .isInstanceOf(StoreException.class).hasMessageContaining("x.y.z");
    }

    @Test
    void clearTextSecretsAreRejected() {
        assertThatThrownBy(() -> SecretReferences.requireReferences("cvl:pg", Map.of("password", "x")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("password")
                .hasMessageNotContaining("'x'");
    }
}
