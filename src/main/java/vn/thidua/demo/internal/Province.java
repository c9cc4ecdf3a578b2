package vn.thidua.demo.internal;

import java.util.List;

/**
 * The sample province as the people and award generators need it: its units and reorganisations, and the places
 * where people work today together with who awarded them there.
 */
record Province(List<DemoDataset.Unit> units, List<DemoDataset.Succession> successions,
        List<DemoDataset.Cluster> clusters, List<Agency> agencies, List<Commune> communes) {

    /** A current agency (sở, ban, ngành) and its rooms; the issuer heads its award decisions. */
    record Agency(String code, String abbreviation, String headTitle, String issuer, List<Room> rooms) {
    }

    /** A room (phòng) of an agency. */
    record Room(String code, String headTitle) {
    }

    /**
     * A current commune (xã, phường, đặc khu) and who awards its people: its chairman, and before 1/7/2025 the
     * chairman of the district (huyện) that then covered its area.
     */
    record Commune(String code, String headTitle, String issuer, String formerIssuer) {
    }
}
