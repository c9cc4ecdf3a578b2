package vn.thidua.achievement.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserts a row and returns its generated id, on H2 and PostgreSQL alike. */
final class Inserts {

    private Inserts() {
    }

    static long insert(JdbcTemplate jdbc, String sql, Object... arguments) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
