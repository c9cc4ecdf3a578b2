package vn.thidua.document.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.DocumentNumbers;

/**
 * The issuer's yearly number series (sổ đăng ký văn bản): numbers restart at 1 each calendar year per issuer and
 * document type. The row is locked by the update, so two decisions issued at once never share a number.
 */
@Component
class NumberRegister implements DocumentNumbers {

    private final JdbcTemplate jdbc;

    NumberRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Numbered next(long issuerUnitId, String issuerAbbreviation, int year, String typeCode) {
        int number = nextNumber(issuerUnitId, year, typeCode);
        return new Numbered(number, String.format("%02d/%s-%s", number, typeCode, issuerAbbreviation));
    }

    private int nextNumber(long issuerUnitId, int year, String typeCode) {
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
}
