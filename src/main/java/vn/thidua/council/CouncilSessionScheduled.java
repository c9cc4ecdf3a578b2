package vn.thidua.council;

import java.time.LocalDate;
import java.util.List;

/** Raised when a council session is created: its members are invited (giấy mời họp Hội đồng). */
public record CouncilSessionScheduled(long sessionId, String title, LocalDate heldOn, List<String> memberUsernames) {
}
