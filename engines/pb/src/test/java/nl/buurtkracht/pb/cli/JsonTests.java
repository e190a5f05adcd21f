// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTests {

    @Test
    @SuppressWarnings("unchecked")
    void readsObjectsArraysNumbersAndLiterals() {
        Map<String, Object> json = (Map<String, Object>) Json.parse(
                " {\"a\": [1, 2.5, -3e2], \"b\": {\"c\": true, \"d\": null, \"e\": false}} ");
        assertThat(json.get("a")).isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("2.5"), new BigDecimal("-3e2")));
        assertThat((Map<String, Object>) json.get("b")).containsEntry("c", true).containsEntry("d", null)
                .containsEntry("e", false).containsOnlyKeys("c", "d", "e");
        assertThat(Json.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void quotesAndUnquotesEveryEscape() {
        String value = "line\nquote\" backslash\\ tab\t Ł\u0001";
        assertThat(Json.parse(Json.quote(value))).isEqualTo(value);
        assertThat(Json.parse("\"\\u0141\\/\"")).isEqualTo("Ł/");
    }

    @Test
    void rejectsMalformedJsonWithTheOffset() {
        for (String text : Arrays.asList("{\"a\" 1}", "[1,", "\"open", "tru", "1 2", "{1: 2}")) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> Json.parse(text))
                    .withMessageContaining("at offset");
        }
    }
}
