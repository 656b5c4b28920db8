package fr.crige.quality.input;

import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import fr.crige.quality.input.shapefile.ShapefileSource;
import fr.crige.quality.model.TableRule;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An uploaded file opened as the table of a standard, in a private working folder deleted on
 * {@link #close()}: GeoJSON, CSV, GeoPackage, or a zip holding one of them or a Shapefile (with its .dbf,
 * .prj and .cpg). The format is chosen by extension.
 */
public final class Delivery implements AutoCloseable {

    /** Caller options for text formats. */
    public record Options(String encoding, String delimiter) {
    }

    private final Path folder;
    private final TableSource source;
    private final DataStore store;
    private Path extracted;

    private Delivery(Path folder, TableSource source, DataStore store) {
        this.folder = folder;
        this.source = source;
        this.store = store;
    }

    public TableSource source() {
        return source;
    }

    /** Where an uploaded archive was extracted (for the document rules); empty for a single file. */
    public Optional<Path> extracted() {
        return Optional.ofNullable(extracted);
    }

    /**
     * Opens an uploaded file (already written in {@code folder}, which the delivery then owns).
     *
     * @throws RejectedInputException when the format is not supported, the archive unsafe or unreadable
     */
    public static Delivery open(Path folder, Path file, String originalName, TableRule table, Options options,
            StoreContext storeContext, ArchiveLimits limits) throws IOException {
        try {
            Path data = file;
            String name = originalName;
            if (extension(originalName).equals("zip")) {
                Path extracted = Files.createDirectories(folder.resolve("extracted"));
                new SafeZipExtractor(limits).extract(file, extracted);
                data = pick(extracted, table);
                name = originalName + "!/" + extracted.relativize(data);
            }
            Delivery delivery = open(folder, file, data, name, table, options, storeContext);
            if (data != file) {
                delivery.extracted = folder.resolve("extracted");
            }
            return delivery;
        } catch (RuntimeException | IOException e) {
            delete(folder);
            throw e;
        }
    }

    private static Delivery open(Path folder, Path file, Path data, String name, TableRule table, Options options,
            StoreContext storeContext) throws IOException {
        String ext = extension(data.getFileName().toString());
        return switch (ext) {
            case "geojson", "json" -> new Delivery(folder, new GeoJsonSource(data, name), null);
            case "csv", "txt" -> new Delivery(folder, new CsvSource(data, name, table.csv(),
                    charset(table.encoding()), options.encoding() == null ? null : charset(options.encoding()),
                    options.delimiter() == null || options.delimiter().isEmpty() ? null
                            : unescape(options.delimiter())), null);
            case "gpkg" -> geopackage(folder, data, name, table, storeContext);
            case "shp" -> {
                if (data == file) {
                    throw new RejectedInputException("a Shapefile is several files: send the .shp, .shx, .dbf,"
                            + " .prj and .cpg together in a zip", false);
                }
                yield new Delivery(folder, new ShapefileSource(data, name, charset(table.encoding()),
                        table.allowedCrs()), null);
            }
            default -> throw new RejectedInputException("unsupported file type '." + ext
                    + "': send GeoJSON, CSV, GeoPackage or a zip of one of them or of a Shapefile", false);
        };
    }

    private static Delivery geopackage(Path folder, Path file, String name, TableRule table, StoreContext context) {
        DataStore store;
        try {
            store = new GeoPackageStoreFactory().open(Map.of(GeoPackageStoreFactory.DATABASE,
                    file.toAbsolutePath().toString()), context);
        } catch (StoreException e) {
            throw new RejectedInputException("unreadable GeoPackage: " + e.getMessage(), false);
        }
        List<String> types = store.typeNames();
        String type = types.stream().filter(t -> table.filePattern() != null && table.filePattern().matcher(t).matches()
                || t.equalsIgnoreCase(table.name())).findFirst()
                .orElse(types.size() == 1 ? types.get(0) : null);
        if (type == null) {
            store.close();
            throw new RejectedInputException("the GeoPackage has no table named " + table.name()
                    + " (tables: " + types + ")", false);
        }
        return new Delivery(folder, new StoreTableSource(store, type, name + "!" + type), store);
    }

    /** The file of the archive that holds the table: matching the standard's file pattern, else the only one. */
    private static Path pick(Path folder, TableRule table) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(folder)) {
            candidates = files.filter(Files::isRegularFile).filter(p -> List.of("geojson", "json", "csv", "gpkg", "shp")
                    .contains(extension(p.getFileName().toString()))).sorted().toList();
        }
        List<Path> matching = candidates.stream().filter(p -> table.filePattern() != null
                && table.filePattern().matcher(baseName(p)).matches()).toList();
        List<Path> chosen = matching.isEmpty() ? candidates : matching;
        if (chosen.size() != 1) {
            throw new RejectedInputException(chosen.isEmpty() ? "the archive holds no GeoJSON, CSV, Shapefile or GeoPackage file"
                    : "the archive holds several candidate files for " + table.name() + ": "
                            + chosen.stream().map(p -> folder.relativize(p).toString()).toList(), false);
        }
        return chosen.get(0);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedInputException("unknown encoding '" + name + "'", false);
        }
    }

    private static char unescape(String delimiter) {
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new RejectedInputException("a delimiter is one character", false);
        }
        return delimiter.charAt(0);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        delete(folder);
    }

    /** Deletes a working folder that will not be opened as a delivery. */
    public static void discard(Path folder) {
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // temporary files; the OS temp cleaner removes what could not be deleted
        }
    }
}
