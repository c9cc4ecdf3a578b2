package vn.thidua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.organization.UnitLevel;

class GrantorLevelsTest {

    @Test
    void stateLevelAwardsHaveNoGrantingLevel() {
        assertThat(CatalogRepository.grantorLevels("")).isEmpty();
        assertThat(CatalogRepository.grantorLevels(null)).isEmpty();
        assertThat(CatalogRepository.grantorLevels(" ")).isEmpty();
    }

    @Test
    void listsAreReadWithSpaces() {
        assertThat(CatalogRepository.grantorLevels("AGENCY, COMMUNE,"))
                .containsExactlyInAnyOrder(UnitLevel.AGENCY, UnitLevel.COMMUNE);
    }
}
