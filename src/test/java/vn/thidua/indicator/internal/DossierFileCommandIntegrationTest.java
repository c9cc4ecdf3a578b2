package vn.thidua.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import vn.thidua.identity.SystemActor;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.SyntheticDossiers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/** The command line reads a file by its extension, writes what is good, and exits 2 when it refused lines. */
@IntegrationTest
class DossierFileCommandIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DossierIngest ingest;
    @Autowired
    MessageSource messages;
    @Autowired
    IndicatorValues values;

    @Test
    void aFileIsImportedFromTheCommandLineWithItsExitCode(@TempDir Path directory) throws Exception {
        TestOrganization org = new TestOrganization(context);
        String prefix = "CLI" + org.suffix;
        SystemActor.run(() -> ingest.importProcedures(SyntheticDossiers.procedures(prefix, 5)
                .getBytes(StandardCharsets.UTF_8)));
        Path good = directory.resolve("ho-so.csv");
        try (var out = Files.newOutputStream(good)) {
            SyntheticDossiers.write(out, java.util.List.of(org.code("A"), org.code("B")), prefix, 5, 300, 1, 2023,
                    LocalDate.of(2023, 12, 31), 5);
        }
        DossierFileCommand command = new DossierFileCommand(ingest, messages, good, "");
        command.run(null);
        assertThat(command.getExitCode()).isZero();
        var year = values.value("HS_TRUC_TUYEN", org.province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(year).get().extracting(v -> v.denominator()).isEqualTo(BigDecimal.valueOf(300 - cancelled(good)));

        Path bad = directory.resolve("sai.csv");
        Files.writeString(bad, SyntheticDossiers.HEADER + "X1,khong-co,DV,2\n");
        DossierFileCommand refused = new DossierFileCommand(ingest, messages, bad, "");
        refused.run(null);
        assertThat(refused.getExitCode()).isEqualTo(2);
    }

    /** Dossiers withdrawn or not received (statuses 1, 3, 7) do not count in the denominator. */
    private static long cancelled(Path file) throws Exception {
        return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",", -1)[6])
                .filter(status -> status.equals("1") || status.equals("3") || status.equals("7")).count();
    }
}
