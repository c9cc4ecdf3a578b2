package vn.thidua.council.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.council.CouncilSessions;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.shared.BusinessRuleException;

/**
 * Reads the member list typed on the new-session page, one member a line: {@code tài khoản | họ tên | mã đơn vị}
 * with {@code | chủ tịch} (or {@code | chair}) after the chair. A bad line is refused with its number.
 */
final class MemberLines {

    private MemberLines() {
    }

    static List<CouncilSessions.NewMember> parse(OrganizationDirectory directory, String text) {
        List<CouncilSessions.NewMember> members = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\\|");
            if (cells.length < 3 || cells.length > 4 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new BusinessRuleException("error.council.memberLine", "members", i + 1);
            }
            boolean chair = cells.length == 4 && !cells[3].isBlank();
            members.add(new CouncilSessions.NewMember(cells[0].strip(), cells[1].strip(),
                    unit(directory, cells[2].strip(), "members"), chair));
        }
        return members;
    }

    static long unit(OrganizationDirectory directory, String code, String field) {
        return directory.unitByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new BusinessRuleException("error.council.unknownUnit", field, code)).id();
    }

    static long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new BusinessRuleException("error.council.notANumber", field, text);
        }
    }
}
