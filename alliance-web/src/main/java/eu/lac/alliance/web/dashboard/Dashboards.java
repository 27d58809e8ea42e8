package eu.lac.alliance.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.dashboard.AsOfBasis;
import eu.lac.alliance.domain.dashboard.DashboardReadModel;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ItemRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ParticipantRow;
import eu.lac.alliance.domain.dashboard.Standing;
import eu.lac.alliance.domain.dashboard.Standings;
import eu.lac.alliance.domain.progress.ItemProgress;

/**
 * Reads the rows a page needs once and turns them into standings: today's from the
 * current-status tables, a past day's from the log on the basis asked for. Every page
 * built here costs the same statements whatever the data size.
 */
@Component
class Dashboards {

	private final DashboardReadModel rows;

	private final Clock clock;

	Dashboards(DashboardReadModel rows, Clock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	/** The items and who takes part in them: what every standing stands on. */
	record Items(List<ItemRow> items, List<ParticipantRow> participants) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Items items() {
		return new Items(rows.activeItems(), rows.participants());
	}

	/** Today's standing, from the current-status tables. */
	Standing current(Items items) {
		Map<Long, ItemProgress> progress = new HashMap<>();
		rows.currentProgress().forEach(row -> progress.put(row.itemId(), row.progress()));
		return Standings.of(today(), items.items(), items.participants(), rows.currentStatuses(), progress);
	}

	/**
	 * The standing on {@code day} from the log; on the reported basis, only what had been
	 * submitted and validated by the end of that day in the portal's time zone.
	 */
	Standing asOf(Items items, LocalDate day, AsOfBasis basis) {
		Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		var statuses = rows.statusesAsOf(day, basis, endOfDay);
		return Standings.of(day, items.items(), items.participants(), statuses,
				Standings.rollUp(items.items(), items.participants(), statuses));
	}

	List<DashboardReadModel.UpdateRow> latestUpdates(int limit) {
		return rows.latestUpdates(limit);
	}

	List<DashboardReadModel.UpdateRow> openUpdatesOf(String countryCode) {
		return rows.openUpdatesOf(countryCode);
	}

}
