package dev.parley.http.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void a_single_range_is_partial_and_clamped_to_the_end() {
        assertThat(ByteRange.parse("bytes=2-4", 10)).isEqualTo(new ByteRange.Partial(new ByteRange(2, 4)));
        assertThat(ByteRange.parse("bytes=5-", 10)).isEqualTo(new ByteRange.Partial(new ByteRange(5, 9)));
        assertThat(ByteRange.parse("bytes=5-100", 10)).isEqualTo(new ByteRange.Partial(new ByteRange(5, 9)));
        assertThat(ByteRange.parse("bytes=-3", 10)).isEqualTo(new ByteRange.Partial(new ByteRange(7, 9)));
        assertThat(ByteRange.parse("bytes=-30", 10)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 9)));
    }

    @Test
    void several_ranges_other_units_and_malformed_headers_get_the_whole_file() {
        assertThat(ByteRange.parse(null, 10)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=0-1,4-5", 10)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("items=0-1", 10)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=abc-5", 10)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=5-2", 10)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 10)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void a_range_starting_past_the_end_is_unsatisfiable() {
        assertThat(ByteRange.parse("bytes=10-", 10)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=-0", 10)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
