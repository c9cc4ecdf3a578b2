package vn.thidua.campaign;

/**
 * Tuyến hồ sơ of one award form: whether it goes through the provincial council, the channel, who files online,
 * where the dossier and the paper copy go.
 *
 * @param throughProvincialCouncil qua họp, xét của Hội đồng Thi đua – Khen thưởng tỉnh; null when not stated
 * @param filedOnlineBy            UNIT (from its own account) or TDKT_OFFICE; null when nobody files online
 * @param ownAccountRequired       the online dossier counts only from the organisation's own account (seed 000)
 */
public record Routing(Boolean throughProvincialCouncil, Channel channel, String filedOnlineBy,
        Boolean ownAccountRequired, String portal, String submitTo, String paperCopyTo, String text,
        String source) {
}
