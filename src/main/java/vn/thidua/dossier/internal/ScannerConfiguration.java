package vn.thidua.dossier.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.dossier.UploadScanner;

/** Uses the deployment's antivirus when it provides an {@link UploadScanner} bean, the test-signature check if not. */
@Configuration(proxyBeanMethods = false)
class ScannerConfiguration {

    @Bean
    @ConditionalOnMissingBean(UploadScanner.class)
    UploadScanner signatureScanner() {
        return new SignatureScanner();
    }
}
