package fr.crige.quality.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A check running in the background, for deliveries too large to answer in the request. Progress is the
 * number of rows checked out of the total when the source knows it.
 */
public final class Job {

    /** The life of a job. */
    public enum Status { RUNNING, DONE, FAILED }

    private final String id;
    private final AtomicLong rowsChecked = new AtomicLong();
    private volatile long totalRows = -1;
    private volatile Status status = Status.RUNNING;
    private volatile String reportId;
    private volatile String error;

    public Job(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public long rowsChecked() {
        return rowsChecked.get();
    }

    public long totalRows() {
        return totalRows;
    }

    public Status status() {
        return status;
    }

    public String reportId() {
        return reportId;
    }

    public String error() {
        return error;
    }

    void progress(long rows) {
        rowsChecked.set(rows);
    }

    void total(long rows) {
        totalRows = rows;
    }

    void done(String report) {
        reportId = report;
        status = Status.DONE;
    }

    void failed(String message) {
        error = message;
        status = Status.FAILED;
    }
}
