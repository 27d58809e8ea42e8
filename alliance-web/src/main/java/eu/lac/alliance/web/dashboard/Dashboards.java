package eu.lac.alliance.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.lac.alliance.domain.dashboard.AsOfBasis;
import eu.lac.alliance.domain.dashboard.DashboardReadModel;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ItemRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ParticipantRow;
import eu.lac.alliance.domain.dashboard.Standing;
import eu.lac.alliance.domain.dashboard.Standings;
import eu.lac.alliance.domain.dataversion.DataVersions;
import eu.lac.alliance.domain.progress.ItemProgress;

/**
 * Reads the rows a page needs and turns them into standings: today's from the
 * current-status tables, a past day's from the log on the basis asked for. A standing is
 * computed once per version of the data ({@link DataVersions}, raised by the database on
 * every change it stands on) and kept until the version moves on, so a dashboard costs
 * one statement for its figures while nothing changes, and the same few statements
 * whatever the data size when something has.
 */
@Component
class Dashboards {

	/**
	 * Standings kept at once: today, the summit on both bases, and days people ask for.
	 */
	private static final int KEPT = 32;

	private final DashboardReadModel rows;

	private final DataVersions versions;

	private final Clock clock;

	private final Cache<Key, Standing> standings = Caffeine.newBuilder().maximumSize(KEPT).build();

	private final Cache<Long, Items> items = Caffeine.newBuilder().maximumSize(2).build();

	Dashboards(DashboardReadModel rows, DataVersions versions, Clock clock) {
		this.rows = rows;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Which standing, under which version of the data; a null basis is today's tables.
	 */
	private record Key(long version, LocalDate day, AsOfBasis basis) {
	}

	/** The items and who takes part in them: what every standing stands on. */
	private record Items(List<ItemRow> items, List<ParticipantRow> participants) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The version of the data the standings asked for next are computed under. */
	long version() {
		return versions.current();
	}

	/** Today's standing, from the current-status tables. */
	Standing current(long version) {
		return standings.get(new Key(version, today(), null), key -> {
			Items rowsOfItems = items(version);
			Map<Long, ItemProgress> progress = new HashMap<>();
			rows.currentProgress().forEach(row -> progress.put(row.itemId(), row.progress()));
			return Standings.of(key.day(), rowsOfItems.items(), rowsOfItems.participants(), rows.currentStatuses(),
					progress);
		});
	}

	/**
	 * The standing on {@code day} from the log; on the reported basis, only what had been
	 * submitted and validated by the end of that day in the portal's time zone.
	 */
	Standing asOf(long version, LocalDate day, AsOfBasis basis) {
		return standings.get(new Key(version, day, basis), key -> {
			Items rowsOfItems = items(version);
			Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
			var statuses = rows.statusesAsOf(day, basis, endOfDay);
			return Standings.of(day, rowsOfItems.items(), rowsOfItems.participants(), statuses,
					Standings.rollUp(rowsOfItems.items(), rowsOfItems.participants(), statuses));
		});
	}

	List<DashboardReadModel.UpdateRow> latestUpdates(int limit) {
		return rows.latestUpdates(limit);
	}

	List<DashboardReadModel.UpdateRow> openUpdatesOf(String countryCode) {
		return rows.openUpdatesOf(countryCode);
	}

	private Items items(long version) {
		return items.get(version, v -> new Items(rows.activeItems(), rows.participants()));
	}

}
