package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** Declares in the OpenAPI description how clients sign in to write: HTTP Basic with the site's e-mail and password. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The e-mail and password of a Muhokama account; five wrong passwords lock the account "
                + "for fifteen minutes, as on the sign-in page.")
class ApiDocumentation {

    static final String BASIC = "basic";
}
