package eu.lac.alliance.domain.actionitem;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ReportedStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The values the item pages are built from: trees, status filters, queries, statuses. */
class ItemBrowsingTest {

	private static ItemLine line(long id, Long parent, String code) {
		return new ItemLine(id, parent, 1, code, "title " + code, ActionItemCategory.ACTIVITY, ItemState.ACTIVE, null,
				null, ReportedStatus.noReport());
	}

	@Test
	void aFlatListBecomesTreesInItsOrderAndAnItemWhoseParentIsAbsentIsARoot() {
		List<ItemNode> forest = ItemNode.forest(List.of(line(1, null, "1"), line(2, null, "2"), line(3, 2L, "2.a"),
				line(4, 3L, "2.a.i"), line(5, 2L, "2.b"), line(6, 99L, "orphan")));
		assertThat(forest).extracting(node -> node.item().code()).containsExactly("1", "2", "orphan");
		assertThat(forest.get(1).children()).extracting(node -> node.item().code()).containsExactly("2.a", "2.b");
		assertThat(forest.get(1).children().get(0).children()).extracting(node -> node.item().code())
			.containsExactly("2.a.i");
		assertThat(forest.get(0).hasChildren()).isFalse();
	}

	@Test
	void statusFiltersAreReadInAnyCaseAndAnythingElseIsNone() {
		assertThat(StatusFilter.parse("no-report")).contains(StatusFilter.NO_REPORT);
		assertThat(StatusFilter.parse(" complete ")).contains(StatusFilter.COMPLETE);
		assertThat(StatusFilter.parse("finished")).isEmpty();
		assertThat(StatusFilter.parse(null)).isEmpty();
		assertThat(StatusFilter.NO_REPORT.completion()).isNull();
		assertThat(StatusFilter.LIMITED.completion()).isEqualTo(CompletionStatus.LIMITED);
	}

	@Test
	void aQueryOrdersByRelevanceOnlyWhenSearchingAndRefusesWhatCannotBe() {
		assertThat(new ItemQuery(" ", null, null, null, null, false, null, false, 1, 25).sort())
			.isEqualTo(ItemSort.CODE);
		assertThat(new ItemQuery("cyber", null, null, null, null, false, null, false, 1, 25).sort())
			.isEqualTo(ItemSort.RELEVANCE);
		assertThat(new ItemQuery("", null, null, null, null, false, ItemSort.RELEVANCE, false, 1, 25).sort())
			.isEqualTo(ItemSort.CODE);
		assertThat(new ItemQuery("", null, null, null, null, false, null, false, 3, 25).offset()).isEqualTo(50);
		assertThatThrownBy(() -> new ItemQuery("", null, null, null, null, false, null, false, 0, 25))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ItemQuery("", null, null, "cl", null, false, null, false, 1, 25))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noReportIsItsOwnStateAndNeverZeroPercent() {
		assertThat(ReportedStatus.of(null, null).isReported()).isFalse();
		assertThat(ReportedStatus.of(null).percent()).isNull();
		assertThat(ReportedStatus.of("LIMITED")).isEqualTo(new ReportedStatus(CompletionStatus.LIMITED, 33));
		assertThat(ReportedStatus.of("SUBSTANTIAL", 50).percent()).isEqualTo(50);
		assertThatThrownBy(() -> new ReportedStatus(null, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
