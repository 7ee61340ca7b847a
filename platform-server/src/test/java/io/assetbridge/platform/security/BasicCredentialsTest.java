package io.assetbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(byte[] bytes) {
        return "Basic " + Base64.getEncoder().encodeToString(bytes);
    }

    private static String basic(String text) {
        return basic(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedCredentialsAreSplitAtTheFirstColon() {
        assertThat(BasicCredentials.parse(basic("admin:pa:ss")))
                .isEqualTo(new BasicCredentials.Present(new BasicCredentials("admin", "pa:ss")));
        assertThat(BasicCredentials.parse("bAsIc " + Base64.getEncoder().encodeToString("ü:ö".getBytes())))
                .isInstanceOf(BasicCredentials.Present.class);
    }

    @Test
    void noHeaderOrAnotherSchemeIsAbsent() {
        assertThat(BasicCredentials.parse(null)).isInstanceOf(BasicCredentials.Absent.class);
        assertThat(BasicCredentials.parse("Bearer abc")).isInstanceOf(BasicCredentials.Absent.class);
    }

    @Test
    void everyMalformedHeaderIsMalformedNotAnException() {
        String[] headers = {
            "",
            "   ",
            "Basic",
            "Basic ",
            "Basic !!!",
            "Basic YWRtaW4", // "admin" without padding and colon
            basic("admin"),
            basic(":password"),
            basic(new byte[] {(byte) 0xC3, 0x28, ':', 'x'}),
            basic("ad\u0000min:x"),
            basic("admin:pass\nword"),
            basic("u".repeat(65) + ":x"),
            basic("admin:" + "p".repeat(1025)),
            "Basic " + "A".repeat(100_000),
            "Basic \u00ff\u00fe",
        };
        for (String header : headers) {
            assertThat(BasicCredentials.parse(header)).as(header).isInstanceOf(BasicCredentials.Malformed.class);
        }
    }

    @Test
    void theRecordNeverPrintsThePassword() {
        assertThat(new BasicCredentials("admin", "secret").toString()).doesNotContain("secret");
    }
}
