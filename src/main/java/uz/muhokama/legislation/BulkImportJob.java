package uz.muhokama.legislation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bulk import running in the background: how many files it has, how many are done, what became of each, and why the
 * whole upload was refused when it was (an archive over the limits).
 */
public final class BulkImportJob {

    /** What became of one file. */
    public enum Status { IMPORTED, UNCHANGED, SKIPPED, FAILED }

    /**
     * One file's result.
     *
     * @param name the file's name
     * @param status what became of it
     * @param reasonKey the message key of the reason for a skipped or failed file (else {@code null})
     * @param reasonArguments the reason's arguments
     * @param uri the act it went to, for an imported or unchanged file
     */
    public record Item(String name, Status status, String reasonKey, List<Object> reasonArguments, String uri) {

        public Item {
            reasonArguments = List.copyOf(reasonArguments);
        }
    }

    private final String upload;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private volatile int total = -1;
    private volatile String failureKey;
    private volatile boolean finished;

    BulkImportJob(String upload) {
        this.upload = upload;
    }

    /** The uploaded file's name. */
    public String upload() {
        return upload;
    }

    /** How many files it holds, or -1 while the archive is still being unpacked. */
    public int total() {
        return total;
    }

    public int done() {
        return items.size();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The message key of why the whole upload was refused, or {@code null}. */
    public String failureKey() {
        return failureKey;
    }

    public boolean finished() {
        return finished;
    }

    void total(int count) {
        total = count;
    }

    void add(Item item) {
        items.add(item);
    }

    void fail(String key) {
        failureKey = key;
    }

    void finish() {
        finished = true;
    }
}
