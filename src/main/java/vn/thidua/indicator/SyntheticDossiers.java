package vn.thidua.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import vn.thidua.shared.Wording;

/**
 * Dữ liệu hồ sơ mẫu: realistic synthetic dossiers in the CSV ingest format, for the demo province and the
 * benchmarks. Deterministic for a seed. The shares follow INDICATORS.md §0 and §8 (most dossiers online, about 70 %
 * of them from the applicant's own account, fees on a third of procedures, some supplementation and delays).
 */
public final class SyntheticDossiers {

    /** The CSV header the ingest reads (docs/INDICATORS.md). */
    public static final String HEADER = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,LoaiTaiKhoanNop,"
            + "TaiKhoanDuocXacThucVoiVNeID,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,NgayTuChoi,"
            + "DuocThanhToanTrucTuyen,CoPhiLePhi,DuocSoHoa,CoKetQuaDienTu,NgayYeuCauBoSung,NgayTiepNhanBoSung\n";
    public static final String PROCEDURE_HEADER = "ma_tthc,ten_tthc,linh_vuc,muc_do_truc_tuyen,co_phi,ket_qua_giay,"
            + "thiet_yeu_de_an_06,so_ngay_giai_quyet\n";

    private static final Wording NAMES = Wording.load("/indicator/synthetic-dossiers.properties");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private SyntheticDossiers() {
    }

    /** A procedure catalogue: codes «prefix.NNN», every third with a fee, every fourth without an online form. */
    public static String procedures(String prefix, int count) {
        StringBuilder out = new StringBuilder(PROCEDURE_HEADER);
        for (int i = 1; i <= count; i++) {
            out.append(prefix).append('.').append(String.format("%03d", i)).append(',')
                    .append(NAMES.text("procedure", String.valueOf(i))).append(',')
                    .append(NAMES.text("field", String.valueOf(i % 7))).append(',').append(i % 4 == 0 ? "" : i % 2 == 0
                            ? "TOAN_TRINH" : "MOT_PHAN")
                    .append(',').append(i % 3 == 0 ? 1 : 0).append(',').append(i % 2).append(',')
                    .append(i <= 25 ? 1 : 0).append(',').append(1 + i % 10).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes up to {@code count} dossiers received in {@code year} and not after {@code until}, spread over the units
     * and procedures, numbered from {@code firstNumber} (so a second call adds new dossiers rather than updating).
     * Units differ: the share filed online runs from about 60 % to 98 % and the share paid online with it, so
     * that rankings have something to rank.
     */
    public static void write(OutputStream out, List<String> unitCodes, String procedurePrefix, int procedures,
            int count, long firstNumber, int year, LocalDate until, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime start = LocalDate.of(year, 1, 1).atTime(7, 30);
        try {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16);
            writer.write(HEADER);
            StringBuilder line = new StringBuilder(256);
            for (long n = firstNumber; n < firstNumber + count; n++) {
                line.setLength(0);
                int proc = 1 + random.nextInt(procedures);
                int unit = random.nextInt(unitCodes.size());
                int maturity = unit * 37 % 39;
                boolean online = random.nextInt(100) < 60 + maturity;
                boolean own = online && random.nextInt(100) < 72;
                LocalDateTime received = start.plusMinutes(random.nextInt(365 * 24 * 60));
                if (received.getYear() != year) {
                    received = received.minusDays(1);
                }
                if (received.toLocalDate().isAfter(until)) {
                    continue;
                }
                int days = 1 + proc % 10;
                LocalDateTime due = received.plusDays(days + days / 5 * 2L);
                int outcome = random.nextInt(100);
                int status = outcome < 3 ? 4 : outcome < 5 ? 8 : outcome < 80 ? 10 : 9;
                LocalDateTime finished = status == 4 ? null
                        : received.plusHours(random.nextInt(24 * (days + (random.nextInt(100) < 8 ? 6 : 0)) + 1));
                boolean fee = proc % 3 == 0;
                boolean supplement = random.nextInt(100) < 6;
                line.append(procedurePrefix).append("-").append(n).append(',').append(procedurePrefix).append('.')
                        .append(String.format("%03d", proc)).append(',')
                        .append(unitCodes.get(unit)).append(',')
                        .append(online ? 2 : random.nextInt(100) < 80 ? 1 : 3).append(',')
                        .append(online ? own ? random.nextInt(100) < 85 ? "CONG_DAN" : "TO_CHUC" : "CAN_BO" : "")
                        .append(',').append(own && random.nextInt(100) < 60 ? 1 : 0).append(',').append(status)
                        .append(',').append(STAMP.format(received)).append(',').append(STAMP.format(due)).append(',')
                        .append(finished == null ? "" : STAMP.format(finished)).append(',')
                        .append(finished == null || status != 10 ? "" : STAMP.format(finished.plusHours(4)))
                        .append(',').append(status == 8 && finished != null ? STAMP.format(finished) : "").append(',')
                        .append(fee && online && random.nextInt(100) < 25 + maturity ? 1 : 0).append(',').append(fee ? 1 : 0)
                        .append(',').append(random.nextInt(100) < 65 ? 1 : 0).append(',')
                        .append(random.nextInt(100) < 70 ? 1 : 0).append(',')
                        .append(supplement ? STAMP.format(received.plusHours(20)) : "").append(',')
                        .append(supplement ? STAMP.format(received.plusHours(68)) : "").append('\n');
                writer.append(line);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
