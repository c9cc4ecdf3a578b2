package vn.thidua.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs integration tests on the database the build asks for: H2 in memory by default, the real PostgreSQL server
 * with {@code -Ppostgresql} (system property {@code thidua.test.database}, set by Surefire).
 */
public class DatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String database = System.getProperty("thidua.test.database", "h2");
        return new String[] {"test", "postgresql".equals(database) ? "postgresql" : "h2test"};
    }
}
