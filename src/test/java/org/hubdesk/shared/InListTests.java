package org.hubdesk.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A list of values becomes one parameter each, padded to a power of two, so that a query has few shapes. */
class InListTests {

	@Test
	void listsArePaddedToThePowerOfTwoAtOrAboveTheirSize() {
		assertThat(List.of(0, 1, 2, 3, 4, 5, 8, 9, 512).stream().map(InList::paddedSize))
			.containsExactly(1, 1, 2, 4, 4, 8, 8, 16, 512);
	}

	@Test
	void eachValueIsAParameterAndThePaddingRepeatsTheLast() {
		Map<String, Object> parameters = new HashMap<>();
		String names = InList.bind("s", List.of("A", "B", "C"), parameters);
		assertThat(names).isEqualTo("(:s0, :s1, :s2, :s3)");
		assertThat(parameters).containsExactlyInAnyOrderEntriesOf(Map.of("s0", "A", "s1", "B", "s2", "C", "s3", "C"));
	}

	@Test
	void listsOfTheSameSizeClassReadTheSame() {
		assertThat(InList.bind("x", List.of(5, 6, 7), new HashMap<>()))
			.isEqualTo(InList.bind("x", List.of(1, 2, 3, 4), new HashMap<>()));
	}

	@Test
	void anEmptyListIsAMistakeOfTheCaller() {
		assertThatThrownBy(() -> InList.bind("x", List.of(), new HashMap<>())).isInstanceOf(IllegalArgumentException.class);
	}
}
