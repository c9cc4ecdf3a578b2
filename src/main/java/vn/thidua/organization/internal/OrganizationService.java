package vn.thidua.organization.internal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.ClusterInfo;
import vn.thidua.organization.ImportSummary;
import vn.thidua.organization.MembershipInfo;
import vn.thidua.organization.NewPerson;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.SuccessionInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.organization.UnitLevel;
import vn.thidua.organization.UnitReorganized;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.CitizenId;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseText;

/** Reads and changes the organisation, checking role and scope first and auditing every change. */
@Service
@Transactional(readOnly = true)
class OrganizationService implements OrganizationDirectory, OrganizationManagement {

    /** Who may read people: every role, within its scope. */
    static final Role[] READERS = Role.values();
    /** Who may register and change people. */
    static final Role[] WRITERS = {Role.UNIT_OFFICER, Role.TDKT_OFFICE, Role.ADMIN};

    private final Units units;
    private final People people;
    private final Successions successions;
    private final Clusters clusters;
    private final UnitTree tree;
    private final UnitImporter unitImporter;
    private final PersonImporter personImporter;
    private final AccessControl access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    OrganizationService(Units units, People people, Successions successions, Clusters clusters, UnitTree tree,
            UnitImporter unitImporter, PersonImporter personImporter, AccessControl access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, MessageSource messages) {
        this.units = units;
        this.people = people;
        this.successions = successions;
        this.clusters = clusters;
        this.tree = tree;
        this.unitImporter = unitImporter;
        this.personImporter = personImporter;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public UnitInfo unit(long unitId) {
        return tree.get(unitId);
    }

    @Override
    public Optional<UnitInfo> unitByCode(String code) {
        return units.findByCode(code).map(unit -> tree.get(unit.id()));
    }

    @Override
    public List<UnitInfo> roots() {
        return tree.roots();
    }

    @Override
    public List<UnitInfo> children(long unitId) {
        tree.get(unitId);
        return tree.children(unitId);
    }

    @Override
    public List<UnitInfo> path(long unitId) {
        java.util.LinkedList<UnitInfo> path = new java.util.LinkedList<>();
        UnitInfo cursor = tree.get(unitId);
        while (cursor != null && path.size() < 64) {
            path.addFirst(cursor);
            cursor = cursor.parentId() == null ? null : tree.get(cursor.parentId());
        }
        return List.copyOf(path);
    }

    @Override
    public Optional<UnitInfo> nearestAncestor(long unitId, Set<UnitLevel> levels) {
        List<UnitInfo> path = path(unitId);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (levels.contains(path.get(i).level())) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<Long> subtree(java.util.Collection<Long> rootIds) {
        return tree.subtree(rootIds);
    }

    @Override
    public List<SuccessionInfo> successions(long unitId) {
        return successions.findByPredecessorIdOrSuccessorId(unitId, unitId).stream()
                .map(link -> new SuccessionInfo(link.predecessorId(), tree.get(link.predecessorId()).name(),
                        link.successorId(), tree.get(link.successorId()).name(), link.effectiveDate(), link.kind(),
                        link.legalBasis()))
                .toList();
    }

    @Override
    public List<ClusterInfo> clusters(int year) {
        return clusters.findByYearOrderByKindAscNameAsc(year).stream().map(cluster -> new ClusterInfo(cluster.id(),
                cluster.year(), cluster.kind(), cluster.name(), cluster.headUnitId(),
                cluster.headUnitId() == null ? null : tree.get(cluster.headUnitId()).name(),
                cluster.memberIds().stream().map(tree::get)
                        .sorted(java.util.Comparator.comparing(UnitInfo::name, VietnameseText.collator()))
                        .toList()))
                .toList();
    }

    @Override
    public Page<PersonInfo> searchPeople(String query, Long withinUnitId, Pageable pageable) {
        Set<Long> scope;
        if (withinUnitId != null) {
            tree.get(withinUnitId);
            if (!access.isUnrestricted()) {
                access.require(withinUnitId, READERS);
            }
            scope = tree.subtree(List.of(withinUnitId));
        } else if (access.isUnrestricted()) {
            scope = tree.subtree(tree.roots().stream().map(UnitInfo::id).toList());
        } else {
            scope = tree.subtree(access.scopeRoots(READERS));
        }
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        return people.search(VietnameseText.fold(query), scope, pageable).map(this::info);
    }

    @Override
    public PersonInfo person(long personId) {
        Person person = readablePerson(personId);
        return info(person);
    }

    @Override
    public Optional<PersonInfo> personByCitizenId(String citizenId) {
        if (citizenId == null) {
            return Optional.empty();
        }
        return people.findByCitizenIdIn(List.of(citizenId.strip())).stream().findFirst()
                .map(found -> info(readablePerson(found.id())));
    }

    @Override
    public List<MembershipInfo> memberships(long personId) {
        return readablePerson(personId).memberships().stream()
                .map(m -> new MembershipInfo(m.unitId(), tree.get(m.unitId()).name(), m.position(), m.startDate(),
                        m.endDate()))
                .toList();
    }

    @Override
    @Transactional
    public long registerPerson(NewPerson request) {
        requireWriter(request.unitId());
        CitizenId citizenId = checkedCitizenId(request);
        if (people.existsByCitizenId(citizenId.value())) {
            throw new BusinessRuleException("error.citizenId.exists", "citizenId", citizenId.value());
        }
        Person person = new Person(citizenId);
        person.describe(request.fullName(), request.gender(), request.birthDate(), request.position(),
                request.unitId(), LocalDate.now(clock));
        people.save(person);
        audit.record("person.register", "Person", person.id(), null, info(person), null);
        return person.id();
    }

    @Override
    @Transactional
    public void updatePerson(long personId, NewPerson request, String reason) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        requireWriter(person.unitId());
        requireWriter(request.unitId());
        CitizenId citizenId = checkedCitizenId(request);
        if (!citizenId.value().equals(person.citizenId())) {
            throw new BusinessRuleException("error.citizenId.immutable", "citizenId", citizenId.value());
        }
        PersonInfo before = info(person);
        person.describe(request.fullName(), request.gender(), request.birthDate(), request.position(),
                request.unitId(), LocalDate.now(clock));
        audit.record("person.update", "Person", personId, before, info(person), reason);
    }

    @Override
    @Transactional
    public ImportSummary importUnits(byte[] file, String reason) {
        ImportSummary summary = unitImporter.importUnits(file);
        audit.record("unit.import", "UnitImport", digest(file), null, summary, reason);
        tree.changed();
        return summary;
    }

    @Override
    @Transactional
    public ImportSummary importPeople(byte[] file, String reason) {
        ImportSummary summary = personImporter.importPeople(file);
        audit.record("person.import", "PersonImport", digest(file), null, summary, reason);
        return summary;
    }

    @Override
    public byte[] exportPeople(long unitId) {
        if (!access.isUnrestricted()) {
            access.require(unitId, READERS);
        }
        return PeopleWorkbook.write(people.findInUnits(tree.subtree(List.of(unitId))), tree,
                gender -> messages.getMessage("gender." + gender, null, LocaleContextHolder.getLocale()));
    }

    @Override
    @Transactional
    public void recordSuccession(long predecessorId, long successorId, LocalDate effectiveDate,
            SuccessionInfo.SuccessionKind kind, String legalBasis) {
        if (!access.isUnrestricted()) {
            access.require(predecessorId, Role.ADMIN, Role.TDKT_OFFICE);
            access.require(successorId, Role.ADMIN, Role.TDKT_OFFICE);
        }
        tree.get(predecessorId);
        tree.get(successorId);
        Succession link = successions.save(new Succession(predecessorId, successorId, effectiveDate, kind,
                legalBasis));
        audit.record("unit.succession", "UnitSuccession", link.predecessorId() + "->" + link.successorId(), null,
                Map.of("kind", kind, "effectiveDate", effectiveDate, "legalBasis", String.valueOf(legalBasis)), null);
        events.publishEvent(new UnitReorganized(predecessorId, successorId, effectiveDate));
    }

    @Override
    @Transactional
    public long createCluster(int year, ClusterInfo.ClusterKind kind, String name, Long headUnitId,
            List<Long> memberIds) {
        if (!access.isUnrestricted()) {
            memberIds.forEach(id -> access.require(id, Role.ADMIN, Role.TDKT_OFFICE));
        }
        memberIds.forEach(tree::get);
        if (headUnitId != null && !memberIds.contains(headUnitId)) {
            throw new BusinessRuleException("error.cluster.headNotMember", "headUnitId", headUnitId);
        }
        Cluster cluster = clusters.save(new Cluster(year, kind, name, headUnitId, memberIds));
        audit.record("cluster.create", "Cluster", cluster.id(), null,
                Map.of("year", year, "kind", kind, "name", name, "members", memberIds), null);
        return cluster.id();
    }

    private Person readablePerson(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (!access.isUnrestricted()) {
            access.require(person.unitId(), READERS);
        }
        return person;
    }

    private void requireWriter(long unitId) {
        if (!tree.exists(unitId)) {
            throw new BusinessRuleException("error.unit.unknown", "unitId", unitId);
        }
        if (!access.isUnrestricted()) {
            access.require(unitId, WRITERS);
        }
    }

    private static CitizenId checkedCitizenId(NewPerson request) {
        CitizenId citizenId = new CitizenId(request.citizenId());
        if (!citizenId.agreesWith(request.birthDate(), request.gender())) {
            throw new BusinessRuleException("error.citizenId.mismatch", "citizenId", citizenId.value());
        }
        return citizenId;
    }

    private PersonInfo info(Person person) {
        return new PersonInfo(person.id(), person.fullName(), person.gender(), person.birthDate(),
                person.citizenId(), person.position(), person.unitId(), tree.get(person.unitId()).name());
    }

    private static String digest(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
