package fr.crige.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

    private final AdminCredentials admin = AdminCredentials.of("admin", "s3cret");

    @Test
    void acceptsOnlyTheRightBasicCredentials() {
        assertThat(admin.accepts(basic("admin:s3cret"))).isTrue();
        assertThat(admin.accepts("basic " + b64("admin:s3cret"))).as("scheme is case-insensitive").isTrue();
        assertThat(admin.accepts(basic("admin:s3cre"))).isFalse();
        assertThat(admin.accepts(basic("root:s3cret"))).isFalse();
        assertThat(admin.accepts(basic("admins3cret"))).isFalse();
        assertThat(admin.accepts("Bearer s3cret")).isFalse();
        assertThat(admin.accepts("Basic %%%not-base64")).isFalse();
        assertThat(admin.accepts(null)).isFalse();
    }

    @Test
    void aMissingPasswordIsReplacedByAStrongRandomOne() {
        AdminCredentials a = AdminCredentials.of("admin", "");
        AdminCredentials b = AdminCredentials.of("admin", null);
        assertThat(a.generated()).isTrue();
        assertThat(a.password()).hasSize(24).isNotEqualTo(b.password());
        assertThat(a.accepts(basic("admin:"))).isFalse();
        assertThat(a.toString()).doesNotContain(a.password());
    }

    private static String basic(String userPassword) {
        return "Basic " + b64(userPassword);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
