package vn.thidua.indicator;

import java.io.InputStream;
import java.util.List;

/**
 * Nhập hồ sơ: dossier records in the national sync schema (HoSoDongBoDVC) from CSV, JSON Lines or XLSX. Records are
 * idempotent by MaHoSo; bad lines are reported with their number and reason and kept out, good lines are kept. Each
 * batch commits on its own, so an import killed in the middle keeps what it committed, and running it again adds
 * nothing twice.
 */
public interface DossierIngest {

    enum Format {
        CSV, JSONL, XLSX
    }

    /** One refused line. */
    record Rejection(long line, String field, String messageKey, List<Object> arguments) {
    }

    /**
     * @param rejections the first refused lines (at most 1,000), in file order
     * @param lateUpdates dossiers changed in a month already closed (before the current one), applied and counted
     */
    record Report(long importId, long lines, long accepted, long rejected, long lateUpdates, List<Rejection> rejections,
            long millis) {
    }

    Report ingest(InputStream content, Format format, String sourceName);

    /** Imports the procedure catalogue (danh mục TTHC) from CSV or XLSX, all rows or none. */
    int importProcedures(byte[] table);

    /** Rebuilds every aggregate from the stored dossiers; gives what the incremental path maintains. */
    void recompute();
}
