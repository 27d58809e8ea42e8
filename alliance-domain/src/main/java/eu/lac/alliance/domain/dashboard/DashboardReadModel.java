package eu.lac.alliance.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;
import eu.lac.alliance.domain.progress.ReviewState;

/**
 * Flat rows for the dashboard and the summit report, each family read by one statement
 * whatever the data size; {@link Standings} turns them into figures.
 */
public interface DashboardReadModel {

	/** An active action item with what the figures group it by. */
	record ItemRow(long id, Long parentId, String code, String title, long dialogueId, String dialogueTitle,
			long policyAreaId, String policyArea, LocalDate deadline, String deadlineText) {
	}

	/**
	 * A country taking part in an active item: {@code named} when named on it (or an item
	 * above it) or on its area's co-lead line, {@code joined} when it joined the item
	 * while open to every member.
	 */
	record ParticipantRow(long itemId, String countryCode, String countryName, boolean named, boolean joined) {
	}

	/** A country's validated status on an item and the day it refers to. */
	record CountryStatusRow(long itemId, String countryCode, CompletionStatus status, LocalDate asOf) {
	}

	/** An item's rolled-up progress as kept in the current-status tables. */
	record ItemProgressRow(long itemId, ItemProgress progress) {
	}

	/**
	 * One progress update as the dashboard lists it, with where it stands with the
	 * secretariat; reviewer and comment are null while it is pending.
	 */
	record UpdateRow(long id, long itemId, String itemCode, String itemTitle, String countryCode, String countryName,
			CompletionStatus status, LocalDate asOf, String note, String author, boolean onBehalf, Instant submittedAt,
			ReviewState state, String reviewer, String comment) {
	}

	/** Every active item. */
	List<ItemRow> activeItems();

	/** One row per active item and country taking part in it. */
	List<ParticipantRow> participants();

	/** Today's status per item and country (the current-status table). */
	List<CountryStatusRow> currentStatuses();

	/** Today's rolled-up progress of every item with a report. */
	List<ItemProgressRow> currentProgress();

	/**
	 * Each active item's and country's status on {@code day}, from the log: the latest
	 * validated update dated on or before that day; on the {@link AsOfBasis#REPORTED}
	 * basis only updates submitted and validated before {@code reportedBefore}.
	 */
	List<CountryStatusRow> statusesAsOf(LocalDate day, AsOfBasis basis, Instant reportedBefore);

	/** The latest updates, newest first, whatever their review state. */
	List<UpdateRow> latestUpdates(int limit);

	/**
	 * A country's updates still needing something: pending validation, or returned and
	 * not yet corrected; oldest first.
	 */
	List<UpdateRow> openUpdatesOf(String countryCode);

}
