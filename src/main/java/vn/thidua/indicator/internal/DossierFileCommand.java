package vn.thidua.indicator.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.identity.SystemActor;
import vn.thidua.indicator.DossierIngest;

/**
 * The command line for large dossier files: {@code java -jar thidua.jar --thidua.ingest.file=dossiers.csv}
 * streams the file into the configured database as the system actor, prints the report (and the first refused
 * lines with their reasons) and exits: 0 when every line was accepted, 2 when some were refused, 1 on failure.
 * The format follows the extension (.csv, .jsonl/.ndjson, .xlsx) unless {@code --thidua.ingest.format} says.
 */
@Component
@Order(100)
@ConditionalOnProperty("thidua.ingest.file")
class DossierFileCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DossierFileCommand.class);
    private static final int SHOWN = 20;

    private final DossierIngest ingest;
    private final MessageSource messages;
    private final Path file;
    private final String format;
    private int exitCode = 1;

    DossierFileCommand(DossierIngest ingest, MessageSource messages, @Value("${thidua.ingest.file}") Path file,
            @Value("${thidua.ingest.format:}") String format) {
        this.ingest = ingest;
        this.messages = messages;
        this.file = file;
        this.format = format;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        DossierIngest.Format chosen = format.isBlank() ? byExtension(file) : DossierIngest.Format.valueOf(
                format.toUpperCase(Locale.ROOT));
        DossierIngest.Report report;
        try (InputStream content = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = SystemActor.call(() -> ingest.ingest(content, chosen, "cli:" + file.getFileName()));
        }
        Locale vietnamese = Locale.forLanguageTag("vi");
        LOG.info(messages.getMessage("indicator.upload.summary", new Object[] {report.lines(), report.accepted(),
            report.rejected(), report.lateUpdates(), report.millis()}, vietnamese));
        report.rejections().stream().limit(SHOWN).forEach(r -> LOG.warn("{} {} {}: {}",
                messages.getMessage("indicator.upload.line", null, vietnamese), r.line(), r.field(),
                messages.getMessage(r.messageKey(), r.arguments().toArray(), vietnamese)));
        exitCode = report.rejected() == 0 ? 0 : 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static DossierIngest.Format byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return DossierIngest.Format.XLSX;
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? DossierIngest.Format.JSONL
                : DossierIngest.Format.CSV;
    }
}
