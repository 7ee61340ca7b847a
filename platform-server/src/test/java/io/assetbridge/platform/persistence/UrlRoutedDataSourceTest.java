package io.assetbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class UrlRoutedDataSourceTest {

    @Test
    void makesRelativeH2FilePathsAbsoluteAndKeepsOptions() {
        String absolute = UrlRoutedDataSource.absoluteH2Url("jdbc:h2:file:./data/db/x;MODE=PostgreSQL");
        assertThat(absolute).isEqualTo("jdbc:h2:file:" + Path.of("data/db/x").toAbsolutePath() + ";MODE=PostgreSQL");
    }

    @Test
    void leavesAbsoluteHomeAndNonFileUrlsAlone() {
        assertThat(UrlRoutedDataSource.absoluteH2Url("jdbc:h2:file:/var/lib/ab/db"))
                .isEqualTo("jdbc:h2:file:/var/lib/ab/db");
        assertThat(UrlRoutedDataSource.absoluteH2Url("jdbc:h2:file:~/ab")).isEqualTo("jdbc:h2:file:~/ab");
        assertThat(UrlRoutedDataSource.absoluteH2Url("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void refusesUnsupportedDatabasesWithAnActionableMessage() {
        var ds = new UrlRoutedDataSource();
        ds.setUrl("jdbc:mysql://localhost/x");
        Assertions.assertThatThrownBy(ds::getConnection)
                .hasMessageContaining("PostgreSQL (jdbc:postgresql:) or H2 (jdbc:h2:)");
    }
}
