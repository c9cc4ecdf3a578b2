package vn.thidua.demo.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.AccountManagement.NewAccount;
import vn.thidua.identity.RoleGrant;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.registry.AwardRegistry;

/**
 * Writes a generated province through the modules' public APIs, as officers would: units and people through the
 * validated imports, then successions, cụm and khối, accounts and past awards, each checked and audited by its
 * module. Runs inside the caller's transaction.
 */
@Component
class DemoWriter {

    private final OrganizationDirectory directory;
    private final OrganizationManagement organization;
    private final AccountManagement accounts;
    private final AwardRegistry registry;

    DemoWriter(OrganizationDirectory directory, OrganizationManagement organization, AccountManagement accounts,
            AwardRegistry registry) {
        this.directory = directory;
        this.organization = organization;
        this.accounts = accounts;
        this.registry = registry;
    }

    void write(DemoDataset dataset, DemoResources resources) {
        String reason = resources.text("import.reason");
        organization.importUnits(ImportFiles.units(dataset.units()), reason);
        Map<String, Long> unitIds = unitIds();
        for (DemoDataset.Succession link : dataset.successions()) {
            organization.recordSuccession(id(unitIds, link.predecessorCode()), id(unitIds, link.successorCode()),
                    link.effectiveDate(), link.kind(), link.legalBasis());
        }
        for (DemoDataset.Cluster cluster : dataset.clusters()) {
            organization.createCluster(cluster.year(), cluster.kind(), cluster.name(),
                    id(unitIds, cluster.headCode()),
                    cluster.memberCodes().stream().map(code -> id(unitIds, code)).toList());
        }
        // Accounts before people: every later query flushes the session, and 3,000 people make flushes slow.
        for (DemoDataset.Account account : dataset.accounts()) {
            DemoData.DemoAccount demo = account.account();
            accounts.createAccount(new NewAccount(demo.username(), account.displayName(), demo.password(),
                    List.of(new RoleGrant(demo.role(), id(unitIds, demo.unitCode()), account.signingTitle(),
                            account.signingAuthority()))));
        }
        organization.importPeople(ImportFiles.people(dataset.people(), resources), reason);
        Map<String, Long> personIds = personIds(id(unitIds, DemoData.PROVINCE_CODE));
        for (DemoDataset.Award award : dataset.awards()) {
            registry.recordHistorical(id(personIds, award.citizenId()), award.awardCode(), award.awardName(),
                    award.decisionNumber(), award.decisionDate(), award.issuerName());
        }
    }

    /** Codes to ids of the whole imported tree, read from the directory's tree rather than one query per code. */
    private Map<String, Long> unitIds() {
        UnitInfo province = directory.unitByCode(DemoData.PROVINCE_CODE)
                .orElseThrow(() -> new IllegalStateException("the imported province is missing"));
        Map<String, Long> ids = new HashMap<>();
        Deque<UnitInfo> pending = new ArrayDeque<>(List.of(province));
        while (!pending.isEmpty()) {
            UnitInfo unit = pending.pop();
            ids.put(unit.code(), unit.id());
            pending.addAll(directory.children(unit.id()));
        }
        return ids;
    }

    /** Citizen ids to person ids of everyone in the province (an empty query matches every name). */
    private Map<String, Long> personIds(long provinceId) {
        Map<String, Long> ids = new HashMap<>();
        for (PersonInfo person : directory.searchPeople("", provinceId, Pageable.unpaged())) {
            ids.put(person.citizenId(), person.id());
        }
        return ids;
    }

    private static long id(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("not found after import: " + key);
        }
        return id;
    }
}
