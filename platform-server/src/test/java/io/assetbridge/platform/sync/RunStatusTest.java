package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RunStatusTest {

    @Test
    void aQueuedRunIsClaimedOrEndsARunningOneIsTakenOverOrEndsAnEndedOneNeverChanges() {
        assertThat(EnumSet.allOf(RunStatus.class))
                .filteredOn(RunStatus.QUEUED::canBecome)
                .containsExactlyInAnyOrder(
                        RunStatus.RUNNING, RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.CANCELLED);
        assertThat(EnumSet.allOf(RunStatus.class))
                .filteredOn(RunStatus.RUNNING::canBecome)
                .containsExactlyInAnyOrder(
                        RunStatus.RUNNING, RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.CANCELLED);
        for (RunStatus ended : EnumSet.of(RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.CANCELLED)) {
            assertThat(EnumSet.allOf(RunStatus.class))
                    .filteredOn(ended::canBecome)
                    .isEmpty();
            assertThat(ended.active()).isFalse();
        }
        assertThat(RunStatus.ACTIVE).containsExactly(RunStatus.QUEUED, RunStatus.RUNNING);
    }

    @Test
    void anOutcomeEndsARunWithAFailureKindExactlyWhenItFailedAndAMessageTheColumnHolds() {
        assertThat(RunOutcome.succeeded().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(RunOutcome.cancelled().failureKind()).isNull();
        var failed = RunOutcome.failed(RunFailureKind.DATA, "x".repeat(3000));
        assertThat(failed.message()).hasSize(RunOutcome.MESSAGE_LENGTH);
        assertThatThrownBy(() -> new RunOutcome(RunStatus.RUNNING, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOutcome(RunStatus.FAILED, null, "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOutcome(RunStatus.SUCCEEDED, RunFailureKind.DATA, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
