package vn.thidua.council;

import java.util.Map;

/**
 * A ballot as published after the session (phiếu bầu công khai để kiểm phiếu): the hash of its receipt and its
 * votes per agenda item, with nothing that names the voter. Anyone can recount; a voter finds theirs by receipt.
 */
public record PublishedBallot(String receiptHash, Map<Long, Vote> votes) {
}
