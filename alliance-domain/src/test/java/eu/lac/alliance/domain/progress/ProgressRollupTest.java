package eu.lac.alliance.domain.progress;

import static eu.lac.alliance.domain.progress.CompletionStatus.COMPLETE;
import static eu.lac.alliance.domain.progress.CompletionStatus.LIMITED;
import static eu.lac.alliance.domain.progress.CompletionStatus.NOT_STARTED;
import static eu.lac.alliance.domain.progress.CompletionStatus.SUBSTANTIAL;
import static eu.lac.alliance.domain.progress.CompletionStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.progress.ProgressRollup.TreeItem;

class ProgressRollupTest {

	@Test
	void anItemWithNoCountriesAndNoSubItemsIsNotStarted() {
		assertThat(ProgressRollup.ofCountries(List.of())).isEqualTo(ItemProgress.NOT_STARTED);
		assertThat(ProgressRollup.of(List.of(), List.of())).isEqualTo(ItemProgress.NOT_STARTED);
	}

	@Test
	void anItemWhoseCountriesAllWithdrewIsWithdrawn() {
		assertThat(ProgressRollup.ofCountries(List.of(WITHDRAWN, WITHDRAWN))).isEqualTo(ItemProgress.WITHDRAWN);
	}

	@Test
	void anItemWhoseSubItemsAreAllWithdrawnIsWithdrawn() {
		assertThat(ProgressRollup.of(List.of(COMPLETE), List.of(ItemProgress.WITHDRAWN, ItemProgress.WITHDRAWN)))
			.isEqualTo(ItemProgress.WITHDRAWN);
	}

	@Test
	void withdrawnCountriesAreLeftOutOfTheMean() {
		assertThat(ProgressRollup.ofCountries(List.of(LIMITED, WITHDRAWN))).isEqualTo(new ItemProgress(LIMITED, 33));
		assertThat(ProgressRollup.ofCountries(List.of(COMPLETE, WITHDRAWN, COMPLETE)))
			.isEqualTo(new ItemProgress(COMPLETE, 100));
	}

	@Test
	void everyCountryNotStartedMeansTheItemIsNotStarted() {
		assertThat(ProgressRollup.ofCountries(List.of(NOT_STARTED, NOT_STARTED, WITHDRAWN)))
			.isEqualTo(ItemProgress.NOT_STARTED);
	}

	@Test
	void everyCountryCompleteMeansTheItemIsCompleteAtAHundredPercent() {
		assertThat(ProgressRollup.ofCountries(List.of(COMPLETE, COMPLETE, COMPLETE)))
			.isEqualTo(new ItemProgress(COMPLETE, 100));
	}

	@Test
	void mixedStatusesGiveTheMeanOfTheirPercentages() {
		// (0 + 33 + 67) / 3 = 33.3
		assertThat(ProgressRollup.ofCountries(List.of(NOT_STARTED, LIMITED, SUBSTANTIAL)))
			.isEqualTo(new ItemProgress(LIMITED, 33));
		// (67 + 100) / 2 = 83.5
		assertThat(ProgressRollup.ofCountries(List.of(SUBSTANTIAL, COMPLETE)))
			.isEqualTo(new ItemProgress(SUBSTANTIAL, 84));
	}

	@Test
	void theMeanIsRoundedHalfUp() {
		// (0 + 33) / 2 = 16.5
		assertThat(ProgressRollup.ofCountries(List.of(NOT_STARTED, LIMITED))).isEqualTo(new ItemProgress(LIMITED, 17));
	}

	@Test
	void fiftyPercentIsSubstantial() {
		assertThat(ProgressRollup.ofCountries(List.of(NOT_STARTED, COMPLETE)))
			.isEqualTo(new ItemProgress(SUBSTANTIAL, 50));
		assertThat(ProgressRollup.ofCountries(List.of(LIMITED, SUBSTANTIAL)))
			.isEqualTo(new ItemProgress(SUBSTANTIAL, 50));
	}

	@Test
	void belowFiftyPercentIsLimited() {
		assertThat(
				ProgressRollup.of(List.of(), List.of(new ItemProgress(LIMITED, 48), new ItemProgress(SUBSTANTIAL, 50))))
			.isEqualTo(new ItemProgress(LIMITED, 49));
		// (0 + 33 + 100) / 3 = 44.3
		assertThat(ProgressRollup.ofCountries(List.of(NOT_STARTED, LIMITED, COMPLETE)))
			.isEqualTo(new ItemProgress(LIMITED, 44));
	}

	@Test
	void anItemThatIsNotCompleteNeverShowsAHundredPercent() {
		// (99 + 100) / 2 = 99.5 would round to 100, but one unit is still short of
		// complete
		assertThat(ProgressRollup.of(List.of(),
				List.of(new ItemProgress(SUBSTANTIAL, 99), new ItemProgress(COMPLETE, 100))))
			.isEqualTo(new ItemProgress(SUBSTANTIAL, 99));
	}

	@Test
	void subItemsTakePrecedenceOverTheItemsOwnCountries() {
		assertThat(ProgressRollup.of(List.of(COMPLETE, COMPLETE), List.of(ItemProgress.NOT_STARTED)))
			.isEqualTo(ItemProgress.NOT_STARTED);
		assertThat(ProgressRollup.of(List.of(NOT_STARTED), List.of(new ItemProgress(COMPLETE, 100))))
			.isEqualTo(new ItemProgress(COMPLETE, 100));
	}

	@Test
	void anItemWithoutSubItemsRollsUpItsCountries() {
		assertThat(ProgressRollup.of(List.of(LIMITED, COMPLETE), List.of()))
			.isEqualTo(ProgressRollup.ofCountries(List.of(LIMITED, COMPLETE)))
			.isEqualTo(new ItemProgress(SUBSTANTIAL, 67));
	}

	@Test
	void nestedItemsRollUpLevelByLevelAsTheMeanOfTheirSubItems() {
		ItemProgress halfDone = ProgressRollup.ofCountries(List.of(COMPLETE, NOT_STARTED));
		ItemProgress done = ProgressRollup.ofCountries(List.of(COMPLETE));
		ItemProgress untouched = ProgressRollup.ofCountries(List.of(NOT_STARTED));
		ItemProgress middle = ProgressRollup.of(List.of(), List.of(halfDone, done));
		ItemProgress top = ProgressRollup.of(List.of(COMPLETE), List.of(middle, untouched, ItemProgress.WITHDRAWN));

		assertThat(halfDone).isEqualTo(new ItemProgress(SUBSTANTIAL, 50));
		assertThat(middle).isEqualTo(new ItemProgress(SUBSTANTIAL, 75));
		// the mean of the sub-items (75 and 0), not of the four countries beneath them
		// (50)
		assertThat(top).isEqualTo(new ItemProgress(LIMITED, 38));
	}

	@Test
	void noUnitReportedIsNoReportNeverZeroPercent() {
		assertThat(ProgressRollup.ofReportedCountries(List.of(Optional.empty(), Optional.empty()))).isEmpty();
		assertThat(ProgressRollup.ofReportedCountries(List.of())).isEmpty();
		assertThat(ProgressRollup.ofReportedSubItems(List.of(Optional.empty()))).isEmpty();
	}

	@Test
	void unreportedCountriesCountAsNotStartedOnceOneHasReported() {
		assertThat(ProgressRollup
			.ofReportedCountries(List.of(Optional.of(COMPLETE), Optional.empty(), Optional.empty(), Optional.empty())))
			.contains(new ReportedProgress(new ItemProgress(LIMITED, 25), 1, 4));
	}

	@Test
	void unreportedSubItemsCountAsNotStartedOnceOneHasReported() {
		assertThat(ProgressRollup.ofReportedSubItems(List.of(Optional.of(new ItemProgress(SUBSTANTIAL, 50)),
				Optional.empty(), Optional.of(ItemProgress.WITHDRAWN))))
			.contains(new ReportedProgress(new ItemProgress(LIMITED, 25), 2, 3));
	}

	@Test
	void aReportedNotStartedIsZeroPercentWithItsReport() {
		assertThat(ProgressRollup.ofReportedCountries(List.of(Optional.of(NOT_STARTED))))
			.contains(new ReportedProgress(ItemProgress.NOT_STARTED, 1, 1));
	}

	@Test
	void aTreeRollsUpFromItsActiveSubItemsAndLeavesUnreportedItemsOut() {
		List<TreeItem> items = List.of(new TreeItem(1, null, true), new TreeItem(2, 1L, true),
				new TreeItem(3, 1L, true), new TreeItem(4, 1L, false), new TreeItem(5, null, true));
		Map<Long, List<String>> countries = Map.of(2L, List.of("CL", "BR"), 3L, List.of("CL"), 4L, List.of("CL"), 5L,
				List.of("AR"));
		Map<Long, Map<String, CompletionStatus>> statuses = Map.of(2L, Map.of("CL", COMPLETE), 4L,
				Map.of("CL", COMPLETE));

		Map<Long, ReportedProgress> progress = ProgressRollup.ofTrees(items, countries, statuses);

		assertThat(progress.get(2L)).isEqualTo(new ReportedProgress(new ItemProgress(SUBSTANTIAL, 50), 1, 2));
		assertThat(progress.get(1L)).as("the inactive sub-item 4 is no unit of 1; 3 has no report")
			.isEqualTo(new ReportedProgress(new ItemProgress(LIMITED, 25), 1, 2));
		assertThat(progress).doesNotContainKeys(3L, 5L);
	}

}
