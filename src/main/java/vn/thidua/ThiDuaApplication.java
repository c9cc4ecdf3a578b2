package vn.thidua;

import org.springframework.boot.SpringApplication;
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
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
