package eu.lac.alliance.domain.progress;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.ItemJoining;
import eu.lac.alliance.domain.actionitem.JoiningRefused;
import eu.lac.alliance.domain.actionitem.Participants;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;

/**
 * Every change people make to the progress log, with the rights rule checked here, where
 * the change happens, whatever a page offered: logging (by a focal point for its own
 * country where {@link Participants#mayLog} holds; by the secretariat for any country
 * taking part, on its behalf and validated at once), validating and returning (the
 * secretariat only), commenting (the secretariat or the focal point of the update's
 * country) and joining an open item (a focal point of a member country). A refusal throws
 * before anything is written. Each method is one transaction (the wiring in the
 * persistence module sees to it), and keeps the current-status tables and the audit trail
 * in the same one; audit events name the item ({@code action_item}) as their subject, so
 * an item's whole story can be filtered at once.
 */
public class ProgressWorkflow {

	private static final String ITEM = "action_item";

	private final ActionItemRepository items;

	private final CoLeadRepository coLeads;

	private final CountryRepository countries;

	private final AllianceMembershipRepository memberships;

	private final ProgressUpdateRepository updates;

	private final ProgressReviewRepository reviews;

	private final ProgressCommentRepository comments;

	private final CurrentStatusTables currentStatus;

	private final AuditTrail audit;

	private final Clock clock;

	public ProgressWorkflow(ActionItemRepository items, CoLeadRepository coLeads, CountryRepository countries,
			AllianceMembershipRepository memberships, ProgressUpdateRepository updates,
			ProgressReviewRepository reviews, ProgressCommentRepository comments, CurrentStatusTables currentStatus,
			AuditTrail audit, Clock clock) {
		this.items = items;
		this.coLeads = coLeads;
		this.countries = countries;
		this.memberships = memberships;
		this.updates = updates;
		this.reviews = reviews;
		this.comments = comments;
		this.currentStatus = currentStatus;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Logs {@code report} for {@code countryCode} on item {@code itemId}, optionally as
	 * the correction of a returned update ({@code correctsUpdateId}, else null).
	 * @return the stored update
	 * @throws ProgressRefused when {@code actor} may not log it
	 */
	public ProgressUpdate log(Actor actor, long itemId, String countryCode, ProgressReport report,
			Long correctsUpdateId) {
		Permission permission = permissionToLog(actor, itemId, countryCode);
		ActionItem item = permission.item();
		Country country = permission.country();
		boolean onBehalf = actor.isSecretariat();
		ProgressUpdate corrected = null;
		if (correctsUpdateId != null) {
			corrected = updates.findById(correctsUpdateId)
				.orElseThrow(() -> new UnknownEntry("progress update " + correctsUpdateId));
			boolean returned = reviews.findByUpdateId(correctsUpdateId)
				.map(review -> review.getDecision() == ReviewState.RETURNED)
				.orElse(false);
			if (!returned || !corrected.isFor(item.getId(), country.getCode())) {
				throw new ProgressRefused("update " + correctsUpdateId + " is no returned update of "
						+ country.getCode() + " on item " + itemId);
			}
		}
		ProgressUpdate update = updates
			.save(ProgressUpdate.of(item, country, report, actor.username(), onBehalf, corrected, clock.instant()));
		if (onBehalf) {
			reviews.save(new ProgressReview(update, ReviewState.VALIDATED, actor.username(), null));
			currentStatus.countryStatusChanged(item.getId(), country.getCode());
		}
		Map<String, String> logged = new LinkedHashMap<>();
		logged.put("update", String.valueOf(update.getId()));
		logged.put("country", country.getCode());
		logged.put("status", report.status().name());
		logged.put("as_of", String.valueOf(report.asOf()));
		logged.put("on_behalf", String.valueOf(onBehalf));
		if (corrected != null) {
			logged.put("corrects", String.valueOf(corrected.getId()));
		}
		audit.record(AuditEvent.edit(actor.username(), AuditKind.PROGRESS_LOGGED, ITEM, item.getId(),
				"logged " + report.status().name() + " for " + country.getCode() + " on item " + item.getCode()
						+ (onBehalf ? " (on behalf, validated)" : ""),
				null, logged));
		return update;
	}

	/**
	 * Checks that {@code actor} may log for {@code countryCode} on item {@code itemId},
	 * before any form is even read: the secretariat for any country taking part, a focal
	 * point for its own country where {@link Participants#mayLog} holds.
	 * @throws ProgressRefused when it may not
	 * @throws UnknownEntry when there is no such item
	 */
	public void checkMayLog(Actor actor, long itemId, String countryCode) {
		permissionToLog(actor, itemId, countryCode);
	}

	private Permission permissionToLog(Actor actor, long itemId, String countryCode) {
		ActionItem item = items.findById(itemId).orElseThrow(() -> new UnknownEntry("action item " + itemId));
		Country country = countryCode == null || countryCode.isBlank() ? null
				: countries.findById(countryCode.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
		if (country == null) {
			throw new ProgressRefused("no such country " + countryCode);
		}
		var coLeadLine = coLeads.findByDialogueIdAndPolicyAreaId(item.getDialogue().getId(),
				item.getPolicyArea().getId());
		if (actor.isSecretariat()) {
			if (!Participants.countriesOf(item, coLeadLine).contains(country)) {
				throw new ProgressRefused(country.getCode() + " takes no part in item " + itemId);
			}
		}
		else if (actor.isFocalPointOf(country.getCode())) {
			if (!Participants.mayLog(country, item, coLeadLine)) {
				throw new ProgressRefused("a focal point of " + country.getCode() + " may not log on item " + itemId);
			}
		}
		else {
			throw new ProgressRefused(actor.username() + " may not log for " + country.getCode());
		}
		return new Permission(item, country);
	}

	private record Permission(ActionItem item, Country country) {
	}

	/**
	 * Validates a pending update: from now on it counts.
	 * @throws AlreadyDecided when someone decided on it first
	 */
	public ProgressReview validate(Actor actor, long updateId) {
		ProgressUpdate update = pendingForReview(actor, updateId);
		ProgressReview review = reviews.save(new ProgressReview(update, ReviewState.VALIDATED, actor.username(), null));
		currentStatus.countryStatusChanged(update.getActionItem().getId(), update.getCountry().getCode());
		audit.record(AuditEvent.of(actor.username(), AuditKind.PROGRESS_VALIDATED, ITEM, update.getActionItem().getId(),
				"validated update " + updateId + " of " + update.getCountry().getCode()));
		return review;
	}

	/**
	 * Returns a pending update to its author with the reason; it never counts, and its
	 * correction is a new update.
	 * @throws AlreadyDecided when someone decided on it first
	 */
	public ProgressReview returnToAuthor(Actor actor, long updateId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a returned update needs a reason for its author");
		}
		ProgressUpdate update = pendingForReview(actor, updateId);
		ProgressReview review = reviews
			.save(new ProgressReview(update, ReviewState.RETURNED, actor.username(), reason.strip()));
		audit.record(AuditEvent.edit(actor.username(), AuditKind.PROGRESS_RETURNED, ITEM,
				update.getActionItem().getId(), "returned update " + updateId + " of " + update.getCountry().getCode(),
				null, Map.of("update", String.valueOf(updateId), "reason", reason.strip())));
		return review;
	}

	/** Adds {@code text} to the update's thread. */
	public ProgressComment comment(Actor actor, long updateId, String text) {
		ProgressUpdate update = commentable(actor, updateId);
		ProgressComment comment = comments.save(new ProgressComment(update, actor.username(), text));
		audit.record(AuditEvent.edit(actor.username(), AuditKind.PROGRESS_COMMENTED, ITEM,
				update.getActionItem().getId(), "commented on update " + updateId, null,
				Map.of("update", String.valueOf(updateId), "comment", text)));
		return comment;
	}

	/**
	 * Checks that {@code actor} may comment on the update: the secretariat, or the focal
	 * point of the update's country.
	 */
	public void checkMayComment(Actor actor, long updateId) {
		commentable(actor, updateId);
	}

	/** The id of the item an update is on. */
	public long itemOf(long updateId) {
		return updates.findById(updateId)
			.orElseThrow(() -> new UnknownEntry("progress update " + updateId))
			.getActionItem()
			.getId();
	}

	private ProgressUpdate commentable(Actor actor, long updateId) {
		ProgressUpdate update = updates.findById(updateId)
			.orElseThrow(() -> new UnknownEntry("progress update " + updateId));
		if (!actor.isSecretariat() && !actor.isFocalPointOf(update.getCountry().getCode())) {
			throw new ProgressRefused(
					actor.username() + " may not comment on an update of " + update.getCountry().getCode());
		}
		return update;
	}

	/**
	 * Records that the focal point's country joins an item open to every member; from
	 * then on it takes part, and its focal point may log on it.
	 * @throws ProgressRefused when {@code actor} is no focal point
	 * @throws JoiningRefused when the item or country does not allow it
	 */
	public ItemJoining join(Actor actor, long itemId) {
		if (actor.role() != eu.lac.alliance.domain.account.Role.FOCAL_POINT) {
			throw new ProgressRefused("only a focal point joins an item, for its country");
		}
		ActionItem item = items.findById(itemId).orElseThrow(() -> new UnknownEntry("action item " + itemId));
		ItemJoining joining = item.join(memberships.findByCountryCode(actor.countryCode()).orElse(null),
				actor.username());
		items.flush();
		currentStatus.participantsChanged(item.getId());
		audit.record(AuditEvent.of(actor.username(), AuditKind.ITEM_JOINED, ITEM, item.getId(),
				actor.countryCode() + " joined item " + item.getCode()));
		return joining;
	}

	private ProgressUpdate pendingForReview(Actor actor, long updateId) {
		if (!actor.isSecretariat()) {
			throw new ProgressRefused(actor.username() + " may not review progress updates");
		}
		ProgressUpdate update = updates.findById(updateId)
			.orElseThrow(() -> new UnknownEntry("progress update " + updateId));
		reviews.findByUpdateId(updateId).ifPresent(review -> {
			throw new AlreadyDecided(review.getDecision(), review.getReviewer());
		});
		return Objects.requireNonNull(update);
	}

}
