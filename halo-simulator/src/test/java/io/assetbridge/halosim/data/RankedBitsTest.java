package io.assetbridge.halosim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RankedBitsTest {

    @Test
    void rankAndSelectAgreeWithACountingWalk() {
        for (int size : new int[] {0, 1, 63, 64, 65, 128, 1000, 4097}) {
            Random r = new Random(size);
            boolean[] bits = new boolean[size];
            for (int p = 0; p < size; p++) {
                bits[p] = r.nextDouble() < 0.3;
            }
            RankedBits rb = new RankedBits(size, p -> bits[p]);
            int ones = 0;
            int zeros = 0;
            for (int p = 0; p < size; p++) {
                assertThat(rb.ones(p)).isEqualTo(ones);
                assertThat(rb.zeros(p)).isEqualTo(zeros);
                assertThat(rb.get(p)).isEqualTo(bits[p]);
                if (bits[p]) {
                    assertThat(rb.selectOne(ones)).isEqualTo(p);
                    ones++;
                } else {
                    assertThat(rb.selectZero(zeros)).isEqualTo(p);
                    zeros++;
                }
            }
            assertThat(rb.ones(size)).isEqualTo(ones);
        }
    }
}
