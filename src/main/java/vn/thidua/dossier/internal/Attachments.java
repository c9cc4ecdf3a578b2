package vn.thidua.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.thidua.dossier.Component;
import vn.thidua.dossier.DossierView;
import vn.thidua.dossier.StoredFile;

/** The files of dossiers, kept apart from the aggregate so that reading a dossier never loads their bytes. */
@Repository
class Attachments {

    private final JdbcTemplate jdbc;

    Attachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long store(long dossierId, Component component, String fileName, String contentType, byte[] content,
            String sha256, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into dos_attachment (dossier_id, component, file_name, content_type, size_bytes, sha256,
                        content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setLong(1, dossierId);
            statement.setString(2, component.name());
            statement.setString(3, fileName);
            statement.setString(4, contentType);
            statement.setLong(5, content.length);
            statement.setString(6, sha256);
            statement.setBytes(7, content);
            statement.setString(8, actor);
            statement.setTimestamp(9, Timestamp.from(now));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    List<DossierView.Attachment> list(long dossierId) {
        return jdbc.query("""
                select id, component, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                from dos_attachment where dossier_id = ? order by id""",
                (rs, row) -> new DossierView.Attachment(rs.getLong("id"), Component.valueOf(rs.getString("component")),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()),
                dossierId);
    }

    Set<Component> components(long dossierId) {
        Set<Component> present = EnumSet.noneOf(Component.class);
        jdbc.queryForList("select distinct component from dos_attachment where dossier_id = ?", String.class,
                dossierId).forEach(name -> present.add(Component.valueOf(name)));
        return present;
    }

    Optional<StoredFile> file(long dossierId, long attachmentId) {
        return jdbc.query("select file_name, content_type, content from dos_attachment where id = ? and dossier_id = ?",
                (rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")), attachmentId, dossierId).stream().findFirst();
    }
}
