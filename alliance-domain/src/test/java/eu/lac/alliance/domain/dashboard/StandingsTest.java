package eu.lac.alliance.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dashboard.DashboardReadModel.CountryStatusRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ItemRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ParticipantRow;
import eu.lac.alliance.domain.dashboard.Standing.CountryFigures;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;

class StandingsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	// dialogue 1, area 1: item 1 with sub-items 2 and 3; item 4 alone. Area 2: item 5,
	// due
	// soon.
	private final List<ItemRow> items = List.of(item(1, null, 1, LocalDate.of(2026, 1, 31)), item(2, 1L, 1, null),
			item(3, 1L, 1, null), item(4, null, 1, null), item(5, null, 2, DAY.plusDays(30)));

	private final List<ParticipantRow> participants = List.of(named(1, "CL"), named(2, "CL"), named(3, "CL"),
			joined(3, "BR"), named(4, "BR"), named(5, "CL"));

	@Test
	void anItemNobodyReportedOnHasNoReportNeverZeroPercent() {
		Map<Long, ItemProgress> progress = Standings.rollUp(items, participants, List.of());

		assertThat(progress).isEmpty();
		Standing standing = Standings.of(DAY, items, participants, List.of(), progress);
		assertThat(standing.overall().noReport()).isEqualTo(3);
		assertThat(standing.overall().percent()).isNull();
		assertThat(standing.country("CL").percent()).isNull();
		assertThat(standing.country("CL").unreported()).hasSize(3);
	}

	@Test
	void aParentRollsUpFromItsSubItemsAndAnUnreportedCountryCountsAsNotStartedOnceAnotherReported() {
		List<CountryStatusRow> statuses = List.of(status(3, "CL", CompletionStatus.COMPLETE, DAY.minusDays(10)));

		Map<Long, ItemProgress> progress = Standings.rollUp(items, participants, statuses);

		assertThat(progress.get(3L)).isEqualTo(new ItemProgress(CompletionStatus.SUBSTANTIAL, 50));
		assertThat(progress.get(1L)).as("sub-item 2 without report counts as not started in its parent")
			.isEqualTo(new ItemProgress(CompletionStatus.LIMITED, 25));
		assertThat(progress).doesNotContainKeys(2L, 4L, 5L);
	}

	@Test
	void areasCountTopLevelItemsByStatusWithNoReportApart() {
		List<CountryStatusRow> statuses = List.of(status(4, "BR", CompletionStatus.LIMITED, DAY.minusDays(100)));
		Standing standing = Standings.of(DAY, items, participants, statuses,
				Standings.rollUp(items, participants, statuses));

		Standing.Group first = standing.areas().stream().filter(g -> g.id() == 1).findFirst().orElseThrow();
		assertThat(first.tally().items()).isEqualTo(2);
		assertThat(first.tally().limited()).isEqualTo(1);
		assertThat(first.tally().noReport()).isEqualTo(1);
		assertThat(first.tally().percent()).isEqualTo(33);
		assertThat(standing.dialogues()).singleElement().satisfies(d -> assertThat(d.tally().items()).isEqualTo(3));
	}

	@Test
	void aCountryCountsTheItemsItReportsOnWithStaleOnesOlderThanNinetyDays() {
		List<CountryStatusRow> statuses = List.of(status(4, "BR", CompletionStatus.LIMITED, DAY.minusDays(91)),
				status(3, "BR", CompletionStatus.COMPLETE, DAY.minusDays(400)));
		Standing standing = Standings.of(DAY, items, participants, statuses,
				Standings.rollUp(items, participants, statuses));

		CountryFigures brazil = standing.country("BR");
		assertThat(brazil.items()).hasSize(2);
		assertThat(brazil.named()).isEqualTo(1);
		assertThat(brazil.joined()).isEqualTo(1);
		assertThat(brazil.reported()).isEqualTo(2);
		assertThat(brazil.stale()).as("a complete item is never stale").isEqualTo(1);
		assertThat(brazil.percent()).isEqualTo(67);
		assertThat(standing.country("CL").items()).as("leaves only: 2, 3 and 5").hasSize(3);
	}

	@Test
	void overdueAndUpcomingLeaveSettledItemsOut() {
		Standing open = Standings.of(DAY, items, participants, List.of(), Map.of());
		assertThat(open.overdue()).extracting(d -> d.item().id()).containsExactly(1L);
		assertThat(open.upcoming()).extracting(d -> d.item().id()).containsExactly(5L);

		Standing done = Standings.of(DAY, items, participants, List.of(),
				Map.of(1L, new ItemProgress(CompletionStatus.COMPLETE, 100)));
		assertThat(done.overdue()).isEmpty();
		assertThat(Standings.of(DAY.plusDays(31), items, participants, List.of(), Map.of()).overdue())
			.extracting(d -> d.item().id())
			.containsExactly(1L, 5L);
	}

	private static ItemRow item(long id, Long parent, long area, LocalDate deadline) {
		return new ItemRow(id, parent, "C" + id, "Item " + id, 1, "Dialogue", area, "Area " + area, deadline,
				deadline == null ? null : "by then");
	}

	private static ParticipantRow named(long item, String country) {
		return new ParticipantRow(item, country, country, true, false);
	}

	private static ParticipantRow joined(long item, String country) {
		return new ParticipantRow(item, country, country, false, true);
	}

	private static CountryStatusRow status(long item, String country, CompletionStatus status, LocalDate asOf) {
		return new CountryStatusRow(item, country, status, asOf);
	}

}
