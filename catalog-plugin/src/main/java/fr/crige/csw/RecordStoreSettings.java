package fr.crige.csw;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.store.StoreException;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.postgresql.PostgresConnection;
import fr.crige.csw.store.postgresql.PostgresRecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which record store the catalogue uses, from {@code <data-dir>/csw/csw.json}. Without the file, or with
 * {@code "type": "sqlite"}, the embedded store in {@code <data-dir>/csw/records.sqlite}; for production:
 * <pre>
 * { "recordStore": { "type": "postgresql", "host": "db.example.fr", "port": "5432", "database": "crige",
 *                    "schema": "csw", "user": "crige_csw", "password": "${env:CRIGE_CSW_DB_PASSWORD}",
 *                    "maxConnections": "8" } }
 * </pre>
 * As for data stores, the password must be a secret reference ({@code ${env:..}}, {@code ${file:..}},
 * {@code ${secret:..}}) resolved by {@link SecretReferences}, so that the file can be versioned and shared.
 *
 * @param type       {@code sqlite} or {@code postgresql}
 * @param parameters the connection parameters of the PostgreSQL store, as written (references unresolved)
 */
public record RecordStoreSettings(String type, Map<String, String> parameters) {

    public static final String FILE = "csw.json";

    public RecordStoreSettings {
        parameters = Map.copyOf(parameters);
        if (!type.equals("sqlite") && !type.equals("postgresql")) {
            throw new StoreException("Unknown record store type '" + type + "' in " + FILE
                    + "; use sqlite or postgresql");
        }
        SecretReferences.requireReferences("recordStore of " + FILE, parameters);
    }

    /** The settings of the catalogue directory ({@code <data-dir>/csw}); the embedded store by default. */
    public static RecordStoreSettings read(Path cswDirectory) {
        Path file = cswDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new RecordStoreSettings("sqlite", Map.of());
        }
        try {
            JsonNode store = new ObjectMapper().readTree(file.toFile()).path("recordStore");
            Map<String, String> parameters = new LinkedHashMap<>(new ObjectMapper().convertValue(store,
                    new TypeReference<Map<String, String>>() { }));
            String type = parameters.remove("type");
            return new RecordStoreSettings(type == null ? "sqlite" : type, parameters);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens the configured store, resolving secret references only now. */
    public RecordStore open(Path cswDirectory, SecretReferences secrets) {
        if (type.equals("sqlite")) {
            return SqliteRecordStore.open(cswDirectory.resolve("records.sqlite"));
        }
        Map<String, String> p = secrets.resolve(parameters);
        return PostgresRecordStore.open(new PostgresConnection(required(p, "host"),
                integer(p, "port", 5432), required(p, "database"), p.getOrDefault("schema", "csw"),
                required(p, "user"), p.get("password"), integer(p, "maxConnections", 8)));
    }

    private static int integer(Map<String, String> parameters, String key, int defaultValue) {
        String value = parameters.get(key);
        try {
            return value == null ? defaultValue : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StoreException("'" + key + "' of the record store in " + FILE + " is not a number: " + value);
        }
    }

    private static String required(Map<String, String> parameters, String key) {
        String value = parameters.get(key);
        if (value == null || value.isBlank()) {
            throw new StoreException("The postgresql record store of " + FILE + " needs '" + key + "'");
        }
        return value;
    }
}
