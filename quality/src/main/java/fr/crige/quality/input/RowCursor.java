package fr.crige.quality.input;

/** A forward-only stream of rows holding a file or a connection; always close it. */
public interface RowCursor extends AutoCloseable {

    boolean hasNext() throws InputProblem;

    Row next() throws InputProblem;

    @Override
    void close();
}
