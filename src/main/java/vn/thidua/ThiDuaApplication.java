package vn.thidua;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * ThiĐua: the emulation and commendation (thi đua – khen thưởng) platform.
 * A modular monolith; each top-level package is a module (see docs/ARCHITECTURE.md).
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ThiDuaApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--thidua.ingest.file="))) {
            // a command (the dossier file import): no web server, no demo data, the command's exit code
            application.setWebApplicationType(WebApplicationType.NONE);
            String[] command = Arrays.copyOf(args, args.length + 1);
            command[args.length] = "--thidua.demo.load=false";
            System.exit(SpringApplication.exit(application.run(command)));
        }
        application.run(args);
    }
}
