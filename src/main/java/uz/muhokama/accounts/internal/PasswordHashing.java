package uz.muhokama.accounts.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Password hashes carry their algorithm ({@code {pbkdf2@SpringSecurity_v5_8}...}), so that the algorithm can change
 * later without a migration. New hashes use PBKDF2-HMAC-SHA256 rather than bcrypt because bcrypt reads only the first
 * 72 bytes, and our passwords may be 128 characters of Cyrillic (up to 256 bytes); Argon2 would need an extra
 * library. Bcrypt hashes are still read.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PBKDF2, Map.of(
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
