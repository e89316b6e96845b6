package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void reads_both_option_spellings_and_reports_the_values_used_with_defaults() {
        Options options = Options.parse(new String[] {"fanout", "--group", "100", "--rates=1000,2_000", "--publish"}, 1);

        assertThat(options.integer("group", 10)).isEqualTo(100);
        assertThat(options.integers("rates", "5")).containsExactly(1000, 2000);
        assertThat(options.integer("users", 1000)).isEqualTo(1000);
        assertThat(options.has("publish")).isTrue();
        assertThat(options.used()).containsEntry("group", 100).containsEntry("users", 1000).containsEntry("rates", List.of(1000, 2000));
    }

    @Test
    void turns_a_libpq_database_url_into_jdbc_with_batched_inserts_rewritten() {
        BenchEnv env = BenchEnv.from(Options.parse(new String[] {"--database-url", "postgresql://bench:secret@127.0.0.1:5433/db1",
                "--servers", "http://127.0.0.1:1,http://127.0.0.1:2", "--server-pids", "10,11"}, 0));

        assertThat(env.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/db1?reWriteBatchedInserts=true");
        assertThat(env.dbUser()).isEqualTo("bench");
        assertThat(env.dbPassword()).isEqualTo("secret");
        assertThat(env.serverPids()).containsExactly(10L, 11L);
        assertThat(env.server(3).getPort()).isEqualTo(2);
    }
}
