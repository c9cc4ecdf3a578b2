package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.catalog.SubjectType;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.UnitLevel;
import vn.thidua.support.IntegrationTest;

/**
 * The five seed documents load at start and say what the documents say: numbers, dates, criteria wording, targets,
 * quotas, deadlines and routing. Each expected value below is copied from the document in /work/shared/seeds.
 */
@IntegrationTest
class SeedCampaignsIntegrationTest {

    @Autowired
    CampaignCatalog catalog;

    private CampaignDefinition load(String code) {
        return SystemActor.call(() -> catalog.campaign(code)).definition();
    }

    @Test
    void allFiveSeedsAreLoaded() {
        List<String> codes = SystemActor.call(() -> catalog.campaigns()).stream().map(CampaignSummary::code)
                .toList();
        assertThat(codes).contains("LD-DVCTT-TDKT-2023", "LS-SNV-100-NGAY-2023", "TN-CDS-2022-2025",
                "LS-SGTVT-TTTT-2024", "TQ-DE-AN-06-2022-2025");
    }

    @Test
    void tayNinhGuidance1753HasItsNumbersStagesQuotasAndDeadlines() {
        CampaignDefinition tn = load("TN-CDS-2022-2025");
        assertThat(tn.document().number()).isEqualTo("1753/HDLN-BCĐCĐS-SNV");
        assertThat(tn.document().issued()).isEqualTo("2022-11-15");
        assertThat(tn.issuers()).hasSize(2);
        assertThat(tn.stage("ANNUAL").orElseThrow().years()).containsExactly(2022, 2024);
        assertThat(tn.stage("SO_KET").orElseThrow().years()).containsExactly(2023);
        assertThat(tn.stage("TONG_KET").orElseThrow().years()).containsExactly(2025);
        Map<String, Integer> caps = tn.quotas().stream().filter(q -> q.cap() != null)
                .collect(Collectors.toMap(QuotaRule::code, QuotaRule::cap));
        assertThat(caps).containsEntry("NAM-TAP-THE", 15).containsEntry("NAM-CA-NHAN", 30)
                .containsEntry("NAM-TAP-THE-TINH", 7).containsEntry("NAM-CA-NHAN-TINH", 14)
                .containsEntry("NAM-TAP-THE-HUYEN", 3).containsEntry("NAM-CA-NHAN-HUYEN", 6)
                .containsEntry("NAM-TAP-THE-XA", 5).containsEntry("NAM-CA-NHAN-XA", 10)
                .containsEntry("NAM-TAP-THE-STTTT", 1).containsEntry("NAM-CA-NHAN-STTTT", 2)
                .containsEntry("NAM-TAP-THE-SNV", 1).containsEntry("NAM-CA-NHAN-SNV", 2)
                .containsEntry("SK-TAP-THE-SO", 2).containsEntry("SK-CA-NHAN-SO", 2)
                .containsEntry("SK-TAP-THE-STTTT", 2).containsEntry("SK-CA-NHAN-STTTT", 3)
                .containsEntry("SK-TAP-THE-SNV", 2).containsEntry("SK-CA-NHAN-SNV", 3);
        assertThat(tn.quota("NAM-TAP-THE-TINH").orElseThrow().parent()).isEqualTo("NAM-TAP-THE");
        assertThat(tn.quota("NAM-TAP-THE-STTTT").orElseThrow().parent()).isEqualTo("NAM-TAP-THE-TINH");
        assertThat(tn.quota("SK-TAP-THE-SO").orElseThrow().minimumFromSubordinate()).isEqualTo(1);
        assertThat(tn.quota("NGUON-LUC").orElseThrow().unlimitedCap()).isTrue();
        assertThat(tn.quota("NGUON-LUC").orElseThrow().category()).isEqualTo("RESOURCE_CONTRIBUTION");
        Criterion online = criterion(tn, "A-TT-DVCTT-80");
        assertThat(online.text()).isEqualTo("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%");
        assertThat(online.target().value()).isEqualTo(80.0);
        assertThat(online.target().indicator()).isEqualTo("DVCTT_CO_HS_TRUC_TUYEN");
        assertThat(criterion(tn, "A-TT-HS-TRUC-TUYEN-50").target().value()).isEqualTo(50.0);
        assertThat(criterion(tn, "A-TT-HSCV-MANG-XA").target().value()).isEqualTo(85.0);
        assertThat(criterion(tn, "A-TT-HSCV-MANG-XA").unitLevels()).containsExactly(UnitLevel.COMMUNE);
        assertThat(criterion(tn, "A-TT-XEP-HANG-TINH").rule()).isEqualTo("rank.DTI_RANK <= 5");
        assertThat(criterion(tn, "A-TT-XEP-HANG-HUYEN").rule()).isEqualTo("rank.DTI_RANK <= 3");
        assertThat(criterion(tn, "A-TT-XEP-HANG-XA").rule()).isEqualTo("rank.DTI_RANK == 1");
        assertThat(criterion(tn, "SK-TT-BANG-KHEN-1").rule()).isEqualTo("awards.BANG_KHEN_TINH >= 1");
        assertThat(criterion(tn, "TK-TT-BANG-KHEN-2").rule()).isEqualTo("awards.BANG_KHEN_TINH >= 2");
        AwardOffer bk = tn.awards().get(0);
        assertThat(bk.awardCode()).isEqualTo("BANG_KHEN_TINH");
        assertThat(bk.dossier().copies()).isEqualTo(2);
        assertThat(bk.dossier().components()).hasSize(3);
        assertThat(bk.dossier().components().get(2).form()).contains("Mẫu số 07").contains("91/2017");
        Deadline call = deadline(tn, "GOI-Y");
        assertThat(call.dateFor(2024)).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(deadline(tn, "NOP-HO-SO").dateFor(2024)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(deadline(tn, "NOP-HO-SO").relation()).isEqualTo(DeadlineRelation.BEFORE);
        assertThat(deadline(tn, "TRINH-TTPVHCC").dateFor(2024)).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void langSonHundredDayCampaignRunsFrom20AugustTo30NovemberWithItsDeadlines() {
        CampaignDefinition ls = load("LS-SNV-100-NGAY-2023");
        assertThat(ls.kind()).isEqualTo(CampaignKind.PEAK);
        assertThat(ls.document().number()).isEqualTo("/SNV-VP");
        assertThat(ls.document().issued()).isEqualTo("2023-08");
        Stage peak = ls.stages().get(0);
        assertThat(peak.from()).isEqualTo(LocalDate.of(2023, 8, 20));
        assertThat(peak.to()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(peak.days()).isEqualTo(100);
        assertThat(deadline(ls, "NOP-HO-SO").date()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(deadline(ls, "NOP-HO-SO").relation()).isEqualTo(DeadlineRelation.NO_LATER_THAN);
        assertThat(deadline(ls, "HOP-HOI-DONG").date()).isEqualTo(LocalDate.of(2023, 12, 3));
        assertThat(deadline(ls, "HOP-HOI-DONG").relation()).isEqualTo(DeadlineRelation.BEFORE);
        assertThat(deadline(ls, "TRINH-KHEN").date()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(ls.awards()).extracting(AwardOffer::awardCode).containsExactly("GIAY_KHEN", "BANG_KHEN_TINH");
        assertThat(ls.awards().get(0).dossier().components().get(1).form()).contains("Mẫu số 07");
        assertThat(ls.basis()).extracting(DocumentRef::number).contains("170/KH-UBND", "533/QĐ-UBND");
        assertThat(ls.quotas()).isEmpty();
    }

    @Test
    void langSonTransportCampaignTargetsNinetyNinetyFortyFive() {
        CampaignDefinition gt = load("LS-SGTVT-TTTT-2024");
        assertThat(gt.endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(criterion(gt, "ND-1-DVCTT-90").target().value()).isEqualTo(90.0);
        assertThat(criterion(gt, "ND-1-HS-TRUC-TUYEN-90").target().value()).isEqualTo(90.0);
        assertThat(criterion(gt, "ND-1-THANH-TOAN-45").target().value()).isEqualTo(45.0);
        assertThat(criterion(gt, "ND-1-THANH-TOAN-45").rule()).isEqualTo("indicator.THANH_TOAN_TRUC_TUYEN >= 45.0");
        assertThat(criterion(gt, "ND-1-THANH-TOAN-45").target().note()).contains("497/QĐ-UBND");
        assertThat(gt.awards()).extracting(a -> a.dossier().copies()).containsExactly(2, 1);
        assertThat(gt.awards().get(0).dossier().components().get(2).form()).contains("Mẫu số 08").contains("98/2023");
        assertThat(deadline(gt, "NOP-HO-SO").date()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void tuyenQuangDeAn06HasCriteriaPerLevelAndPerKindOfPerson() {
        CampaignDefinition tq = load("TQ-DE-AN-06-2022-2025");
        assertThat(tq.visionTo()).isEqualTo(2030);
        assertThat(tq.basis()).extracting(DocumentRef::number).contains("06/QĐ-TTg");
        assertThat(tq.criteria().stream().filter(c -> c.unitLevels().contains(UnitLevel.AGENCY))).hasSize(9);
        assertThat(tq.criteria().stream().filter(c -> c.unitLevels().contains(UnitLevel.DISTRICT))).hasSize(7);
        assertThat(tq.criteria().stream().filter(c -> c.unitLevels().contains(UnitLevel.COMMUNE))).hasSize(3);
        assertThat(criterion(tq, "CN-DOANH-NHAN").personKinds()).containsExactly("BUSINESS_PERSON");
        assertThat(criterion(tq, "CN-NGUOI-DAN").personKinds()).containsExactly("CITIZEN");
        assertThat(criterion(tq, "CN-CAN-BO").personKinds()).containsExactly("OFFICIAL");
        assertThat(criterion(tq, "CN-CAN-BO").subjectType()).isEqualTo(SubjectType.INDIVIDUAL);
        assertThat(criterion(tq, "HUYEN-SO-HOA").text()).contains("từ ngày 01/12/2022");
        assertThat(criterion(tq, "XA-SO-HOA").text()).contains("từ ngày 01/6/2023");
        assertThat(tq.stage("TONG_KET_2030").orElseThrow().years()).containsExactly(2030);
        assertThat(tq.awards()).extracting(AwardOffer::awardCode).contains("BANG_KHEN_TTG", "BANG_KHEN_TINH",
                "GIAY_KHEN");
    }

    @Test
    void lamDongRoutesCouncilFormsOnPaperOthersOnlineFromOwnAccountAndStateLevelOnPaper() {
        CampaignDefinition ld = load("LD-DVCTT-TDKT-2023");
        assertThat(ld.kind()).isEqualTo(CampaignKind.ROUTING);
        AwardOffer flag = ld.awards().stream().filter(a -> "CO_THI_DUA_TINH".equals(a.awardCode())).findFirst()
                .orElseThrow();
        assertThat(flag.routing().throughProvincialCouncil()).isTrue();
        assertThat(flag.routing().channel()).isEqualTo(Channel.PAPER_THEN_OFFICE_ONLINE);
        assertThat(flag.routing().filedOnlineBy()).isEqualTo("TDKT_OFFICE");
        AwardOffer ldxs = ld.awards().stream().filter(a -> "TAP_THE_LDXS".equals(a.awardCode())).findFirst()
                .orElseThrow();
        assertThat(ldxs.routing().throughProvincialCouncil()).isFalse();
        assertThat(ldxs.routing().channel()).isEqualTo(Channel.ONLINE_AND_PAPER);
        assertThat(ldxs.routing().ownAccountRequired()).isTrue();
        assertThat(ldxs.routing().portal()).isEqualTo("https://dichvucong.lamdong.gov.vn");
        assertThat(ldxs.dossier().components()).hasSize(3);
        assertThat(ld.awards().stream().filter(a -> "BANG_KHEN_TTG".equals(a.awardCode())).findFirst()
                .orElseThrow().routing().channel()).isEqualTo(Channel.PAPER);
        assertThat(ld.awards().stream().filter(a -> "BANG_KHEN_TINH".equals(a.awardCode()))
                .map(AwardOffer::variant)).contains("CLUSTER_ANNUAL", "WORK_YEAR", "FAMILY");
    }

    private static Criterion criterion(CampaignDefinition d, String code) {
        return d.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static Deadline deadline(CampaignDefinition d, String code) {
        return d.deadlines().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
