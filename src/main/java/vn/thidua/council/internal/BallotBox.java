package vn.thidua.council.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.council.PublishedBallot;
import vn.thidua.council.Vote;
import vn.thidua.shared.BusinessRuleException;

/**
 * Hòm phiếu. Who voted goes to {@code council_vote_cast}; how they voted goes to {@code council_ballot} under a
 * random id with the hash of a random receipt. Neither table has a time or a sequence, and nothing joins them:
 * the tally can be recounted from the published ballots, and each voter finds their own by receipt.
 */
@Repository
class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the member voted (once only) and drops the anonymous ballot in the box; returns the receipt. */
    String cast(long sessionId, long memberId, boolean written, Map<Long, Vote> lines) {
        try {
            jdbc.update("insert into council_vote_cast (session_id, member_id, written) values (?, ?, ?)",
                    sessionId, memberId, written);
        } catch (DuplicateKeyException alreadyVoted) {
            throw new BusinessRuleException("error.council.alreadyVoted", "memberId", memberId);
        }
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String receipt = HexFormat.of().formatHex(secret);
        UUID ballot = UUID.randomUUID();
        jdbc.update("insert into council_ballot (id, session_id, receipt_hash) values (?, ?, ?)", ballot, sessionId,
                hash(receipt));
        jdbc.batchUpdate("insert into council_ballot_line (ballot_id, item_id, vote) values (?, ?, ?)",
                lines.entrySet().stream().map(line -> new Object[] {ballot, line.getKey(), line.getValue().name()})
                        .toList());
        return receipt;
    }

    boolean hasVoted(long sessionId, long memberId) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from council_vote_cast where session_id = ? and member_id = ?", Integer.class,
                sessionId, memberId);
        return rows != null && rows > 0;
    }

    List<Long> voters(long sessionId) {
        return jdbc.queryForList("select member_id from council_vote_cast where session_id = ?", Long.class,
                sessionId);
    }

    int ballotCount(long sessionId) {
        Integer rows = jdbc.queryForObject("select count(*) from council_ballot where session_id = ?", Integer.class,
                sessionId);
        return rows == null ? 0 : rows;
    }

    Map<Long, VoteCount> count(long sessionId) {
        Map<Long, int[]> tallies = new HashMap<>();
        jdbc.query("""
                select l.item_id, l.vote, count(*) as votes from council_ballot_line l
                join council_ballot b on b.id = l.ballot_id where b.session_id = ? group by l.item_id, l.vote""",
                rs -> {
                    int[] tally = tallies.computeIfAbsent(rs.getLong("item_id"), item -> new int[3]);
                    tally[Vote.valueOf(rs.getString("vote")).ordinal()] += rs.getInt("votes");
                }, sessionId);
        Map<Long, VoteCount> counts = new HashMap<>();
        tallies.forEach((item, tally) -> counts.put(item, new VoteCount(tally[Vote.YES.ordinal()],
                tally[Vote.NO.ordinal()], tally[Vote.BLANK.ordinal()])));
        return counts;
    }

    List<PublishedBallot> published(long sessionId) {
        Map<String, Map<Long, Vote>> ballots = new LinkedHashMap<>();
        jdbc.query("""
                select b.receipt_hash, l.item_id, l.vote from council_ballot b
                left join council_ballot_line l on l.ballot_id = b.id
                where b.session_id = ? order by b.receipt_hash, l.item_id""", rs -> {
            Map<Long, Vote> lines = ballots.computeIfAbsent(rs.getString("receipt_hash"), key -> new LinkedHashMap<>());
            String vote = rs.getString("vote");
            if (vote != null) {
                lines.put(rs.getLong("item_id"), Vote.valueOf(vote));
            }
        }, sessionId);
        return ballots.entrySet().stream().map(entry -> new PublishedBallot(entry.getKey(), entry.getValue()))
                .toList();
    }

    static String hash(String receipt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(receipt.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
