package org.egov.itpm.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger export's progress: projects, the total first, never past it, and the total once every sheet is read. */
class ProjectsDoneTest {

    private final List<Integer> done = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();

    @Test
    void shouldAnnounceTheTotalFirstAndReachItWithTheLastSheet() {
        ProjectsDone progress = new ProjectsDone(this::report, 150, 5);
        assertThat(done).containsExactly(0);
        for (int sheet = 0; sheet < 5; sheet++) {
            progress.read(100);
            progress.read(50);
        }

        assertThat(totals).containsOnly(150);
        assertThat(done).isSorted().containsExactly(0, 20, 30, 50, 60, 80, 90, 110, 120, 140, 150);
    }

    @Test
    void shouldNeverPassTheTotalWhenProjectsAppearDuringTheExport() {
        ProjectsDone progress = new ProjectsDone(this::report, 10, 5);
        for (int sheet = 0; sheet < 5; sheet++) {
            progress.read(12); // two projects created after the count, read by every sheet
        }

        assertThat(done).isSorted().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10)).endsWith(10);
    }

    private void report(int rowsDone, Integer rowsTotal) {
        done.add(rowsDone);
        totals.add(rowsTotal);
    }
}
