package eu.lac.alliance.domain.progress;

/**
 * An item's rolled-up progress together with how many of its units (sub-items or
 * countries) it rests on: "3 of 5 countries reported" is part of the answer, since a unit
 * without a validated report counts as not started.
 */
public record ReportedProgress(ItemProgress progress, int reportedUnits, int units) {

	public ReportedProgress {
		if (reportedUnits < 1 || reportedUnits > units) {
			throw new IllegalArgumentException(
					"expected between 1 and " + units + " reported units but found " + reportedUnits);
		}
	}

}
