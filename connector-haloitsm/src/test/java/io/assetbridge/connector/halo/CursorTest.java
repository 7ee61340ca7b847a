package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void survivesARoundTripWithEveryField() {
        Cursor cursor = Cursor.start("hardware", Instant.parse("2025-05-01T10:15:30Z"))
                .atAssetType(12, List.of(15L, 40L, 1_000_000L))
                .after("1201", "1300", 100);

        String text = cursor.encode();

        assertThat(text).startsWith("v1.").matches("[A-Za-z0-9._-]+").hasSizeLessThan(200);
        assertThat(Cursor.decode(text, "hardware")).isEqualTo(cursor);
    }

    @Test
    void dropsTheRemainingAssetTypesWhenTheyWouldNotFitInTwoThousandCharacters() {
        List<Long> many = LongStream.rangeClosed(1_000_000, 1_001_500).boxed().toList();
        Cursor cursor = Cursor.start("hardware", null).atAssetType(999_999, many);

        String text = cursor.encode();
        Cursor back = Cursor.decode(text, "hardware");

        assertThat(text.length()).isLessThanOrEqualTo(2000);
        assertThat(back.assetTypeId()).isEqualTo(999_999L);
        assertThat(back.remainingTypes()).as("unknown: re-read when moving on").isNull();
    }

    @Test
    void refusesACursorOfAnotherResourceOrVersion() {
        String customers =
                Cursor.start("customers", null).after("1", "100", 100).encode();

        assertThatThrownBy(() -> Cursor.decode(customers, "sites"))
                .isInstanceOfSatisfying(
                        ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.DATA))
                .hasMessageContaining("sites");
        assertThatThrownBy(() -> Cursor.decode("v0.garbage", "sites")).isInstanceOf(ConnectorException.class);
    }
}
