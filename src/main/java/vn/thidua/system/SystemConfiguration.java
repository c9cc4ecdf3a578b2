package vn.thidua.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.thidua.shared.VietnameseText;

/** Vietnamese first: the default locale is vi, "?lang=en" switches and a cookie remembers the choice. */
@Configuration
class SystemConfiguration implements WebMvcConfigurer {

    /** Dates in documents and deadlines are Vietnamese dates. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("THIDUA_LANG");
        // Without a cookie the UI speaks Vietnamese; an API client may ask for English by Accept-Language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                && request.getHeader("Accept-Language") != null ? request.getLocale() : VietnameseText.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("ThiDua API").version("v1")
                .description("Emulation and commendation (thi dua - khen thuong). HTTP Basic authentication; "
                        + "errors are RFC 9457 problem details naming the field or row."));
    }
}
