package vn.thidua.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import vn.thidua.identity.AccountContacts;
import vn.thidua.identity.Role;
import vn.thidua.identity.UnitHierarchy;

/** Reads contacts for notifications; it reveals nothing a caller could show, so it checks no role itself. */
@Service
class ContactDirectory implements AccountContacts {

    private static final RowMapper<Contact> CONTACT = (rs, row) -> new Contact(rs.getString("username"),
            rs.getString("display_name"), rs.getString("email"));

    private final JdbcTemplate jdbc;
    private final UnitHierarchy units;

    ContactDirectory(JdbcTemplate jdbc, UnitHierarchy units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public List<Contact> holders(long unitId, Role role) {
        record Holder(Contact contact, long unitId) {
        }
        return jdbc.query("""
                select distinct a.username, a.display_name, a.email, g.unit_id from idn_account a
                join idn_role_grant g on g.account_id = a.id where g.role = ? and a.enabled order by a.username""",
                (rs, row) -> new Holder(CONTACT.mapRow(rs, row), rs.getLong("unit_id")), role.name()).stream()
                .filter(holder -> units.isWithin(unitId, holder.unitId())).map(Holder::contact).distinct().toList();
    }

    @Override
    public Optional<Contact> contact(String username) {
        return jdbc.query("select username, display_name, email from idn_account where username = ? and enabled",
                CONTACT, username).stream().findFirst();
    }
}
