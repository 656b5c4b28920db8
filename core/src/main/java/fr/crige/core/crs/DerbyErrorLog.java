package fr.crige.core.crs;

import java.io.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the log of the embedded Derby engine to SLF4J instead of a {@code derby.log} file.
 *
 * <p>Apache SIS reads the EPSG dataset from a read-only Derby database packed in {@code sis-embedded-data}. By
 * default Derby writes a {@code derby.log} file in the working directory at every start and stop, which litters the
 * server directory and test folders. {@link #install()} points the Derby system property
 * {@code derby.stream.error.method} to {@link #writer()}, so these messages go to the {@code org.apache.derby}
 * logger at DEBUG level (database errors still reach crige as exceptions through SIS). The property is only set
 * when absent: an administrator may still choose a file with {@code -Dderby.stream.error.file=...}.
 */
public final class DerbyErrorLog {

    private static final String METHOD_PROPERTY = "derby.stream.error.method";
    private static final String[] USER_PROPERTIES = {
            METHOD_PROPERTY, "derby.stream.error.file", "derby.stream.error.field", "derby.stream.error.style"};

    private DerbyErrorLog() {
    }

    /** Configures Derby unless the user did; must run before SIS first opens the EPSG database. */
    static void install() {
        for (String property : USER_PROPERTIES) {
            if (System.getProperty(property) != null) {
                return;
            }
        }
        System.setProperty(METHOD_PROPERTY, DerbyErrorLog.class.getName() + ".writer");
    }

    /** Called by Derby through {@code derby.stream.error.method}; public because Derby looks it up reflectively. */
    public static Writer writer() {
        return new LineWriter(LoggerFactory.getLogger("org.apache.derby"));
    }

    /** Buffers characters and logs each complete line. */
    private static final class LineWriter extends Writer {
        private final Logger logger;
        private final StringBuilder line = new StringBuilder();

        LineWriter(Logger logger) {
            this.logger = logger;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    emit();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        private void emit() {
            if (!line.isEmpty() && logger.isDebugEnabled()) {
                logger.debug(line.toString());
            }
            line.setLength(0);
        }

        @Override
        public synchronized void flush() {
            // Lines are logged when complete; a partial line waits for its end.
        }

        @Override
        public synchronized void close() {
            emit();
        }
    }
}
