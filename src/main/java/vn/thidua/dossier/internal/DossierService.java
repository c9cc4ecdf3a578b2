package vn.thidua.dossier.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.SubjectType;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.dossier.Component;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.DossierView;
import vn.thidua.dossier.StoredFile;
import vn.thidua.dossier.SubmissionChannel;
import vn.thidua.dossier.UploadScanner;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.SubjectRef;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.FileType;
import vn.thidua.shared.NotFoundException;

/**
 * Runs dossiers at the service boundary: the proposing unit's officers build and send them to the receiving level
 * (the nearest unit above that grants the award, else the province). Audited throughout.
 */
@Service
@Transactional(readOnly = true)
class DossierService implements DossierManagement {

    private final Dossiers dossiers;
    private final Attachments attachments;
    private final ComponentRules components;
    private final UploadScanner scanner;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final EligibilityCheck eligibility;
    private final DocumentNumbers numbers;
    private final IndicatorLinks indicators;
    private final CampaignTerms campaignTerms;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxFileBytes;

    DossierService(Dossiers dossiers, Attachments attachments, ComponentRules components, UploadScanner scanner,
            OrganizationDirectory organization, AwardCatalog catalog, EligibilityCheck eligibility,
            DocumentNumbers numbers, IndicatorLinks indicators, CampaignTerms campaignTerms, AccessControl access,
            AuditLog audit, Clock clock,
            @Value("${thidua.dossier.max-file-bytes}") long maxFileBytes) {
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.components = components;
        this.scanner = scanner;
        this.organization = organization;
        this.catalog = catalog;
        this.eligibility = eligibility;
        this.numbers = numbers;
        this.indicators = indicators;
        this.campaignTerms = campaignTerms;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    @Transactional
    public long create(NewDossier request) {
        String key = request.creationKey() == null ? "" : request.creationKey().strip();
        if (key.isEmpty() || key.length() > 64) {
            throw new BusinessRuleException("error.dossier.creationKey", "creationKey");
        }
        var existing = dossiers.findByCreationKey(key);
        if (existing.isPresent()) {
            access.require(existing.get().proposingUnitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
            return existing.get().id();
        }
        access.require(request.proposingUnitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        AwardType award = catalog.awardType(request.awardCode()).orElseThrow(() -> new BusinessRuleException(
                "error.dossier.unknownAward", "awardCode", String.valueOf(request.awardCode())));
        int thisYear = LocalDate.now(clock).getYear();
        if (request.achievementYear() < thisYear - 10 || request.achievementYear() > thisYear) {
            throw new BusinessRuleException("error.dossier.year", "achievementYear", thisYear - 10, thisYear);
        }
        String campaign = blankToNull(request.campaignCode());
        if (campaign != null && !campaignTerms.exists(campaign)) {
            throw new BusinessRuleException("error.dossier.campaign", "campaignCode", campaign);
        }
        UnitInfo receiving = receivingLevel(request.proposingUnitId(), award);
        List<Long> levels = new java.util.ArrayList<>(campaignTerms.routeUnits(campaign).stream()
                .filter(unit -> unit != request.proposingUnitId() && unit != receiving.id()).toList());
        levels.add(receiving.id());
        Dossier dossier = dossiers.saveAndFlush(new Dossier(key, request.proposingUnitId(), levels,
                campaign, award.code(), request.achievementYear(), request.title(),
                actor(), clock.instant()));
        audit.record("dossier.create", "Dossier", dossier.id(), null, view(dossier), null);
        return dossier.id();
    }

    @Override
    public DossierView dossier(long dossierId) {
        Dossier dossier = load(dossierId);
        // the proposing unit and every level it passes through (a level keeps reading what it forwarded)
        boolean reader = access.isUnrestricted() || access.can(dossier.proposingUnitId(), Role.values())
                || access.can(dossier.receivingUnitId(), Role.values())
                || dossier.levels().stream().anyMatch(level -> access.can(level.unitId(), Role.values()));
        if (!reader) {
            throw new org.springframework.security.access.AccessDeniedException("dossier " + dossierId);
        }
        return view(dossier);
    }

    @Override
    public List<DossierView> visibleDossiers() {
        List<Dossier> visible = access.isUnrestricted() ? dossiers.findAll()
                : dossiers.visible(organization.subtree(access.scopeRoots(Role.values())));
        return visible.stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public long addNominee(long dossierId, long expectedVersion, NewNominee request) {
        Dossier dossier = asProposer(dossierId, expectedVersion);
        Set<Long> own = organization.subtree(Set.of(dossier.proposingUnitId()));
        String name;
        Long unitId;
        if (request.type() == SubjectType.INDIVIDUAL) {
            var person = organization.person(required(request.subjectId()));
            name = person.fullName();
            unitId = person.unitId();
        } else if (request.type() == SubjectType.COLLECTIVE) {
            UnitInfo unit = organization.unit(required(request.subjectId()));
            name = unit.name();
            unitId = unit.id();
        } else {
            name = request.householdName();
            unitId = null;
        }
        if (unitId != null && !own.contains(unitId)) {
            throw new BusinessRuleException("error.dossier.nomineeOutside", "subjectId", name);
        }
        dossier.addNominee(request.type(), request.type() == SubjectType.HOUSEHOLD ? null : request.subjectId(),
                name, unitId, request.achievement());
        List<DossierNominee> saved = dossiers.saveAndFlush(dossier).nominees();
        long nomineeId = saved.get(saved.size() - 1).id();
        audit.record("dossier.nominee.add", "Dossier", dossierId, null, request, null);
        return nomineeId;
    }

    @Override
    @Transactional
    public void removeNominee(long dossierId, long expectedVersion, long nomineeId) {
        Dossier dossier = asProposer(dossierId, expectedVersion);
        dossier.removeNominee(nomineeId);
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.nominee.remove", "Dossier", dossierId, nomineeId, null, null);
    }

    @Override
    @Transactional
    public void justify(long dossierId, long expectedVersion, long nomineeId, String justification) {
        Dossier dossier = asProposer(dossierId, expectedVersion);
        dossier.justify(nomineeId, justification);
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.justify", "Dossier", dossierId, nomineeId, justification, justification);
    }

    @Override
    @Transactional
    public long attach(long dossierId, Component component, String fileName, byte[] content) {
        Dossier dossier = dossiers.locked(dossierId).orElseThrow(() -> new NotFoundException("Dossier", dossierId));
        access.require(dossier.proposingUnitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        dossier.expectEditable();
        FileType type = FileType.accept(fileName, content, maxFileBytes, "file");
        String name = fileName.strip();
        if (!scanner.isClean(content)) {
            throw new BusinessRuleException("error.dossier.fileInfected", "file", name);
        }
        String sha256 = sha256(content);
        long id = attachments.store(dossierId, component, name, type.contentType(), content, sha256, actor(),
                clock.instant());
        audit.record("dossier.attach", "Dossier", dossierId, null, List.of(component.name(), name, sha256), null);
        return id;
    }

    @Override
    public StoredFile attachment(long dossierId, long attachmentId) {
        dossier(dossierId);
        return attachments.file(dossierId, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    @Override
    @Transactional
    public void submit(long dossierId, long expectedVersion) {
        Dossier dossier = locked(dossierId, expectedVersion);
        access.require(dossier.proposingUnitId(), Role.UNIT_OFFICER);
        campaignTerms.requireOnlineByUnit(dossier);
        send(dossier, SubmissionChannel.ONLINE_OWN_ACCOUNT);
    }

    @Override
    @Transactional
    public void submitOnBehalf(long dossierId, long expectedVersion, boolean onPaper) {
        Dossier dossier = locked(dossierId, expectedVersion);
        access.require(dossier.receivingUnitId(), Role.TDKT_OFFICE, Role.UNIT_OFFICER);
        send(dossier, onPaper ? SubmissionChannel.PAPER : SubmissionChannel.ONLINE_ON_BEHALF);
    }

    private void send(Dossier dossier, SubmissionChannel channel) {
        LocalDate today = LocalDate.now(clock);
        if (dossier.letterNumber() == null) {
            // the campaign's deadline binds the first sending; a returned dossier comes back when supplemented
            campaignTerms.lastDay(dossier.campaignCode(), dossier.achievementYear()).filter(today::isAfter)
                    .ifPresent(last -> {
                        throw new BusinessRuleException("error.dossier.late", "campaignCode",
                                last.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    });
        }
        Set<Component> present = attachments.components(dossier.id());
        List<String> missing = components.required(dossier.awardCode(), today).stream()
                .map(ComponentRules.Rule::component).filter(component -> !present.contains(component))
                .map(Component::name).distinct().toList();
        Map<Long, Outcome> outcomes = new HashMap<>();
        for (DossierNominee nominee : dossier.nominees()) {
            if (nominee.subjectId() != null && hasRules(dossier.awardCode(), nominee.type(), today)) {
                SubjectRef subject = new SubjectRef(nominee.type(), nominee.subjectId());
                outcomes.put(nominee.id(), eligibility.evaluate(subject, dossier.awardCode(),
                        dossier.achievementYear(), today).outcome());
            }
        }
        DossierStatus before = dossier.status();
        dossier.submit(channel, actor(), clock.instant(), outcomes, missing);
        campaignTerms.reservePlaces(dossier);
        indicators.freezeValues(dossier);
        indicators.countSending(dossier, channel, LocalDateTime.now(clock));
        if (dossier.letterNumber() == null) {
            UnitInfo proposing = organization.unit(dossier.proposingUnitId());
            if (proposing.abbreviation() == null) {
                throw new BusinessRuleException("error.dossier.noAbbreviation", "proposingUnitId", proposing.name());
            }
            dossier.numberLetter(numbers.next(proposing.id(), proposing.abbreviation(), today.getYear(),
                    ProposalLetter.WORDS.text("typeCode")).symbol());
        }
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.submit", "Dossier", dossier.id(), before, List.of(dossier.status(), channel), null);
    }

    /** Asked first, because a verdict without a rule set is a refusal and would spoil the submitting transaction. */
    private boolean hasRules(String awardCode, SubjectType type, LocalDate on) {
        return eligibility.ruleSets(awardCode).stream().anyMatch(set -> set.subjectType().equals(type.name())
                && !on.isBefore(set.effectiveFrom()) && (set.effectiveTo() == null || !on.isAfter(set.effectiveTo())));
    }

    /** The nearest unit above the proposing one whose head grants the award, else the province at the root. */
    private UnitInfo receivingLevel(long proposingUnitId, AwardType award) {
        List<UnitInfo> path = organization.path(proposingUnitId);
        LocalDate today = LocalDate.now(clock);
        for (int i = path.size() - 2; i >= 0; i--) {
            UnitInfo unit = path.get(i);
            if (award.grantorLevels().contains(unit.level()) && unit.activeOn(today)) {
                return unit;
            }
        }
        return path.get(0);
    }

    private DossierView view(Dossier dossier) {
        Set<Component> present = attachments.components(dossier.id());
        List<DossierView.ChecklistLine> checklist = components.required(dossier.awardCode(), LocalDate.now(clock))
                .stream().map(rule -> new DossierView.ChecklistLine(rule.component(), rule.copies(),
                        rule.legalSource(), present.contains(rule.component())))
                .toList();
        String awardName = catalog.awardType(dossier.awardCode()).map(AwardType::name).orElse(dossier.awardCode());
        return new DossierView(dossier.id(), dossier.version(), dossier.title(), dossier.proposingUnitId(),
                organization.unit(dossier.proposingUnitId()).name(), dossier.receivingUnitId(),
                organization.unit(dossier.receivingUnitId()).name(), dossier.campaignCode(), dossier.awardCode(),
                awardName, dossier.achievementYear(), dossier.status(), dossier.channel(), dossier.letterNumber(),
                dossier.nominees().stream().map(n -> new DossierView.Nominee(n.id(), n.type(), n.subjectId(),
                        n.name(), n.achievement(), n.eligibility() == null ? null : n.eligibility().name(),
                        n.justification(), n.appraisal(), n.appraisalNote())).toList(),
                attachments.list(dossier.id()), checklist,
                dossier.transitions().stream().map(t -> new DossierView.Transition(t.from(), t.to(), t.actor(),
                        t.at(), t.reason())).toList(),
                campaignTerms.stage(dossier.campaignCode(), dossier.achievementYear()).orElse(null),
                dossier.levels().stream().map(l -> new DossierView.Level(l.unitId(), organization.unit(l.unitId()).name(),
                        l.state(), l.decidedBy(), l.decidedAt())).toList(),
                dossier.decisions().stream().map(d -> new DossierView.Decision(d.decisionId(), d.numberSymbol(),
                        d.issuedOn(), d.awardName())).toList());
    }

    private Dossier asProposer(long dossierId, long expectedVersion) {
        Dossier dossier = locked(dossierId, expectedVersion);
        access.require(dossier.proposingUnitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        return dossier;
    }

    private Dossier locked(long dossierId, long expectedVersion) {
        Dossier dossier = dossiers.locked(dossierId).orElseThrow(() -> new NotFoundException("Dossier", dossierId));
        dossier.expectVersion(expectedVersion);
        return dossier;
    }

    private Dossier load(long dossierId) {
        return dossiers.findById(dossierId).orElseThrow(() -> new NotFoundException("Dossier", dossierId));
    }

    private String actor() {
        return access.currentActor().username();
    }

    private static long required(Long id) {
        if (id == null) {
            throw new BusinessRuleException("error.dossier.required", "subjectId");
        }
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
