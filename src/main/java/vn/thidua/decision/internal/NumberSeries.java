package vn.thidua.decision.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The issuer's yearly number series (sổ đăng ký văn bản): numbers restart at 1 each calendar year per issuer and
 * document type. The row is locked by the update, so two decisions issued at once never share a number.
 */
@Component
class NumberSeries {

    private final JdbcTemplate jdbc;

    NumberSeries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int next(long issuerUnitId, int year, String typeCode) {
        int updated = jdbc.update("""
                update dec_number_series set last_number = last_number + 1
                where issuer_unit_id = ? and series_year = ? and type_code = ?
                """, issuerUnitId, year, typeCode);
        if (updated == 0) {
            jdbc.update("""
                    insert into dec_number_series (issuer_unit_id, series_year, type_code, last_number)
                    values (?, ?, ?, 1)
                    """, issuerUnitId, year, typeCode);
            return 1;
        }
        return jdbc.queryForObject("""
                select last_number from dec_number_series
                where issuer_unit_id = ? and series_year = ? and type_code = ?
                """, Integer.class, issuerUnitId, year, typeCode);
    }

    /** «05/QĐ-SGTVT»: numbers below 10 get a leading zero (ND 30/2020 Phụ lục I). */
    static String format(int number, String typeCode, String issuerAbbreviation) {
        return String.format("%02d/%s-%s", number, typeCode, issuerAbbreviation);
    }
}
