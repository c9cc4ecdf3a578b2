package vn.thidua.demo.internal;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.demo.DemoData;
import vn.thidua.organization.ClusterInfo.ClusterKind;
import vn.thidua.organization.SuccessionInfo.SuccessionKind;
import vn.thidua.organization.UnitLevel;
import vn.thidua.shared.Gender;

/**
 * Everything the sample province consists of, generated before anything is written. Units and people are named by
 * code and citizen id, because their database ids exist only once they are imported.
 */
record DemoDataset(List<Unit> units, List<Succession> successions, List<Cluster> clusters, List<Person> people,
        List<Award> awards, List<Account> accounts) {

    /** A row of the unit import (đơn vị). */
    record Unit(String code, String name, String abbreviation, UnitLevel level, String parentCode,
            LocalDate validFrom, LocalDate validTo, String placeName, String headTitle) {
    }

    /** A reorganisation link (sáp nhập, đổi tên). */
    record Succession(String predecessorCode, String successorCode, LocalDate effectiveDate, SuccessionKind kind,
            String legalBasis) {
    }

    /** A cụm (communes) or khối (agencies) thi đua of one year. */
    record Cluster(int year, ClusterKind kind, String name, String headCode, List<String> memberCodes) {
    }

    /** A row of the people import (cá nhân). */
    record Person(String fullName, Gender gender, LocalDate birthDate, String citizenId, String position,
            String unitCode) {
    }

    /** An award from the paper records of earlier years (khen thưởng đã nhận). */
    record Award(String citizenId, String awardCode, String awardName, String decisionNumber,
            LocalDate decisionDate, String issuerName) {
    }

    /** A demo account with the name shown for it and, for a signing leader, how it signs. */
    record Account(DemoData.DemoAccount account, String displayName, String signingTitle,
            String signingAuthority) {
    }
}
