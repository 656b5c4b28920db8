package fr.crige.core.datadir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Crash-safe file replacement: a reader (or a server restarting after a crash or power loss) sees either the
 * previous content of a file or the new one, never a truncated mix.
 *
 * <p>The content goes to a temporary file in the target's directory (same file system, so the rename below
 * cannot degrade into a copy), is forced to disk, and the temporary file is renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}; the directory is then forced so that the rename itself survives a
 * power loss. On file systems that cannot rename atomically (some network or FUSE mounts) the move falls
 * back to a plain replacing move: the window where the target is missing is then as short as that file
 * system allows, and the previous content is never overwritten in place. Forcing a directory is not
 * possible on every platform (Windows); it is skipped there.
 *
 * <p>Public for the other files crige keeps in the data directory (quality reports...), which must be
 * written the same way; large content is streamed ({@link Content}) rather than held in one array.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream (buffered; closing it is not needed). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Names of temporary files, skipped and cleaned up by the loader. */
    public static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp");

    private static final FileAttribute<?>[] OWNER_ONLY = {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};

    private AtomicFiles() {
    }

    /** Replaces the target atomically; the file gets the default permissions of new files. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /** Replaces the target atomically with streamed content; default permissions of new files. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /** Replaces the target atomically; see {@link #write(Path, Content, boolean)}. */
    static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        write(target, out -> out.write(content), ownerOnly);
    }

    /**
     * Replaces the target atomically.
     *
     * @param ownerOnly create the file readable and writable by its owner only (POSIX 600) when the file
     *                  system supports POSIX permissions; the permissions are set before any content is written
     */
    static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createFile(temp, ownerOnly && posix ? OWNER_ONLY : new FileAttribute<?>[0]);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the channel stays open until it is forced to disk below
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves a file atomically within its file system (used when a style body is renamed). */
    static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(target.toAbsolutePath().getParent());
    }

    /** Deletes a file if present and makes the deletion durable. */
    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceDirectory(file.toAbsolutePath().getParent());
        }
    }

    /** Deletes a directory if it exists and is empty; returns false when it still holds something. */
    static boolean deleteIfEmpty(Path dir) throws IOException {
        try {
            delete(dir);
            return true;
        } catch (DirectoryNotEmptyException e) {
            return false;
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform (e.g. Windows cannot open a directory as a channel)
        }
    }
}
