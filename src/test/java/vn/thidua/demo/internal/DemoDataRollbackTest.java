package vn.thidua.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.registry.AwardRegistry;

/** A load that fails near its end leaves nothing behind: no units (not even cached ones), people or accounts. */
@SpringBootTest(properties = {"thidua.demo.load=false",
        "spring.datasource.url=jdbc:h2:mem:demorollback;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoDataRollbackTest {

    @MockitoBean
    private AwardRegistry registry;
    @Autowired
    private DemoData demoData;
    @Autowired
    private OrganizationDirectory directory;
    @Autowired
    private AccountManagement accounts;

    @Test
    void aFailedLoadLeavesAnEmptyDatabase() {
        when(registry.recordHistorical(anyLong(), any(), any(), any(), any(), any()))
                .thenThrow(new IllegalStateException("registry down"));
        SystemActor.run(() -> {
            assertThatThrownBy(demoData::load).hasMessage("registry down");
            assertThat(directory.roots()).isEmpty();
            assertThat(directory.unitByCode(DemoData.PROVINCE_CODE)).isEmpty();
            assertThat(accounts.exists(DemoData.ACCOUNTS.get(0).username())).isFalse();
        });
    }
}
