package vn.thidua.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.document.CertificateSheet;

/**
 * Benchmark (run by {@code bench/certificates.sh}, not by the test suite): renders the certificates of one decision
 * with N recipients as one PDF, whole sheets and on blanks, and as a baseline the same N sheets one PDF each, and
 * prints pages per second.
 */
public final class CertificateBench {

    private CertificateBench() {
    }

    public static void main(String[] args) {
        int recipients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Nd30DocumentRenderer renderer = new Nd30DocumentRenderer();
        List<CertificateSheet> sheets = new ArrayList<>(recipients);
        for (int i = 1; i <= recipients; i++) {
            sheets.add(new CertificateSheet("Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà", false, "Bằng khen",
                    "Người nhận số " + i + " Nguyễn Thị Hồng Nhung", "Chuyên viên Phòng Quản lý vận tải, Sở Giao thông vận tải",
                    "Đã có thành tích xuất sắc trong phong trào thi đua chuyển đổi số giai đoạn 2022–2025",
                    "1234/QĐ-UBND", LocalDate.of(2026, 11, 20), i, "Sơn Hà", "Chủ tịch", "Lê Văn Đức",
                    "https://thidua.sonha.gov.vn/verify/" + String.format("%012d", i)));
        }
        renderer.renderCertificates(sheets.subList(0, Math.min(20, recipients)), null);
        double whole = pagesPerSecond(() -> renderer.renderCertificates(sheets, null), recipients, "whole sheets");
        double blank = pagesPerSecond(() -> renderer.renderCertificates(sheets,
                new CertificateSheet.Calibration(1.0, -1.0)), recipients, "on blanks");
        double single = pagesPerSecond(() -> sheets.forEach(s -> renderer.renderCertificates(List.of(s), null)),
                recipients, "baseline: one PDF per sheet");
        System.out.printf("batch / one-PDF-per-sheet: whole %.2fx, blanks %.2fx%n", whole / single, blank / single);
    }

    private static double pagesPerSecond(Runnable render, int pages, String label) {
        long start = System.nanoTime();
        render.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = pages / seconds;
        System.out.printf("%-30s %6d pages in %6.2f s = %7.1f pages/s%n", label, pages, seconds, rate);
        return rate;
    }
}
