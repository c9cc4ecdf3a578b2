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

    /**
     * A dossier of a procedure handled inside ThiĐua (a nomination sent to the TĐKT office), counted like any dossier
     * of the sync schema: received on the day, online or not, from the applicant's own account or keyed in by an
     * officer. Written in the caller's transaction; sending it again replaces it. Returns false, writing nothing,
     * when the procedure is not in the catalogue (it is logged: the office has to import it).
     *
     * @param accountKind {@code TO_CHUC} for the unit's own account, {@code CAN_BO} for an officer keying it in,
     *                    null on paper
     */
    record ServiceDossier(String maHoSo, String procedureCode, long unitId, boolean online, String accountKind,
            java.time.LocalDateTime receivedAt) {
    }

    boolean recordServiceDossier(ServiceDossier dossier);

    /** Imports the procedure catalogue (danh mục TTHC) from CSV or XLSX, all rows or none. */
    int importProcedures(byte[] table);

    /** Rebuilds every aggregate from the stored dossiers; gives what the incremental path maintains. */
    void recompute();
}
