package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.datadir.SecretFile;
import fr.crige.core.store.StoreException;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreSettingsTest {

    @TempDir
    Path csw;

    @Test
    void withoutAFileTheEmbeddedStoreIsUsed() {
        RecordStoreSettings settings = RecordStoreSettings.read(csw);
        assertThat(settings.type()).isEqualTo("sqlite");
        try (RecordStore store = settings.open(csw, secrets(Map.of()))) {
            assertThat(store).isInstanceOf(SqliteRecordStore.class);
        }
        assertThat(csw.resolve("records.sqlite")).exists();
    }

    @Test
    void readsAPostgresqlStoreWhosePasswordIsAReference() throws Exception {
        Files.writeString(csw.resolve("csw.json"), """
                {"recordStore": {"type": "postgresql", "host": "127.0.0.1", "port": 1, "database": "crige",
                 "user": "csw", "password": "${env:CSW_DB_PASSWORD}"}}
                """);
        RecordStoreSettings settings = RecordStoreSettings.read(csw);
        assertThat(settings.type()).isEqualTo("postgresql");
        assertThat(settings.parameters()).containsEntry("port", "1").containsEntry("password",
                "${env:CSW_DB_PASSWORD}");
        assertThatThrownBy(() -> settings.open(csw, secrets(Map.of()))).isInstanceOf(StoreException.class)
                .hasMessageContaining("CSW_DB_PASSWORD is not set");
        // resolved, the reference lets the store try to connect (nothing listens on port 1)
        assertThatThrownBy(() -> settings.open(csw, secrets(Map.of("CSW_DB_PASSWORD", "pw"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("127.0.0.1:1/crige");
    }

    @Test
    void refusesClearTextPasswordsAndUnknownTypes() throws Exception {
        Files.writeString(csw.resolve("csw.json"), """
                {"recordStore": {"type": "postgresql", "host": "h", "database": "d", "user": "u",
                 "password": "hunter2"}}
                """);
        assertThatThrownBy(() -> RecordStoreSettings.read(csw)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("password").hasMessageNotContaining("hunter2");
        Files.writeString(csw.resolve("csw.json"), "{\"recordStore\": {\"type\": \"lucene\"}}");
        assertThatThrownBy(() -> RecordStoreSettings.read(csw)).isInstanceOf(StoreException.class)
                .hasMessageContaining("lucene");
    }

    private SecretReferences secrets(Map<String, String> environment) {
        return new SecretReferences(new SecretFile(csw.resolve("secrets.properties")), environment::get);
    }
}
